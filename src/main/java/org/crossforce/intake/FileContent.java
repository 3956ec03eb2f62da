package org.crossforce.intake;

import java.nio.file.Path;

/** A stored file's bytes with what they are, for the one door allowed to hand them out. */
public record FileContent(String name, String mediaType, long size, Path path) {
}
