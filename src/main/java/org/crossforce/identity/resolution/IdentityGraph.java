package org.crossforce.identity.resolution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.identity.Judgement;
import org.crossforce.identity.PersonRecord;
import org.crossforce.identity.ResolutionSettings;
import org.crossforce.identity.ResolutionStats;

/**
 * Person records, the pairs compared among them and the identities they form; built whole by
 * {@link #build}, then grown one record at a time by {@link #add} as records arrive.
 */
public final class IdentityGraph {

    final ResolutionSettings settings;
    final Blocker blocker;
    final Scorer scorer;
    final List<Features> features;
    final Map<String, Integer> byKey;
    final Clusters clusters;
    final LongList pairs;
    final FloatList weights;
    final Map<String, Judgement> judgements;
    private final Map<String, IntList> blocks;
    private final Set<String> wide;
    private final Map<Integer, String> ids = new HashMap<>();
    private final Map<String, Integer> roots = new HashMap<>();
    private final Map<Integer, IntList> pairsOf = new HashMap<>();
    private boolean pairsIndexed;
    ResolutionStats stats;
    int iterations;
    double matchShare;
    /** Counts changes to the identities, so that the review queue is worked out once per change. */
    private long version;
    private long queueVersion = -1;
    private List<org.crossforce.identity.ReviewItem> queue;

    IdentityGraph(ResolutionSettings settings, Blocker blocker, Scorer scorer, List<Features> features,
            Map<String, Integer> byKey, Clusters clusters, long[] pairs, float[] weights,
            Map<String, Judgement> judgements, Map<String, IntList> blocks, Set<String> wide) {
        this.settings = settings;
        this.blocker = blocker;
        this.scorer = scorer;
        this.features = features;
        this.byKey = byKey;
        this.clusters = clusters;
        this.pairs = new LongList(pairs);
        this.weights = new FloatList(weights);
        this.judgements = judgements;
        this.blocks = blocks;
        this.wide = wide;
    }

    /**
     * Resolves records from scratch.
     *
     * @param previous each record key's identity id from an earlier run, so that ids stay stable
     */
    public static IdentityGraph build(List<PersonRecord> records, List<Judgement> judged, ResolutionSettings settings,
            Nicknames nicknames, Map<String, String> previous) {
        return GraphBuilder.build(records, judged, settings, nicknames, previous);
    }

