package org.crossforce.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The bytes of the public's files and of appeals' images, one file per id. Each is synced to disk
 * before it is named, so a file a report refers to is there after a crash.
 */
final class Shelf {

    private final Path directory;

    Shelf(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Crossforce cannot create its intake directory " + directory, e);
        }
    }

    record Kept(long size, String sha256) {
    }

    /**
     * @throws SubmissionRefusedException when the content is longer than the limit; nothing is kept
     */
    Kept keep(String id, InputStream content, long maxBytes) {
        Path temp = directory.resolve(id + ".part");
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                size = copy(content, out, maxBytes);
            }
            if (size < 0) {
                Files.deleteIfExists(temp);
                throw new SubmissionRefusedException("The file is larger than " + (maxBytes / (1024 * 1024))
                        + " MB, the largest the police can take here. Send a shorter clip, or ask for another way.");
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, path(id), StandardCopyOption.ATOMIC_MOVE);
            return new Kept(size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException("Crossforce could not keep the file: " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies up to the limit; -1 when there was more. */
    private static long copy(InputStream in, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0; ) {
            total += n;
            if (total > maxBytes) {
                return -1;
            }
            out.write(buffer, 0, n);
        }
        return total;
    }

    Path path(String id) {
        if (!id.matches("[0-9A-Z]{1,40}")) {
            throw new IllegalArgumentException("Not a file id: " + id);
        }
        return directory.resolve(id);
    }

    void delete(String id) {
        deleteQuietly(path(id));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Crossforce could not delete " + file, e);
        }
    }
}
