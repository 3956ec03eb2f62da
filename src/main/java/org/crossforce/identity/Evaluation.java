package org.crossforce.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a resolution agrees with known identities.
 *
 * @param pairwisePrecision of the pairs of records put in one identity, the share that are one person
 * @param pairwiseRecall    of the pairs that are one person, the share put in one identity
 * @param bcubedPrecision   averaged over records: the share of its identity's records that are its person's
 * @param bcubedRecall      averaged over records: the share of its person's records in its identity
 * @param blockingRecall    of the pairs that are one person, the share blocking put forward for comparison
 * @param reviewShare       of the candidate pairs, the share left between the thresholds for an analyst
 */
public record Evaluation(int records, int persons, int identities, long truePairs, long predictedPairs,
        double pairwisePrecision, double pairwiseRecall, double pairwiseF1, double bcubedPrecision,
        double bcubedRecall, double bcubedF1, double blockingRecall, long candidatePairs, long reviewPairs,
        double reviewShare) {

    /**
     * @param truth each record key's true person
     */
    public static Evaluation of(Resolution resolution, Map<String, String> truth) {
        Map<String, String> predicted = new HashMap<>();
        truth.keySet().forEach(k -> predicted.put(k, resolution.identityOf(k)));
        Map<String, Long> bySize = counts(truth);
        Map<String, Long> byIdentity = counts(predicted);
        Map<String, Long> cells = new HashMap<>();
        truth.forEach((k, t) -> cells.merge(t + "\u0000" + predicted.get(k), 1L, Long::sum));
        long tp = cells.values().stream().mapToLong(Evaluation::pairs).sum();
        long truePairs = bySize.values().stream().mapToLong(Evaluation::pairs).sum();
        long predictedPairs = byIdentity.values().stream().mapToLong(Evaluation::pairs).sum();
        double p = predictedPairs == 0 ? 1 : tp / (double) predictedPairs;
        double r = truePairs == 0 ? 1 : tp / (double) truePairs;
        double bp = 0;
        double br = 0;
        for (Map.Entry<String, String> e : truth.entrySet()) {
            long both = cells.get(e.getValue() + "\u0000" + predicted.get(e.getKey()));
            bp += both / (double) byIdentity.get(predicted.get(e.getKey()));
            br += both / (double) bySize.get(e.getValue());
        }
        int n = truth.size();
        bp /= n;
        br /= n;
        long blocked = 0;
        List<String[]> candidates = resolution.candidatePairs();
        for (String[] pair : candidates) {
            String a = truth.get(pair[0]);
            if (a != null && a.equals(truth.get(pair[1]))) {
                blocked++;
            }
        }
        long review = resolution.pendingReview();
        return new Evaluation(n, bySize.size(), byIdentity.size(), truePairs, predictedPairs, p, r, f1(p, r), bp, br,
                f1(bp, br), truePairs == 0 ? 1 : blocked / (double) truePairs, candidates.size(), review,
                candidates.isEmpty() ? 0 : review / (double) candidates.size());
    }

    private static Map<String, Long> counts(Map<String, String> labels) {
        Map<String, Long> counts = new HashMap<>();
        labels.values().forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    private static long pairs(long n) {
        return n * (n - 1) / 2;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
