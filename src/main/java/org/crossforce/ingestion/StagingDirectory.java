package org.crossforce.ingestion;

import java.nio.file.Path;

/** Where uploads wait, under the data directory, until they are kept in the store of originals. */
public record StagingDirectory(Path path) {
}
