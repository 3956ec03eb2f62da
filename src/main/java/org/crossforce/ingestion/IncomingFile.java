package org.crossforce.ingestion;

import java.nio.file.Path;

/**
 * A file waiting to be ingested.
 *
 * @param name   the name it arrived with
 * @param path   its bytes on disk; Crossforce keeps its own copy, so the caller may delete it afterwards
 * @param origin where it came from, such as its path in a drop folder; null for an upload
 */
public record IncomingFile(String name, Path path, String origin) {

    public IncomingFile(String name, Path path) {
        this(name, path, null);
    }

    /** The name a browser sent a file under, without the client's folders (Windows browsers may send them). */
    public static String clientFileName(String sent) {
        if (sent == null || sent.isBlank()) {
            return "upload";
        }
        return sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1);
    }
}
