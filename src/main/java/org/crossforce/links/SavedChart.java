package org.crossforce.links;

import java.time.Instant;

/** A chart an analyst saved, as the list of their charts shows it. */
public record SavedChart(String id, String name, Instant savedAt, int nodes) {
}
