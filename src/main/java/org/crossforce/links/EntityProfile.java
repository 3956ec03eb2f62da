package org.crossforce.links;

import java.util.List;

/**
 * Everything the caller may see about one entity.
 *
 * @param spellings  every way it was written, most frequent first
 * @param mentions   the records and documents that mention it, newest first (at most {@code shown})
 * @param timeline   mentions per month ({@code yyyy-MM}), oldest first; undated ones are not in it
 * @param neighbours the entities it appears with, most significant first
 */
public record EntityProfile(EntityHit entity, List<String> spellings, List<MentionHit> mentions,
        List<MonthCount> timeline, List<Neighbour> neighbours) {

    public EntityProfile {
        spellings = List.copyOf(spellings);
        mentions = List.copyOf(mentions);
        timeline = List.copyOf(timeline);
        neighbours = List.copyOf(neighbours);
    }

    public record MonthCount(String month, long count) {
    }
}
