package org.crossforce.analytics;

import java.util.List;

/** A page of the crimes in a selection, newest first. */
public record CrimePage(long total, int page, int size, List<CrimeRow> crimes) {

    public CrimePage {
        crimes = List.copyOf(crimes);
    }
}
