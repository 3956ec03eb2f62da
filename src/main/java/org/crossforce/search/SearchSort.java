package org.crossforce.search;

import java.util.Locale;

public enum SearchSort {
    RELEVANCE,
    DATE;

    public static SearchSort parse(String text) {
        if (text == null || text.isBlank()) {
            return RELEVANCE;
        }
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "relevance" -> RELEVANCE;
            case "date" -> DATE;
            default -> throw new IllegalArgumentException("Unknown sort '" + text + "': use relevance or date");
        };
    }
}
