package org.crossforce.identity.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.crossforce.identity.Judgement;
import org.crossforce.identity.ReviewItem;

/**
 * The review queue: for each two identities a candidate pair could join, the strongest such pair
 * when it is uncertain, or strong but refused by a guard. Highest impact first: a question whose
 * answer moves many records and that the model cannot answer comes before an easy one about two.
 */
final class Reviews {

    private Reviews() {
    }

    static List<ReviewItem> queue(IdentityGraph graph, int limit) {
        Clusters clusters = graph.clusters;
        double review = graph.settings.reviewWeight();
        double auto = graph.settings.autoJoinWeight();
        Map<Long, Integer> best = new HashMap<>();
        for (int k = 0; k < graph.pairs.size(); k++) {
            float w = graph.weights.get(k);
            if (w < review) {
                continue;
            }
            int i = IdentityGraph.first(graph.pairs.get(k));
            int j = IdentityGraph.second(graph.pairs.get(k));
            int ri = clusters.find(i);
            int rj = clusters.find(j);
            if (ri == rj) {
                continue;
            }
            long roots = ri < rj ? (long) ri << 32 | rj : (long) rj << 32 | ri;
            best.merge(roots, k, (x, y) -> graph.weights.get(y) > graph.weights.get(x) ? y : x);
        }
        List<ReviewItem> items = new ArrayList<>();
        for (int k : best.values()) {
            int i = IdentityGraph.first(graph.pairs.get(k));
            int j = IdentityGraph.second(graph.pairs.get(k));
            String a = graph.features.get(i).record.key();
            String b = graph.features.get(j).record.key();
            Judgement judged = graph.judgements.get(Judgement.pairOf(a, b));
            double w = graph.weights.get(k);
            // The chain guard's sampling is for strong pairs only; the rest need only the cheap rules.
            String refusal = w >= auto ? graph.refusal(i, j) : graph.clusters.conflict(i, j);
            // A judged pair has been asked; no analyst can join two PNC ids; different dates of birth
            // already say "two people" unless the rest says "one" strongly enough to ask.
            if (judged != null || Clusters.JUDGED_APART.equals(refusal) || Clusters.PNCS_APART.equals(refusal)
                    || Clusters.BIRTHS_APART.equals(refusal) && w < auto) {
                continue;
            }
            double p = Model.probability(w);
            boolean strong = w >= auto;
            double uncertainty = strong ? 1 : 1 - Math.abs(2 * p - 1);
            int sizeA = clusters.size(clusters.find(i));
            int sizeB = clusters.size(clusters.find(j));
            items.add(new ReviewItem(a, b, graph.identityOf(a), graph.identityOf(b), sizeA, sizeB, p,
                    (sizeA + sizeB) * uncertainty, strong ? refusal : null));
        }
        items.sort(Comparator.comparingDouble(ReviewItem::impact).reversed().thenComparing(ReviewItem::a)
                .thenComparing(ReviewItem::b));
        return items.size() > limit ? List.copyOf(items.subList(0, limit)) : List.copyOf(items);
    }

    /** How many candidate pairs fall between the thresholds, between identities not judged. */
    static long pending(IdentityGraph graph) {
        double review = graph.settings.reviewWeight();
        double auto = graph.settings.autoJoinWeight();
        long n = 0;
        for (int k = 0; k < graph.pairs.size(); k++) {
            float w = graph.weights.get(k);
            if (w >= review && w < auto && graph.clusters.find(IdentityGraph.first(graph.pairs.get(k)))
                    != graph.clusters.find(IdentityGraph.second(graph.pairs.get(k)))) {
                n++;
            }
        }
        return n;
    }
}
