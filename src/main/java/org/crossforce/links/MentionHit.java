package org.crossforce.links;

import java.time.Instant;
import java.util.List;

/**
 * A record or document that mentions an entity, as the entity profile lists it.
 *
 * @param snippets   passages of the text with the mention marked by {@code <em>}, HTML-escaped otherwise
 * @param conditions those of the sharing agreement under which the caller reads a C record, else null
 */
public record MentionHit(String document, String force, String kind, String title, Instant date, String marking,
        String handling, List<String> snippets, String conditions) {

    public MentionHit {
        snippets = List.copyOf(snippets);
    }
}
