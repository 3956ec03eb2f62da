package org.crossforce.analytics;

/**
 * What a cell's months say about it as a hotspot, in the categories of emerging hotspot analysis
 * (as ArcGIS names them): from each month's Gi* class (after the false discovery rate) and the
 * Mann-Kendall trend of the cell's Gi* z-scores over the months.
 */
enum EmergingHotspot {
    /** A hotspot in the last month only. */
    NEW,
    /** An unbroken run of hotspot months to the last, none before, under 90 % of the months. */
    CONSECUTIVE,
    /** A hotspot in at least 90 % of the months and the last, growing hotter. */
    INTENSIFYING,
    /** A hotspot in at least 90 % of the months and the last, with no trend. */
    PERSISTENT,
    /** A hotspot in at least 90 % of the months and the last, cooling. */
    DIMINISHING,
    /** A hotspot in the last month, on and off before, never a coldspot. */
    SPORADIC,
    /** A hotspot in the last month that has been a coldspot before. */
    OSCILLATING,
    /** Not a hotspot in the last month, but in at least 90 % of them. */
    HISTORICAL,
    NONE;

    /** A trend counts at two-sided 95 %. */
    private static final double TREND = 1.959964;

    /**
     * @param classes each month's Gi* confidence class, oldest first (90, 95, 99 a hotspot; negative a coldspot)
     * @param trend   the Mann-Kendall z of the cell's Gi* z-scores over the months
     */
    static EmergingHotspot of(int[] classes, double trend) {
        int months = classes.length;
        if (months == 0) {
            return NONE;
        }
        int hot = 0;
        boolean cold = false;
        for (int c : classes) {
            hot += c >= 90 ? 1 : 0;
            cold |= c <= -90;
        }
        boolean last = classes[months - 1] >= 90;
        boolean mostly = hot >= 0.9 * months;
        if (!last) {
            return mostly ? HISTORICAL : NONE;
        }
        if (mostly) {
            if (trend >= TREND) {
                return INTENSIFYING;
            }
            return trend <= -TREND ? DIMINISHING : PERSISTENT;
        }
        if (hot == 1) {
            return cold ? OSCILLATING : NEW;
        }
        int run = 0;
        while (run < months && classes[months - 1 - run] >= 90) {
            run++;
        }
        if (run == hot) {
            return cold ? OSCILLATING : CONSECUTIVE;
        }
        return cold ? OSCILLATING : SPORADIC;
    }

    /** As the contracts write it: "new", "consecutive", ..., "none". */
    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
