package org.crossforce.corpus.writing;

import java.util.List;

/** A form of an entity as written, with the ways it departs from the canonical form. */
public record Surface(String text, List<String> variants) {

    public static Surface plain(String text) {
        return new Surface(text, List.of());
    }
}
