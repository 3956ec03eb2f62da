package org.crossforce.ingestion;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/** Tells a new look at something from the same look going on: one per key within a window. */
final class Looks {

    private static final int PRUNE_ABOVE = 10_000;
    private final ConcurrentHashMap<String, Instant> last = new ConcurrentHashMap<>();

    /** @return whether this is the first look at the key within the window before {@code now} */
    boolean firstIn(String key, Duration window, Instant now) {
        if (last.size() > PRUNE_ABOVE) {
            last.values().removeIf(seen -> seen.isBefore(now.minus(window)));
        }
        boolean[] first = new boolean[1];
        last.compute(key, (k, seen) -> {
            first[0] = seen == null || seen.isBefore(now.minus(window));
            return first[0] ? now : seen;
        });
        return first[0];
    }
}
