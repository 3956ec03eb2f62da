package org.crossforce.elasticsearch;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.util.List;

/**
 * The account the embedded server runs as. Elasticsearch refuses root, so a root Crossforce hands
 * the server's directories to an unprivileged account and starts it through {@code setpriv}.
 */
record RunAs(String user, String group, boolean switchUser) {

    static RunAs forCurrentUser(String unprivileged) {
        boolean root = new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        if (!root) {
            return new RunAs(System.getProperty("user.name"), null, false);
        }
        return new RunAs(unprivileged, groupOf(unprivileged), true);
    }

    List<String> prefix() {
        return switchUser
                ? List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups", "--")
                : List.of();
    }

    /** Fails with advice when the account cannot traverse to the server's directory. */
    void checkReachable(Path dir) throws IOException {
        if (!switchUser) {
            return;
        }
        for (Path parent = dir.toAbsolutePath().getParent(); parent != null; parent = parent.getParent()) {
            if (Files.exists(parent) && !Files.getPosixFilePermissions(parent).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IllegalStateException("Crossforce runs as root, so its embedded Elasticsearch runs as '" + user
                        + "' (Elasticsearch refuses root), but '" + user + "' cannot reach " + dir + " because " + parent
                        + " is closed to other accounts. Set crossforce.data-dir (or crossforce.elasticsearch.embedded.home)"
                        + " to a directory it can reach, for example /var/lib/crossforce.");
            }
        }
    }

    void handOver(List<Path> dirs) throws IOException {
        if (!switchUser) {
            return;
        }
        UserPrincipalLookupService lookup = dirs.getFirst().getFileSystem().getUserPrincipalLookupService();
        UserPrincipal owner = lookup.lookupPrincipalByName(user);
        GroupPrincipal ownerGroup = lookup.lookupPrincipalByGroupName(group);
        for (Path dir : dirs) {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) throws IOException {
                    chown(d);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    chown(file);
                    return FileVisitResult.CONTINUE;
                }

                private void chown(Path p) throws IOException {
                    PosixFileAttributeView view = Files.getFileAttributeView(p, PosixFileAttributeView.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (!view.readAttributes().owner().equals(owner)) {
                        view.setOwner(owner);
                        view.setGroup(ownerGroup);
                    }
                }
            });
        }
    }

    private static String groupOf(String user) {
        try {
            List<String> groups = Files.readAllLines(Path.of("/etc/group"));
            for (String candidate : List.of("nogroup", user)) {
                if (groups.stream().anyMatch(line -> line.startsWith(candidate + ":"))) {
                    return candidate;
                }
            }
        } catch (IOException unreadable) {
            // fall through to the Debian default
        }
        return "nogroup";
    }
}
