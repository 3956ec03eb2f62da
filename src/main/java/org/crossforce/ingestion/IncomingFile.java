package org.crossforce.ingestion;

import java.nio.file.Path;

/** A file waiting to be ingested: the name it arrived with and its bytes on disk. */
public record IncomingFile(String name, Path path) {
}
