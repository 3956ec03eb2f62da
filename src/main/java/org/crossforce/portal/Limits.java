package org.crossforce.portal;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.stereotype.Component;

/**
 * Token buckets per address and per link, kept in memory for the addresses seen most recently.
 * A surge of honest reports after a major incident comes from many addresses; a flood from one
 * address or one link is what they stop.
 */
@Component
@PortalEnabled
public class Limits {

    /** What a limit protects, with its allowance. */
    public enum Kind {
        REPORT, UNPROVED_REPORT, REPLY, UPLOAD, PAGE
    }

    private static final int REMEMBERED = 100_000;

    private final PortalProperties.Limits settings;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > REMEMBERED;
        }
    };

    Limits(PortalProperties properties) {
        this.settings = properties.limits();
    }

    /** Takes one from the bucket of this kind and key; false when it is empty. */
    public boolean allow(Kind kind, String key) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(kind + ":" + key, k -> Bucket.builder().addLimit(bandwidth(kind)).build());
        }
        return bucket.tryConsume(1);
    }

    private Bandwidth bandwidth(Kind kind) {
        return switch (kind) {
            case REPORT -> perHour(settings.reportsPerHour());
            case UNPROVED_REPORT -> perHour(settings.unprovedPerHour());
            case REPLY -> perHour(settings.repliesPerHour());
            case UPLOAD -> perHour(settings.uploadsPerHour());
            case PAGE -> Bandwidth.builder().capacity(settings.pagesPerMinute())
                    .refillGreedy(settings.pagesPerMinute(), Duration.ofMinutes(1)).build();
        };
    }

    private static Bandwidth perHour(int n) {
        return Bandwidth.builder().capacity(n).refillGreedy(n, Duration.ofHours(1)).build();
    }
}
