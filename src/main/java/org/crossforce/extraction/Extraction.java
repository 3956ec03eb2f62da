package org.crossforce.extraction;

import java.util.List;

/**
 * Everything that came out of one file: the file itself first, then every file embedded in it
 * (attachments, archive entries, embedded documents), depth-first.
 */
public record Extraction(List<ExtractedPart> parts) {

    public Extraction {
        if (parts.isEmpty() || !parts.getFirst().isRoot()) {
            throw new IllegalArgumentException("An extraction starts with the file itself");
        }
        parts = List.copyOf(parts);
    }

    public static Extraction of(ExtractedDocument document) {
        return new Extraction(List.of(ExtractedPart.root(document)));
    }

    public ExtractedPart root() {
        return parts.getFirst();
    }

    public List<ExtractedPart> embedded() {
        return parts.subList(1, parts.size());
    }
}
