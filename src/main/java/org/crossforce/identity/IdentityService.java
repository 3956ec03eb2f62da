package org.crossforce.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.search.Readers;
import org.crossforce.shared.Caller;
import org.crossforce.shared.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * One person across forces: resolves every person record held, keeps resolving as records
 * arrive, and answers analysts within their need to know. Identities live in memory, rebuilt at
 * start; judgements and the last assignment of every record live in the relational store.
 */
@Service
public class IdentityService {

    private static final Logger log = LoggerFactory.getLogger(IdentityService.class);
    /** Documents become searchable a little after they are stamped; read back this far to miss none. */
    private static final Duration LAG = Duration.ofMinutes(2);

    private final PersonReader reader;
    private final Visibility visibility;
    private final JudgementStore judgements;
    private final AssignmentStore assignments;
    private final AuditTrail audit;
    private final IdentityProperties properties;
    private final Clock clock;
    private volatile Resolution resolution;
    private volatile Instant watermark;
    private final Object writing = new Object();

    IdentityService(PersonReader reader, Visibility visibility, JudgementStore judgements, AssignmentStore assignments,
            AuditTrail audit, IdentityProperties properties) {
        this.reader = reader;
        this.visibility = visibility;
        this.judgements = judgements;
        this.assignments = assignments;
        this.audit = audit;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** Whether a first resolution has finished, so that identities can be shown. */
    public boolean ready() {
        return resolution != null;
    }

    /**
     * Resolves every person record held from scratch: after a change of model or thresholds, or at
     * start. Judgements stand; ids are kept where identities survive.
     *
     * @param progress told of each stage as it starts
     */
    public ResolutionStats resolveAll(Consumer<String> progress) {
        synchronized (writing) {
            Instant started = clock.instant();
            progress.accept("Reading person records");
            List<PersonRecord> records = new ArrayList<>();
            reader.read(null, records::addAll);
            progress.accept("Resolving " + records.size() + " person records");
            Resolution next = Resolution.of(dedupe(records), judgements.all(), properties.settings(),
                    assignments.identities());
            progress.accept("Saving " + next.size() + " assignments");
            assignments.replaceAll(rows(next, next.assignments().keySet()));
            resolution = next;
            watermark = started.minus(LAG);
            ResolutionStats stats = next.stats();
            log.info("Identity resolution: {} person records, {} identities, {} candidate pairs in {} ms",
                    stats.records(), stats.identities(), stats.candidatePairs(), stats.totalMillis());
            return stats;
        }
    }

    /** As {@link #resolveAll(Consumer)}, at a user's request: supervisors and administrators only, audited. */
    public ResolutionStats resolveAll(Caller caller, Consumer<String> progress) {
        if (!caller.hasAnyRole(List.of(Roles.SUPERVISOR, Roles.ADMINISTRATOR))) {
            audit.record(new AuditEvent(caller, AuditAction.RESOLVE_IDENTITIES, AuditOutcome.DENIED, List.of(),
                    Map.of("reason", "role")));
            caller.requireAnyRole("re-resolve identities", List.of(Roles.SUPERVISOR, Roles.ADMINISTRATOR));
        }
        ResolutionStats stats = resolveAll(progress);
        audit.record(new AuditEvent(caller, AuditAction.RESOLVE_IDENTITIES, AuditOutcome.OK, List.of(),
                Map.of("records", stats.records(), "identities", stats.identities())));
        return stats;
    }

    /**
     * Resolves the person records indexed since the last look, one at a time, against what is
     * already resolved.
     *
     * @return how many new person records were resolved
     */
    public int resolveNew() {
        Resolution current = resolution;
        if (current == null) {
            return 0;
        }
        synchronized (writing) {
            Instant started = clock.instant();
            List<PersonRecord> found = new ArrayList<>();
            reader.read(watermark, found::addAll);
            List<PersonRecord> fresh = dedupe(found).stream().filter(p -> current.record(p.key()) == null).toList();
            for (PersonRecord p : fresh) {
                current.add(p);
            }
            if (!fresh.isEmpty()) {
                Set<String> touched = new LinkedHashSet<>();
                for (PersonRecord p : fresh) {
                    touched.addAll(current.members(current.identityOf(p.key())));
                }
                assignments.upsert(rows(current, touched));
            }
            watermark = started.minus(LAG);
            return fresh.size();
        }
    }

    /** The identity of each person in a document ({@code <id>}) or of one person ({@code <id>#<n>}). */
    public List<PersonIdentity> identitiesOf(Caller caller, String id) {
        Readers.require(audit, caller, AuditAction.VIEW_IDENTITY, List.of(id));
        Resolution r = resolution();
        String document = Visibility.documentOf(id);
        List<String> keys = new ArrayList<>();
        if (id.contains("#")) {
            keys.add(id);
        } else {
            for (int n = 0; r.record(document + "#" + n) != null; n++) {
                keys.add(document + "#" + n);
            }
        }
        Set<String> visible = visibility.visible(caller, keys.stream().filter(k -> r.record(k) != null).toList());
        List<PersonIdentity> out = keys.stream().filter(visible::contains).map(k -> {
            String identity = r.identityOf(k);
            int records = visibility.visible(caller, r.members(identity)).size();
            return new PersonIdentity(k, r.record(k).name(), identity, records);
        }).toList();
        audit.record(new AuditEvent(caller, AuditAction.VIEW_IDENTITY, out.isEmpty() ? AuditOutcome.NOT_FOUND
                : AuditOutcome.OK, List.of(document), Map.of("persons", out.size())));
        return out;
    }

    /** An identity as the caller may see it; empty when the caller may see none of its records. */
    public Optional<IdentityProfile> profile(Caller caller, String identityId) {
        Readers.require(audit, caller, AuditAction.VIEW_IDENTITY, List.of(identityId));
        Resolution r = resolution();
        List<String> members = r.members(identityId);
        Set<String> visible = visibility.visible(caller, members);
        if (visible.isEmpty()) {
            audit.record(new AuditEvent(caller, AuditAction.VIEW_IDENTITY,
                    members.isEmpty() ? AuditOutcome.NOT_FOUND : AuditOutcome.DENIED, List.of(), Map.of("identity", identityId)));
            return Optional.empty();
        }
        List<IdentityRecord> records = new ArrayList<>();
        for (String key : members) {
            if (visible.contains(key)) {
                records.add(Profiles.record(r.record(key), r.strongestWithin(key, visible::contains)));
            }
        }
        List<StoredJudgement> about = judgements.about(List.copyOf(visible));
        Set<String> others = new LinkedHashSet<>();
        about.forEach(j -> {
            others.add(j.a());
            others.add(j.b());
        });
        Set<String> seen = visibility.visible(caller, others);
        List<StoredJudgement> judged = about.stream().filter(j -> seen.contains(j.a()) && seen.contains(j.b())).toList();
        audit.record(new AuditEvent(caller, AuditAction.VIEW_IDENTITY, AuditOutcome.OK,
                records.stream().map(IdentityRecord::documentId).distinct().toList(), Map.of("identity", identityId)));
        return Optional.of(Profiles.profile(identityId, records, judged));
    }

    /** These person records as the caller may see them; those out of reach are left out. */
    public Map<String, IdentityRecord> records(Caller caller, List<String> keys) {
        Readers.require(audit, caller, AuditAction.VIEW_IDENTITY, keys);
        Resolution r = resolution();
        Set<String> visible = visibility.visible(caller, keys.stream().filter(k -> r.record(k) != null).toList());
        Map<String, IdentityRecord> out = new LinkedHashMap<>();
        keys.stream().filter(visible::contains).forEach(k -> out.put(k, Profiles.record(r.record(k), null)));
        audit.record(new AuditEvent(caller, AuditAction.VIEW_IDENTITY, AuditOutcome.OK,
                out.keySet().stream().map(Visibility::documentOf).distinct().toList(), Map.of("records", out.size())));
        return out;
    }

    /** What was weighed against an identity's records and not joined, strongest first, within the caller's reach. */
    public List<PairExplanation> candidates(Caller caller, String identityId, int limit) {
        Readers.require(audit, caller, AuditAction.VIEW_IDENTITY, List.of(identityId));
        Resolution r = resolution();
        List<String> members = r.members(identityId);
        List<PairExplanation> all = new ArrayList<>();
        for (String key : members) {
            all.addAll(r.candidates(key, limit));
        }
        Set<String> keys = new LinkedHashSet<>();
        all.forEach(p -> {
            keys.add(p.a());
            keys.add(p.b());
        });
        Set<String> visible = visibility.visible(caller, keys);
        List<PairExplanation> out = all.stream().filter(p -> visible.contains(p.a()) && visible.contains(p.b()))
                .sorted(Comparator.comparingDouble(PairExplanation::weight).reversed()).limit(limit).toList();
        audit.record(new AuditEvent(caller, AuditAction.VIEW_IDENTITY, AuditOutcome.OK,
                out.stream().map(p -> Visibility.documentOf(p.b())).distinct().toList(),
                Map.of("identity", identityId, "candidates", out.size())));
        return out;
    }

    /** Why two records are or are not one person; empty when either is out of reach. */
    public Optional<PairExplanation> explain(Caller caller, String a, String b) {
        Readers.require(audit, caller, AuditAction.VIEW_IDENTITY, List.of(a, b));
        Resolution r = resolution();
        if (r.record(a) == null || r.record(b) == null || visibility.visible(caller, List.of(a, b)).size() < 2) {
            return Optional.empty();
        }
        audit.record(new AuditEvent(caller, AuditAction.VIEW_IDENTITY, AuditOutcome.OK,
                List.of(Visibility.documentOf(a), Visibility.documentOf(b)), Map.of("explain", a + " " + b)));
        return Optional.ofNullable(r.explain(a, b));
    }

    /** The review queue: the uncertain candidate matches the caller may see both sides of, highest impact first. */
    public List<ReviewItem> review(Caller caller, int limit) {
        return review(caller, limit, null);
    }

    /**
     * As {@link #review(Caller, int)}, only the pairs where either record's name holds {@code name}
     * (ignoring case and accents), when it is given.
     */
    public List<ReviewItem> review(Caller caller, int limit, String name) {
        Readers.require(audit, caller, AuditAction.REVIEW_IDENTITIES, List.of());
        Resolution r = resolution();
        String wanted = name == null || name.isBlank() ? null : fold(name);
        List<ReviewItem> items = wanted == null ? r.review(Math.max(limit * 4, 200))
                : r.review(Integer.MAX_VALUE).stream().filter(i -> named(r, i.identityA(), wanted)
                        || named(r, i.identityB(), wanted)).limit(Math.max(limit * 4L, 200)).toList();
        Set<String> keys = new LinkedHashSet<>();
        items.forEach(i -> {
            keys.add(i.a());
            keys.add(i.b());
        });
        Set<String> visible = visibility.visible(caller, keys);
        List<ReviewItem> out = items.stream().filter(i -> visible.contains(i.a()) && visible.contains(i.b()))
                .limit(limit).toList();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("items", out.size());
        if (wanted != null) {
            details.put("name", name.strip());
        }
        audit.record(new AuditEvent(caller, AuditAction.REVIEW_IDENTITIES, AuditOutcome.OK,
                out.stream().flatMap(i -> java.util.stream.Stream.of(Visibility.documentOf(i.a()),
                        Visibility.documentOf(i.b()))).distinct().toList(), details));
        return out;
    }

    /** Whether a record of the identity (the first hundred) has a name holding the words. */
    private static boolean named(Resolution r, String identity, String wanted) {
        return r.members(identity).stream().limit(100).anyMatch(k -> fold(r.record(k).name()).contains(wanted));
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).strip();
    }

