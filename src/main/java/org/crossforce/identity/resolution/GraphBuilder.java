package org.crossforce.identity.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.crossforce.identity.Judgement;
import org.crossforce.identity.PersonRecord;
import org.crossforce.identity.ResolutionSettings;
import org.crossforce.identity.ResolutionStats;

/**
 * Resolves a set of records from scratch: features, blocks, comparisons, the model learnt in two
 * passes, and the identities joined from it.
 */
final class GraphBuilder {

    private GraphBuilder() {
    }

    /**
     * Resolves records from scratch.
     *
     * @param previous each record key's identity id from an earlier run, so that ids stay stable
     */
    static IdentityGraph build(List<PersonRecord> records, List<Judgement> judged, ResolutionSettings settings,
            Nicknames nicknames, Map<String, String> previous) {
        long t0 = System.nanoTime();
        Features[] f = records.parallelStream().map(Features::new).toArray(Features[]::new);
        Map<String, Integer> byKey = new HashMap<>();
        for (int i = 0; i < f.length; i++) {
            if (byKey.putIfAbsent(f[i].record.key(), i) != null) {
                throw new IllegalArgumentException("Two person records have the key " + f[i].record.key());
            }
        }
        Comparer comparer = new Comparer(nicknames);
        long t1 = System.nanoTime();
        Blocker blocker = new Blocker(nicknames, settings.maxBlock());
        Blocker.Blocks blocks = blocker.blocks(f);
        long[] pairs = blocks.pairs();
        long t2 = System.nanoTime();
        int[] patterns = new int[pairs.length];
        IntStream.range(0, pairs.length).parallel()
                .forEach(k -> patterns[k] = Patterns.pack(comparer.compare(f[first(pairs[k])], f[second(pairs[k])])));
        long t3 = System.nanoTime();
        Map<String, Judgement> latest = latest(judged);
        Map<Integer, Integer> counts = new HashMap<>();
        for (int p : patterns) {
            counts.merge(p, 1, Integer::sum);
        }
        Map<Integer, Integer> matches = new HashMap<>();
        for (Judgement j : latest.values()) {
            Integer a = byKey.get(j.a());
            Integer b = byKey.get(j.b());
            if (j.same() && a != null && b != null) {
                matches.merge(Patterns.pack(comparer.compare(f[a], f[b])), 1, Integer::sum);
            }
        }
        // First pass: u from any random pairs. Second: u from random pairs the first pass kept
        // apart, which matters where few people recur often.
        double[][] u = Estimator.u(f, comparer, settings.randomPairs(), SEED);
        Estimator.Estimate estimate = Estimator.em(counts, matches, u);
        IdentityGraph first = assemble(f, byKey, comparer, blocker, settings, pairs, patterns, estimate, u, latest, blocks);
        first.cluster();
        double[][] apart = Estimator.u(f, comparer, settings.randomPairs(), SEED + 1,
                (i, j) -> first.clusters.find(i) != first.clusters.find(j));
        estimate = Estimator.em(counts, matches, apart);
        IdentityGraph graph = assemble(f, byKey, comparer, blocker, settings, pairs, patterns, estimate, apart, latest,
                blocks);
        long t4 = System.nanoTime();
        long[] outcome = graph.cluster();
        graph.name(previous);
        long t5 = System.nanoTime();
        graph.stats = new ResolutionStats(f.length, blocks.members().size(), blocks.dropped(), pairs.length,
                graph.iterations, graph.matchShare, outcome[0], outcome[1], graph.identityCount(), ms(t0, t1),
                ms(t1, t2), ms(t2, t3) + ms(t3, t4) / 2, ms(t3, t4) - ms(t3, t4) / 2, ms(t4, t5));
        return graph;
    }

    private static final long SEED = 20_251_124L;

    /** A graph of these records and pairs, weighed by the model an estimate and u give, not yet joined. */
    private static IdentityGraph assemble(Features[] f, Map<String, Integer> byKey, Comparer comparer, Blocker blocker,
            ResolutionSettings settings, long[] pairs, int[] patterns, Estimator.Estimate estimate, double[][] u,
            Map<String, Judgement> latest, Blocker.Blocks blocks) {
        // u comes from random pairs, so the prior must be that of a random pair: the matches EM
        // found among the candidates, spread over every pair there is.
        double allPairs = f.length * (f.length - 1.0) / 2;
        double prior = allPairs == 0 ? 0.5 : Math.clamp(estimate.prior() * pairs.length / allPairs, 1e-12, 0.5);
        Model model = new Model(estimate.m(), u, prior, frequencies(f, true), total(f, true),
                frequencies(f, false), total(f, false));
        Scorer scorer = new Scorer(comparer, model);
        float[] weights = new float[pairs.length];
        IntStream.range(0, pairs.length).parallel()
                .forEach(k -> weights[k] = (float) scorer.weight(Patterns.unpack(patterns[k]), f[first(pairs[k])]));
        Clusters clusters = new Clusters(f.length);
        for (Features x : f) {
            clusters.add(x.pncs, x.birth());
        }
        IdentityGraph graph = new IdentityGraph(settings, blocker, scorer, new ArrayList<>(List.of(f)), byKey, clusters,
                pairs, weights, new HashMap<>(latest), new HashMap<>(blocks.members()), new HashSet<>(blocks.wide()));
        graph.iterations = estimate.iterations();
        graph.matchShare = estimate.prior();
        return graph;
    }

    /** Judgements on the same pair: the latest stands. */
    private static Map<String, Judgement> latest(List<Judgement> judged) {
        Map<String, Judgement> latest = new HashMap<>();
        for (Judgement j : judged) {
            // Judged in store order: of two at the same moment, the later stored stands.
            latest.merge(j.pair(), j, (x, y) -> y.at().isBefore(x.at()) ? x : y);
        }
        return latest;
    }

    private static Map<String, Integer> frequencies(Features[] f, boolean surname) {
        Map<String, Integer> counts = new HashMap<>();
        for (Features x : f) {
            String v = surname ? x.surname : x.forename;
            if (v != null && v.length() > 1) {
                counts.merge(v, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static int total(Features[] f, boolean surname) {
        int n = 0;
        for (Features x : f) {
            String v = surname ? x.surname : x.forename;
            n += v != null && v.length() > 1 ? 1 : 0;
        }
        return n;
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static int first(long pair) {
        return IdentityGraph.first(pair);
    }

    private static int second(long pair) {
        return IdentityGraph.second(pair);
    }
}
