package org.crossforce.links;

import java.util.List;

/**
 * One line of a batch search and what it found.
 *
 * @param line    its number in the list, from 1
 * @param query   the line as given
 * @param matches the entities it names that the caller may see records of; empty when none
 */
public record BatchRow(int line, String query, List<EntityHit> matches) {

    public BatchRow {
        matches = List.copyOf(matches);
    }
}
