package org.crossforce.analytics;

import java.util.Arrays;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How a hotspot layer is drawn. */
public enum HotspotMethod {
    /** Crimes in each grid cell over the period. */
    COUNT,
    /** A kernel density surface: crimes per km², smoothed over a bandwidth. */
    KDE,
    /** Getis-Ord Gi*: hotspots and coldspots at 90, 95 and 99 % after the false discovery rate. */
    GI,
    /** Emerging hotspots: how each cell's Gi* class and trend ran over the months of the period. */
    EMERGING;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HotspotMethod parse(String code) {
        return Arrays.stream(values()).filter(m -> m.code().equalsIgnoreCase(code == null ? "" : code.strip()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "The hotspot method is count, kde, gi or emerging, not '" + code + "'"));
    }
}