    /** Joins records: analysts' judgements first, then strong pairs from the strongest down. */
    long[] cluster() {
        for (Judgement j : judgements.values()) {
            Integer a = byKey.get(j.a());
            Integer b = byKey.get(j.b());
            if (a != null && b != null && !j.same()) {
                clusters.keepApart(a, b);
            }
        }
        for (Judgement j : judgements.values().stream().filter(Judgement::same)
                .sorted(java.util.Comparator.comparing(Judgement::at).thenComparing(Judgement::pair)).toList()) {
            Integer a = byKey.get(j.a());
            Integer b = byKey.get(j.b());
            if (a != null && b != null && overridable(clusters.conflict(a, b))) {
                clusters.union(a, b);
            }
        }
        double auto = settings.autoJoinWeight();
        List<Integer> strong = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            if (weights.get(k) >= auto) {
                strong.add(k);
            }
        }
        strong.sort((x, y) -> Float.compare(weights.get(y), weights.get(x)));
        long joined = 0;
        long refused = 0;
        for (int k : strong) {
            int i = first(pairs.get(k));
            int j = second(pairs.get(k));
            if (clusters.find(i) == clusters.find(j)) {
                continue;
            }
            if (refusal(i, j) == null) {
                clusters.union(i, j);
                joined++;
            } else {
                refused++;
            }
        }
        return new long[] {joined, refused};
    }

    /** An analyst may join records the dates of birth say are two people; never two PNC ids. */
    private static boolean overridable(String conflict) {
        return conflict == null || Clusters.BIRTHS_APART.equals(conflict);
    }

    /** Why joining the identities of i and j would be wrong, or null when it is not. */
    String refusal(int i, int j) {
        String conflict = clusters.conflict(i, j);
        if (conflict != null) {
            return conflict;
        }
        if (clusters.size(clusters.find(i)) + clusters.size(clusters.find(j)) <= 2) {
            return null;
        }
        int[] x = clusters.sample(i, settings.guardSample());
        int[] y = clusters.sample(j, settings.guardSample());
        double sum = 0;
        for (int a : x) {
            for (int b : y) {
                sum += scorer.weight(features.get(a), features.get(b));
            }
        }
        return sum / (x.length * y.length) >= settings.chainGuard() ? null
                : "the other records of the two identities disagree";
    }

    void name(Map<String, String> previous) {
        Map<Integer, List<String>> groups = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            groups.computeIfAbsent(clusters.find(i), r -> new ArrayList<>()).add(features.get(i).record.key());
        }
        List<Integer> rootList = new ArrayList<>(groups.keySet());
        String[] assigned = IdentityIds.assign(rootList.stream().map(groups::get).toList(), previous);
        for (int g = 0; g < rootList.size(); g++) {
            name(rootList.get(g), assigned[g]);
        }
    }

    private void name(int root, String id) {
        String old = ids.put(root, id);
        if (old != null && !old.equals(id)) {
            roots.remove(old);
        }
        roots.put(id, root);
    }

    private String unname(int root) {
        String id = ids.remove(root);
        if (id != null) {
            roots.remove(id);
        }
        return id;
    }

    /** An id derived from a key that no identity holds now. */
    private String fresh(String key) {
        String id = IdentityIds.derived(key);
        while (roots.containsKey(id)) {
            id = IdentityIds.derived(id);
        }
        return id;
    }

    /**
     * Resolves one new record against those already here, without re-running the rest.
     *
     * @return its identity id
     */
    public synchronized String add(PersonRecord record) {
        if (byKey.containsKey(record.key())) {
            return identityOf(record.key());
        }
        version++;
        Features f = new Features(record);
        int index = features.size();
        features.add(f);
        byKey.put(record.key(), index);
        clusters.add(f.pncs, f.birth());
        Set<Integer> candidates = new HashSet<>();
        for (Blocker.Key k : new java.util.LinkedHashSet<>(blocker.keys(f))) {
            String key = wide.contains(k.key()) ? k.narrower() : k.key();
            if (key == null) {
                continue;
            }
            IntList block = blocks.computeIfAbsent(key, x -> new IntList());
            for (int m = 0; m < block.size(); m++) {
                candidates.add(block.get(m));
            }
            block.add(index);
            if (block.size() > settings.maxBlock() && key.equals(k.key())) {
                narrow(key);
            }
        }
        candidates.remove(index);
        List<int[]> strong = new ArrayList<>();
        for (int c : candidates) {
            double w = scorer.weight(features.get(c), f);
            pairs.add((long) c << 32 | index);
            weights.add((float) w);
            indexPair(pairs.size() - 1);
            if (w >= settings.autoJoinWeight()) {
                strong.add(new int[] {c, (int) Math.round(w * 1000)});
            }
        }
        strong.sort((x, y) -> Integer.compare(y[1], x[1]));
        name(index, fresh(record.key()));
        for (int[] s : strong) {
            int before = clusters.find(s[0]);
            if (before != clusters.find(index) && refusal(s[0], index) == null) {
                join(before, clusters.find(index));
            }
        }
        return ids.get(clusters.find(index));
    }

    /**
     * Applies an analyst's judgement at once: one person joins the two identities; different
     * people re-forms the identity that held both, without the pair together.
     *
     * @return the keys of the records whose identity changed
     * @throws IllegalStateException when the judgement contradicts an earlier one or a PNC id
     */
    public synchronized List<String> judge(Judgement judgement) {
        return judge(judgement, Set.of());
    }

    /** As {@link #judge(Judgement)}, for one judgement of a batch that also judges {@code rejudged} again. */
    public synchronized List<String> judge(Judgement judgement, Set<String> rejudged) {
        Integer a = byKey.get(judgement.a());
        Integer b = byKey.get(judgement.b());
        if (a == null || b == null) {
            throw new IllegalArgumentException("No person record " + (a == null ? judgement.a() : judgement.b()));
        }
        String refused = refusalOf(judgement, rejudged);
        if (refused != null) {
            throw new IllegalStateException(refused);
        }
        version++;
        Map<String, String> before = snapshot(a, b);
        if (judgement.same()) {
            judgements.put(judgement.pair(), judgement);
            clusters.allow(a, b);
            join(clusters.find(a), clusters.find(b));
        } else {
            judgements.put(judgement.pair(), judgement);
            clusters.keepApart(a, b);
            if (clusters.find(a) == clusters.find(b)) {
                recluster(clusters.members(a));
            }
        }
        return changed(before);
    }

    /** Joins two identities; the larger keeps its id. */
    private void join(int ra, int rb) {
        if (ra == rb) {
            return;
        }
        String kept = ids.get(clusters.size(ra) >= clusters.size(rb) ? ra : rb);
        unname(ra);
        unname(rb);
        name(clusters.union(ra, rb), kept);
    }

    /**
     * Why a judgement cannot be applied, or null when it can: records unknown, or one person holding
     * two PNC ids, or records judged different people before that are not this pair (judge those first).
     */
    public synchronized String refusalOf(Judgement judgement) {
        return refusalOf(judgement, Set.of());
    }

    /**
     * As {@link #refusalOf(Judgement)}, for one judgement of a batch: earlier judgements of
     * different people that the batch judges again ({@code rejudged}, as {@link Judgement#pair()})
     * do not count against it.
     */
    public synchronized String refusalOf(Judgement judgement, Set<String> rejudged) {
        Integer a = byKey.get(judgement.a());
        Integer b = byKey.get(judgement.b());
        if (a == null || b == null) {
            return "No person record " + (a == null ? judgement.a() : judgement.b());
        }
        if (!judgement.same() || clusters.find(a) == clusters.find(b)) {
            return null;
        }
        List<int[]> apart = new ArrayList<>(clusters.apartBetween(a, b));
        apart.removeIf(p -> p[0] == a && p[1] == b || p[0] == b && p[1] == a || rejudged.contains(
                Judgement.pairOf(features.get(p[0]).record.key(), features.get(p[1]).record.key())));
        if (!apart.isEmpty()) {
            return "An earlier judgement that records of these two identities are different people keeps them apart.";
        }
        String conflict = clusters.conflict(a, b);
        return conflict == null || Clusters.BIRTHS_APART.equals(conflict) || Clusters.JUDGED_APART.equals(conflict)
                ? null : "These records cannot be one person: " + conflict + ".";
    }

    /** The pairs of records, one of each identity, that were judged different people. */
    public synchronized List<String[]> apartBetween(String a, String b) {
        Integer i = byKey.get(a);
        Integer j = byKey.get(b);
        if (i == null || j == null || clusters.find(i) == clusters.find(j)) {
            return List.of();
        }
        return clusters.apartBetween(i, j).stream().map(p -> new String[] {features.get(p[0]).record.key(),
                features.get(p[1]).record.key()}).toList();
    }

    /** The identity of every record in the identities of these, to see afterwards what moved. */
    private Map<String, String> snapshot(int... records) {
        Map<String, String> out = new HashMap<>();
        for (int r : records) {
            for (int m : clusters.members(r)) {
                out.put(features.get(m).record.key(), ids.get(clusters.find(m)));
            }
        }
        return out;
    }

    private List<String> changed(Map<String, String> before) {
        List<String> out = new ArrayList<>();
        before.forEach((key, id) -> {
            if (!id.equals(identityOf(key))) {
                out.add(key);
            }
        });
        return out;
    }

    /** Joins the members of one identity afresh, judgements first, then their strong pairs; the largest part keeps the id. */
    private void recluster(int[] members) {
        String id = unname(clusters.find(members[0]));
        String[][] memberPncs = new String[members.length][];
        int[] memberBirths = new int[members.length];
        Set<Integer> set = new HashSet<>();
        for (int k = 0; k < members.length; k++) {
            memberPncs[k] = features.get(members[k]).pncs;
            memberBirths[k] = features.get(members[k]).birth();
            set.add(members[k]);
        }
        clusters.reset(members, memberPncs, memberBirths);
        for (Judgement j : judgements.values()) {
            Integer x = byKey.get(j.a());
            Integer y = byKey.get(j.b());
            if (j.same() && x != null && y != null && set.contains(x) && set.contains(y)
                    && overridable(clusters.conflict(x, y))) {
                clusters.union(x, y);
            }
        }
        List<Integer> strong = new ArrayList<>();
        for (int m : members) {
            IntList mine = pairsOf(m);
            for (int n = 0; n < mine.size(); n++) {
                int k = mine.get(n);
                if (first(pairs.get(k)) == m && set.contains(second(pairs.get(k)))
                        && weights.get(k) >= settings.autoJoinWeight()) {
                    strong.add(k);
                }
            }
        }
        strong.sort((x, y) -> Float.compare(weights.get(y), weights.get(x)));
        for (int k : strong) {
            int i = first(pairs.get(k));
            int j = second(pairs.get(k));
            if (clusters.find(i) != clusters.find(j) && refusal(i, j) == null) {
                clusters.union(i, j);
            }
        }
        Map<Integer, List<String>> parts = new HashMap<>();
        for (int m : members) {
            parts.computeIfAbsent(clusters.find(m), r -> new ArrayList<>()).add(features.get(m).record.key());
        }
        int largest = parts.keySet().stream().max(java.util.Comparator.comparingInt((Integer r) -> parts.get(r).size())
                .thenComparing(r -> -r)).orElseThrow();
        name(largest, id);
        for (Map.Entry<Integer, List<String>> part : parts.entrySet()) {
            if (part.getKey() != largest) {
                name(part.getKey(), fresh(part.getValue().stream().min(String::compareTo).orElseThrow()));
            }
        }
    }

    /** The person record of a key, or null. */
    public synchronized PersonRecord record(String key) {
        Integer i = byKey.get(key);
        return i == null ? null : features.get(i).record;
    }

    /** Every record key with its identity id. */
    public synchronized Map<String, String> assignments() {
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            out.put(features.get(i).record.key(), ids.get(clusters.find(i)));
        }
        return out;
    }

    /** A key grown too common as records arrived: from now on its records meet only through the narrower key. */
    private void narrow(String key) {
        IntList members = blocks.remove(key);
        wide.add(key);
        for (int m = 0; m < members.size(); m++) {
            int r = members.get(m);
            for (Blocker.Key k : blocker.keys(features.get(r))) {
                if (k.key().equals(key) && k.narrower() != null) {
                    IntList narrower = blocks.computeIfAbsent(k.narrower(), x -> new IntList());
                    if (narrower.isEmpty() || narrower.last() != r) {
                        narrower.add(r);
                    }
                }
            }
        }
    }

    /** Files pair k under both its records, once the index exists; until then pairsOf() builds it whole. */
    private void indexPair(int k) {
        if (pairsIndexed) {
            pairsOf.computeIfAbsent(first(pairs.get(k)), x -> new IntList()).add(k);
            pairsOf.computeIfAbsent(second(pairs.get(k)), x -> new IntList()).add(k);
        }
    }

    /** The candidate pairs a record took part in, as indexes into pairs. */
    synchronized IntList pairsOf(int record) {
        if (!pairsIndexed) {
            pairsIndexed = true;
            for (int k = 0; k < pairs.size(); k++) {
                indexPair(k);
            }
        }
        return pairsOf.getOrDefault(record, new IntList());
    }

    /** Why two records are or are not one person; null when either key is unknown. */
    public synchronized org.crossforce.identity.PairExplanation explain(String a, String b) {
        Integer i = byKey.get(a);
        Integer j = byKey.get(b);
        return i == null || j == null ? null : Explainer.explain(this, i, j);
    }

    /** The review queue, highest impact first; worked out again only after the identities change. */
    public synchronized List<org.crossforce.identity.ReviewItem> review(int limit) {
        if (queue == null || queueVersion != version) {
            queue = Reviews.queue(this, Integer.MAX_VALUE);
            queueVersion = version;
        }
        return queue.size() > limit ? queue.subList(0, limit) : queue;
    }

    /** How many candidate pairs wait between the thresholds. */
    public synchronized long pendingReview() {
        return Reviews.pending(this);
    }

    /** Each identity's record keys. */
    public synchronized Map<String, List<String>> identities() {
        Map<String, List<String>> out = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            out.computeIfAbsent(ids.get(clusters.find(i)), x -> new ArrayList<>()).add(features.get(i).record.key());
        }
        return out;
    }

    /** The record keys of one identity, empty when there is none. */
    public synchronized List<String> members(String identity) {
        Integer root = roots.get(identity);
        return root == null ? List.of() : java.util.Arrays.stream(clusters.members(root))
                .mapToObj(m -> features.get(m).record.key()).sorted().toList();
    }

    /**
     * The candidate pairs between a record and records of other identities, strongest first: what
     * was weighed and not joined.
     */
    public synchronized List<org.crossforce.identity.PairExplanation> candidates(String key, int limit) {
        Integer i = byKey.get(key);
        if (i == null) {
            return List.of();
        }
        IntList mine = pairsOf(i);
        List<Integer> ks = new ArrayList<>();
        for (int n = 0; n < mine.size(); n++) {
            int k = mine.get(n);
            if (clusters.find(first(pairs.get(k))) != clusters.find(second(pairs.get(k)))) {
                ks.add(k);
            }
        }
        ks.sort((x, y) -> Float.compare(weights.get(y), weights.get(x)));
        return ks.stream().limit(limit)
                .map(k -> Explainer.explain(this, first(pairs.get(k)) == i ? i : second(pairs.get(k)),
                        first(pairs.get(k)) == i ? second(pairs.get(k)) : first(pairs.get(k))))
                .toList();
    }

    /** The strongest pair joining a record to another of its identity, or null when it stands alone. */
    public synchronized org.crossforce.identity.PairExplanation strongestWithin(String key, java.util.function.Predicate<String> allowed) {
        Integer i = byKey.get(key);
        if (i == null) {
            return null;
        }
        IntList mine = pairsOf(i);
        int best = -1;
        for (int n = 0; n < mine.size(); n++) {
            int k = mine.get(n);
            int other = first(pairs.get(k)) == i ? second(pairs.get(k)) : first(pairs.get(k));
            if (clusters.find(other) == clusters.find(i) && allowed.test(features.get(other).record.key())
                    && (best < 0 || weights.get(k) > weights.get(best))) {
                best = k;
            }
        }
        if (best < 0) {
            return null;
        }
        int other = first(pairs.get(best)) == i ? second(pairs.get(best)) : first(pairs.get(best));
        return Explainer.explain(this, i, other);
    }

    /** The learnt model: every level's m, u and weight, and the prior weight every pair starts from. */
    public List<org.crossforce.identity.LevelWeight> model() {
        List<org.crossforce.identity.LevelWeight> out = new ArrayList<>();
        Model model = scorer.model();
        for (org.crossforce.identity.Field field : org.crossforce.identity.Field.values()) {
            for (int level = 0; level < field.levels().size(); level++) {
                out.add(new org.crossforce.identity.LevelWeight(field, field.levels().get(level),
                        model.m()[field.ordinal()][level], model.u()[field.ordinal()][level], model.weight(field, level)));
            }
        }
        return out;
    }

    public double priorWeight() {
        return scorer.model().priorWeight();
    }

    /** Every candidate pair of records, as keys, for measuring blocking. */
    public synchronized List<String[]> candidatePairs() {
        List<String[]> out = new ArrayList<>(pairs.size());
        for (int k = 0; k < pairs.size(); k++) {
            out.add(new String[] {features.get(first(pairs.get(k))).record.key(),
                    features.get(second(pairs.get(k))).record.key()});
        }
        return out;
    }

    public synchronized String identityOf(String key) {
        Integer i = byKey.get(key);
        return i == null ? null : ids.get(clusters.find(i));
    }

    int identityCount() {
        return ids.size();
    }

    public ResolutionStats stats() {
        return stats;
    }

    public int size() {
        return features.size();
    }

    static int first(long pair) {
        return (int) (pair >>> 32);
    }

    static int second(long pair) {
        return (int) pair;
    }
}
