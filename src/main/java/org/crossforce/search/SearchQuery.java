package org.crossforce.search;

import java.time.LocalDate;
import java.util.Set;

import org.crossforce.shared.ForceCode;

/**
 * A search as a user states it.
 *
 * @param text   words, "phrases", AND/OR/NOT, -word, name~; blank finds everything, newest first
 * @param forces only these forces; empty means all the caller may see
 * @param page   0-based
 */
public record SearchQuery(String text, Set<ForceCode> forces, LocalDate from, LocalDate to, int page, int size,
        SearchSort sort) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        forces = forces == null ? Set.of() : Set.copyOf(forces);
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        if (page < 0) {
            throw new IllegalArgumentException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must be between 1 and " + MAX_SIZE);
        }
        if ((page + 1L) * size > MAX_WINDOW) {
            throw new IllegalArgumentException("Only the first " + MAX_WINDOW + " results can be paged through; "
                    + "narrow the search with more words, forces or dates.");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("'from' (" + from + ") is after 'to' (" + to + ")");
        }
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Set.of(), null, null, 0, 20, SearchSort.RELEVANCE);
    }
}
