package org.crossforce.entities;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Precision, recall and F1 per entity type, counting a mention right only when type and span are exact. */
public final class NerScores {

    private final Map<String, Score> byType = new TreeMap<>();

    /** Adds one text: what a reader marked and what the extractors found. */
    public void add(Collection<AnnotatedText.Span> gold, Collection<AnnotatedText.Span> found) {
        Set<AnnotatedText.Span> expected = new HashSet<>(gold);
        for (AnnotatedText.Span span : new HashSet<>(found)) {
            Score score = byType.computeIfAbsent(span.type(), t -> new Score());
            if (expected.remove(span)) {
                score.truePositives++;
            } else {
                score.falsePositives++;
            }
        }
        expected.forEach(span -> byType.computeIfAbsent(span.type(), t -> new Score()).falseNegatives++);
    }

    public Map<String, Score> byType() {
        return byType;
    }

    /** The types together, each mention counted once. */
    public Score total(List<String> types) {
        Score all = new Score();
        types.stream().map(byType::get).filter(java.util.Objects::nonNull).forEach(s -> {
            all.truePositives += s.truePositives;
            all.falsePositives += s.falsePositives;
            all.falseNegatives += s.falseNegatives;
        });
        return all;
    }

    public static final class Score {

        int truePositives;
        int falsePositives;
        int falseNegatives;

        public int truePositives() {
            return truePositives;
        }

        public int falsePositives() {
            return falsePositives;
        }

        public int falseNegatives() {
            return falseNegatives;
        }

        public int gold() {
            return truePositives + falseNegatives;
        }

        public double precision() {
            return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
        }

        public double recall() {
            return gold() == 0 ? 1 : (double) truePositives / gold();
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}
