package org.crossforce.identity;

import java.util.List;
import java.util.Map;

import org.crossforce.identity.resolution.IdentityGraph;
import org.crossforce.identity.resolution.Nicknames;

/**
 * The outcome of resolving a set of person records: which identity each belongs to, why, what is
 * left for an analyst, and a way to resolve new records against it as they arrive.
 */
public final class Resolution {

    private final IdentityGraph graph;

    private Resolution(IdentityGraph graph) {
        this.graph = graph;
    }

    /**
     * Resolves records from scratch.
     *
     * @param judgements analysts' judgements, which overrule the model and teach it
     * @param previous   each record key's identity id from an earlier run, kept where the identity survives
     */
    public static Resolution of(List<PersonRecord> records, List<Judgement> judgements, ResolutionSettings settings,
            Map<String, String> previous) {
        return new Resolution(IdentityGraph.build(records, judgements, settings, Nicknames.shipped(), previous));
    }

    /** Resolves one new record against the rest, and returns its identity id. */
    public String add(PersonRecord record) {
        return graph.add(record);
    }

    /** The identity id of a record, or null when the record is unknown. */
    public String identityOf(String key) {
        return graph.identityOf(key);
    }

    /** Each identity's record keys. */
    public Map<String, List<String>> identities() {
        return graph.identities();
    }

    public List<String> members(String identity) {
        return graph.members(identity);
    }

    public PairExplanation explain(String a, String b) {
        return graph.explain(a, b);
    }

    public List<PairExplanation> candidates(String key, int limit) {
        return graph.candidates(key, limit);
    }

    public List<ReviewItem> review(int limit) {
        return graph.review(limit);
    }

    public long pendingReview() {
        return graph.pendingReview();
    }

    public List<String[]> candidatePairs() {
        return graph.candidatePairs();
    }

    /**
     * Applies an analyst's judgement at once.
     *
     * @return the keys of the records whose identity changed
     * @throws IllegalStateException when it contradicts an earlier judgement or a PNC id
     */
    public List<String> judge(Judgement judgement) {
        return graph.judge(judgement);
    }

    /** As {@link #judge(Judgement)}, for one judgement of a batch that also judges {@code rejudged} again. */
    public List<String> judge(Judgement judgement, java.util.Set<String> rejudged) {
        return graph.judge(judgement, rejudged);
    }

    /** Why a record is in its identity: its strongest pair with another record there that {@code allowed} lets through. */
    public PairExplanation strongestWithin(String key, java.util.function.Predicate<String> allowed) {
        return graph.strongestWithin(key, allowed);
    }

    /** Why a judgement cannot be applied, or null when it can. */
    public String refusalOf(Judgement judgement) {
        return graph.refusalOf(judgement);
    }

    /** Why a judgement of a batch cannot be applied, the batch's own re-judged pairs allowed; or null. */
    public String refusalOf(Judgement judgement, java.util.Set<String> rejudged) {
        return graph.refusalOf(judgement, rejudged);
    }

    /** The pairs of records, one of each of the two records' identities, judged different people. */
    public List<String[]> apartBetween(String a, String b) {
        return graph.apartBetween(a, b);
    }

    /** The person record of a key, or null when there is none. */
    public PersonRecord record(String key) {
        return graph.record(key);
    }

    /** Every record key with its identity id. */
    public Map<String, String> assignments() {
        return graph.assignments();
    }

    /** The learnt model, level by level. */
    public List<LevelWeight> model() {
        return graph.model();
    }

    /** log2 of the prior odds that two records picked at random are one person. */
    public double priorWeight() {
        return graph.priorWeight();
    }

    public ResolutionStats stats() {
        return graph.stats();
    }

    public int size() {
        return graph.size();
    }
}