    /**
     * An analyst's judgement that two records are, or are not, one person: stored, audited and applied at once.
     *
     * @return the keys of the records whose identity changed
     */
    public List<String> judge(Caller caller, String a, String b, boolean same, String reason) {
        return apply(caller, List.of(new Judgement(a, b, same, caller.user(), clock.instant(), reason)),
                same ? JudgementStore.Kind.CONFIRM : JudgementStore.Kind.REJECT);
    }

    /** Takes one record out of its identity: it is judged a different person from every other record there. */
    public List<String> split(Caller caller, String key, String reason) {
        Resolution r = resolution();
        String identity = r.identityOf(key);
        if (identity == null) {
            throw new IllegalArgumentException("No person record " + key);
        }
        Instant now = clock.instant();
        List<Judgement> apart = r.members(identity).stream().filter(m -> !m.equals(key))
                .map(m -> new Judgement(key, m, false, caller.user(), now, reason)).toList();
        if (apart.isEmpty()) {
            throw new IllegalArgumentException("The record " + key + " is already an identity of its own");
        }
        return apply(caller, apart, JudgementStore.Kind.SPLIT);
    }

    /** Joins two identities: one record of each is judged the same person. */
    public List<String> merge(Caller caller, String identityA, String identityB, String reason) {
        Resolution r = resolution();
        List<String> a = r.members(identityA);
        List<String> b = r.members(identityB);
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("No identity " + (a.isEmpty() ? identityA : identityB));
        }
        return apply(caller, List.of(new Judgement(a.getFirst(), b.getFirst(), true, caller.user(), clock.instant(),
                reason)), JudgementStore.Kind.MERGE);
    }

    private List<String> apply(Caller caller, List<Judgement> judged, JudgementStore.Kind kind) {
        Set<String> keys = new LinkedHashSet<>();
        judged.forEach(j -> {
            keys.add(j.a());
            keys.add(j.b());
        });
        List<String> documents = keys.stream().map(Visibility::documentOf).distinct().toList();
        Readers.require(audit, caller, AuditAction.JUDGE_IDENTITY, documents);
        Resolution r = resolution();
        if (keys.stream().anyMatch(k -> r.record(k) == null) || visibility.visible(caller, keys).size() < keys.size()) {
            audit.record(new AuditEvent(caller, AuditAction.JUDGE_IDENTITY, AuditOutcome.DENIED, documents,
                    Map.of("kind", kind.name())));
            throw new IllegalArgumentException("Only records you may see can be judged");
        }
        synchronized (writing) {
            Set<String> changed = new LinkedHashSet<>();
            for (Judgement j : judged) {
                changed.addAll(r.judge(j));
            }
            judgements.save(judged, kind);
            audit.record(new AuditEvent(caller, AuditAction.JUDGE_IDENTITY, AuditOutcome.OK, documents,
                    Map.of("kind", kind.name(), "pairs", judged.size(), "moved", changed.size())));
            assignments.upsert(rows(r, changed));
            return List.copyOf(changed);
        }
    }

    /**
     * The resolution as CSV rows ({@code source_system,source_key,identity_id}) of the records the
     * caller may see, for one source system or all.
     */
    public List<String[]> export(Caller caller, String sourceSystem) {
        Readers.require(audit, caller, AuditAction.EXPORT, List.of());
        List<AssignmentStore.Assignment> rows = assignments.of(sourceSystem);
        Set<String> visible = visibility.visible(caller, rows.stream().map(AssignmentStore.Assignment::recordKey).toList());
        List<String[]> out = rows.stream().filter(a -> visible.contains(a.recordKey()))
                .map(a -> new String[] {a.sourceSystem(), a.sourceKey(), a.identityId()}).toList();
        audit.record(new AuditEvent(caller, AuditAction.EXPORT, AuditOutcome.OK, List.of(),
                Map.of("what", "identities", "source_system", sourceSystem == null ? "all" : sourceSystem,
                        "rows", out.size())));
        return out;
    }

    private Resolution resolution() {
        Resolution r = resolution;
        if (r == null) {
            throw new IdentitiesNotReadyException();
        }
        return r;
    }

    private static List<PersonRecord> dedupe(List<PersonRecord> records) {
        Map<String, PersonRecord> byKey = new LinkedHashMap<>();
        records.forEach(p -> byKey.put(p.key(), p));
        return List.copyOf(byKey.values());
    }

    private static List<AssignmentStore.Assignment> rows(Resolution r, java.util.Collection<String> keys) {
        List<AssignmentStore.Assignment> out = new ArrayList<>();
        for (String key : keys) {
            PersonRecord p = r.record(key);
            out.add(new AssignmentStore.Assignment(key, r.identityOf(key), Visibility.documentOf(key), p.force(),
                    p.sourceSystem(), p.sourceKey()));
        }
        return out;
    }
}
