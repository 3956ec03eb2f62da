package org.crossforce.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.springframework.util.FileSystemUtils;

/**
 * Unpacks the distribution and installs the analysis plugin, once per plugin build: the
 * installation's directory name carries the plugin's hash, so a changed plugin gets a fresh
 * installation while the data directory stays where it is.
 */
final class Installation {

    private static final String MARKER = ".crossforce-installed";

    private Installation() {
    }

    static Path prepare(EmbeddedElasticsearch.Layout layout, Path distribution) throws IOException {
        Files.createDirectories(layout.distributions());
        Path pluginZip = layout.distributions().resolve("crossforce-analysis.zip");
        EmbeddedElasticsearch.copyPluginZip(pluginZip);
        Path home = layout.distributions().resolve("elasticsearch-" + EmbeddedElasticsearch.VERSION + "-" + hash(pluginZip));
        if (Files.exists(home.resolve(MARKER))) {
            return home;
        }
        FileSystemUtils.deleteRecursively(home);
        Path unpacked = unzip(distribution, layout.distributions().resolve("unpacking"));
        Files.move(unpacked.resolve("elasticsearch-" + EmbeddedElasticsearch.VERSION), home);
        FileSystemUtils.deleteRecursively(unpacked);
        installPlugin(home, pluginZip);
        Files.writeString(home.resolve(MARKER), "installed\n");
        try (Stream<Path> old = Files.list(layout.distributions())) {
            for (Path other : old.filter(Files::isDirectory).filter(p -> !p.equals(home)).toList()) {
                FileSystemUtils.deleteRecursively(other);
            }
        }
        return home;
    }

    private static void installPlugin(Path home, Path pluginZip) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/elasticsearch-plugin").toString(), "install",
                "--batch", pluginZip.toUri().toString())
                .directory(home.toFile())
                .redirectErrorStream(true);
        builder.environment().put("ES_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process install = builder.start();
        String output = new String(install.getInputStream().readAllBytes());
        try {
            if (!install.waitFor(120, TimeUnit.SECONDS) || install.exitValue() != 0) {
                throw new IllegalStateException("Installing the Crossforce analysis plugin into the embedded "
                        + "Elasticsearch failed:\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing the analysis plugin", e);
        }
    }

    private static Path unzip(Path zip, Path target) throws IOException {
        FileSystemUtils.deleteRecursively(target);
        Files.createDirectories(target);
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(archive.getEntries())) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Unsafe entry in " + zip + ": " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, out);
                }
                if ((entry.getUnixMode() & 0100) != 0 || out.getParent().getFileName().toString().equals("bin")) {
                    Set<PosixFilePermission> perms = Files.getPosixFilePermissions(out);
                    perms.addAll(Set.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                            PosixFilePermission.OTHERS_EXECUTE));
                    Files.setPosixFilePermissions(out, perms);
                }
            }
        }
        return target;
    }

    private static String hash(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
