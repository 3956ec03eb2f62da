package org.crossforce.originals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The content-addressed store of originals, under {@code <directory>/ab/cd/<sha256>}. A file is
 * written to a temporary name and moved into place, so a crash never leaves a half-written
 * original under a real hash.
 */
@Component
@EnableConfigurationProperties(OriginalsProperties.class)
public class OriginalStore {

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    private final Path root;

    OriginalStore(OriginalsProperties properties) {
        this.root = properties.directory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(root.resolve("incoming"));
        } catch (IOException e) {
            throw new UncheckedIOException("The originals store " + root + " cannot be created", e);
        }
    }

    /** Keeps a copy of the file; the file itself is left where it is. */
    public StoredOriginal store(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return store(in);
        }
    }

    /** Keeps the bytes of the stream. */
    public StoredOriginal store(InputStream in) throws IOException {
        Path temp = Files.createTempFile(root.resolve("incoming"), "original-", ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = in.transferTo(out);
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            Path target = pathOf(hash);
            if (!Files.exists(target)) {
                Files.createDirectories(target.getParent());
                moveIntoPlace(temp, target);
            }
            return new StoredOriginal(hash, size);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public Optional<Path> find(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            return Optional.empty();
        }
        Path path = pathOf(sha256);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    private Path pathOf(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException sameBytesStoredMeanwhile) {
            // Another thread stored the same bytes first: the store already holds them.
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
