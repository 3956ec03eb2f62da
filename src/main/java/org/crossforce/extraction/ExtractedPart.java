package org.crossforce.extraction;

import java.nio.file.Path;

/**
 * One file within an extraction.
 *
 * @param path     where it sits below the file that was extracted, names joined by '/', such as
 *                 {@code evidence.zip/statement.docx}; empty for the file itself
 * @param document what was found in it; null when it could not be read
 * @param failure  why it could not be read, in words a user understands; null when it could
 * @param content  an embedded file's own bytes, in a temporary file the caller takes over;
 *                 null for the file itself, or when its bytes could not be recovered
 */
public record ExtractedPart(String path, ExtractedDocument document, String failure, Path content) {

    public static ExtractedPart root(ExtractedDocument document) {
        return new ExtractedPart("", document, null, null);
    }

    public boolean isRoot() {
        return path.isEmpty();
    }

    public boolean failed() {
        return document == null;
    }

    /** How deep it is embedded: 0 for the file itself, 1 for an attachment, 2 for a file inside that. */
    public int depth() {
        return path.isEmpty() ? 0 : (int) path.chars().filter(c -> c == '/').count() + 1;
    }
}
