package org.crossforce.entities;

import java.util.Objects;

/**
 * One place in a text where an entity is named. {@code start} and {@code end} are offsets in
 * UTF-16 code units (Java String indices) into the text, end exclusive; {@code text} is the raw
 * surface form exactly as {@code text.substring(start, end)}, so the viewer can highlight it;
 * {@code value} is the normalised value; {@code extractor} names which finder found it
 * ("vrm", "phone", "terms", ...), for explaining a link and for measuring each finder.
 */
public record Mention(EntityType type, int start, int end, String text, String value, String extractor) {

    public Mention {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(extractor, "extractor");
        if (start < 0 || end <= start || text.length() != end - start) {
            throw new IllegalArgumentException("A mention of \"" + text + "\" cannot run from " + start + " to " + end);
        }
    }

    /**
     * The entity named. For a person that is the name, good for grouping on screen only: ingestion
     * gives each document's persons ids of their own ({@link DocumentPersons}).
     */
    public EntityId entity() {
        // "2019-03-14T22:15" and "2019-03-14" are one day: reports of one night meet however precisely they give the time.
        return new EntityId(type, type == EntityType.DATE && value.length() > 10 ? value.substring(0, 10) : value);
    }
}
