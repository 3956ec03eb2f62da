package org.crossforce.search;

import java.time.Instant;
import java.util.List;

/** @param highlights snippets of the text in which only {@code <em>} tags are markup */
public record SearchHit(String id, String force, String title, Instant date, String marking, List<String> highlights) {
}
