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
    /** Review items weighed against the caller's scope at a time. */
    private static final int REVIEW_PAGE = 500;

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
        if (resolution == null) {
            return 0;
        }
        synchronized (writing) {
            // Read under the lock: a full run may have replaced the resolution meanwhile.
            Resolution current = resolution;
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
            // Persons are numbered from 0; a number may be missing where a person had no name.
            for (int n = 0, misses = 0; misses < 20; n++) {
                if (r.record(document + "#" + n) != null) {
                    keys.add(document + "#" + n);
                    misses = 0;
                } else {
                    misses++;
                }
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

    /**
     * The identities of these person records that hold more than one of them, each with the keys it
     * holds: what a link chart draws as one person. Only records in the caller's reach count.
     */
    public Map<String, List<String>> sharedIdentities(Caller caller, List<String> keys) {
        Readers.require(audit, caller, AuditAction.VIEW_IDENTITY, keys.stream().map(Visibility::documentOf).distinct().toList());
        Resolution r = resolution();
        Set<String> visible = visibility.visible(caller, keys.stream().filter(k -> r.record(k) != null).toList());
        Map<String, List<String>> out = new LinkedHashMap<>();
        keys.stream().filter(visible::contains)
                .forEach(k -> out.computeIfAbsent(r.identityOf(k), x -> new ArrayList<>()).add(k));
        out.values().removeIf(members -> members.size() < 2);
        audit.record(new AuditEvent(caller, AuditAction.VIEW_IDENTITY, AuditOutcome.OK,
                out.values().stream().flatMap(List::stream).map(Visibility::documentOf).distinct().toList(),
                Map.of("identities", out.size())));
        return out;
    }

    /**
     * Whether the caller may see any record of the identity: a saved chart keeps the identity's
     * node only then. Not audited on its own: it answers for the chart being opened, which is.
     */
    public boolean reachable(Caller caller, String identityId) {
        Resolution r = resolution;
        return r != null && !visibility.visible(caller, r.members(identityId)).isEmpty();
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
            audit.record(new AuditEvent(caller, AuditAction.VIEW_IDENTITY, AuditOutcome.NOT_FOUND,
                    List.of(Visibility.documentOf(a), Visibility.documentOf(b)), Map.of("explain", a + " " + b)));
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
     * As {@link #review(Caller, int)}, only the pairs where a record of either identity that the
     * caller may see has a name holding {@code name} (ignoring case and accents), when it is given.
     * Sizes count only the records the caller may see, and a rule that kept a strong pair apart is
     * named only when the caller sees every record of both identities.
     */
    public List<ReviewItem> review(Caller caller, int limit, String name) {
        Readers.require(audit, caller, AuditAction.REVIEW_IDENTITIES, List.of());
        Resolution r = resolution();
        String wanted = name == null || name.isBlank() ? null : fold(name);
        List<ReviewItem> out = new ArrayList<>();
        List<ReviewItem> all = r.review(Integer.MAX_VALUE);
        for (int from = 0; from < all.size() && out.size() < limit; from += REVIEW_PAGE) {
            List<ReviewItem> page = all.subList(from, Math.min(all.size(), from + REVIEW_PAGE));
            Set<String> keys = new LinkedHashSet<>();
            // Every record of both identities, in one request: the sizes shown count only those in reach.
            page.forEach(i -> {
                keys.add(i.a());
                keys.add(i.b());
                keys.addAll(r.members(i.identityA()));
                keys.addAll(r.members(i.identityB()));
            });
            Set<String> visible = visibility.visible(caller, keys);
            for (ReviewItem i : page) {
                if (out.size() == limit || !visible.contains(i.a()) || !visible.contains(i.b())) {
                    continue;
                }
                List<String> membersA = r.members(i.identityA());
                List<String> membersB = r.members(i.identityB());
                if (wanted != null && java.util.stream.Stream.concat(membersA.stream(), membersB.stream())
                        .filter(visible::contains).noneMatch(k -> fold(r.record(k).name()).contains(wanted))) {
                    continue;
                }
                int seenA = (int) membersA.stream().filter(visible::contains).count();
                int seenB = (int) membersB.stream().filter(visible::contains).count();
                boolean whole = seenA == membersA.size() && seenB == membersB.size();
                out.add(new ReviewItem(i.a(), i.b(), i.identityA(), i.identityB(), seenA, seenB, i.probability(),
                        i.impact(), whole ? i.refused() : i.refused() == null ? null : "a rule keeps them apart"));
            }
        }
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

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(java.util.Locale.ROOT).strip();
    }

    /**
     * An analyst's judgement that two records are, or are not, one person: checked, stored, audited
     * and applied at once. One person supersedes any earlier judgement that records of the two
     * identities are different people, and those pairs are stored as judged again.
     *
     * @return the keys of the records whose identity changed
     */
    public List<String> judge(Caller caller, String a, String b, boolean same, String reason) {
        return change(caller, same ? JudgementStore.Kind.CONFIRM : JudgementStore.Kind.REJECT, List.of(a, b),
                (r, now) -> {
                    List<Judgement> judged = new ArrayList<>(List.of(new Judgement(a, b, same, caller.user(), now,
                            reason)));
                    if (same) {
                        // Only judgements the caller could have made are reversed; others keep the two apart.
                        List<String[]> apart = r.apartBetween(a, b).stream().filter(p -> !(p[0].equals(a)
                                && p[1].equals(b) || p[0].equals(b) && p[1].equals(a))).toList();
                        Set<String> seen = visibility.visible(caller, apart.stream()
                                .flatMap(p -> java.util.stream.Stream.of(p[0], p[1])).toList());
                        apart.stream().filter(p -> seen.contains(p[0]) && seen.contains(p[1]))
                                .forEach(p -> judged.add(new Judgement(p[0], p[1], true, caller.user(), now, reason)));
                    }
                    return judged;
                });
    }

    /**
     * Takes one record out of its identity: it is judged a different person from every other
     * record of the identity that the caller may see.
     *
     * @param identity the identity the record is in, as the caller saw it
     */
    public List<String> split(Caller caller, String identity, String key, String reason) {
        return change(caller, JudgementStore.Kind.SPLIT, List.of(key), (r, now) -> {
            if (!identity.equals(r.identityOf(key))) {
                throw new IllegalStateException("The record is no longer in identity " + identity + ".");
            }
            Set<String> visible = visibility.visible(caller, r.members(identity));
            List<Judgement> apart = r.members(identity).stream().filter(m -> !m.equals(key) && visible.contains(m))
                    .map(m -> new Judgement(key, m, false, caller.user(), now, reason)).toList();
            if (apart.isEmpty()) {
                throw new IllegalStateException("The record is already an identity of its own.");
            }
            return apart;
        });
    }

    /** Joins two identities: a record of each that the caller may see is judged the same person. */
    public List<String> merge(Caller caller, String identityA, String identityB, String reason) {
        Resolution r = resolution();
        String a = firstVisible(caller, r.members(identityA));
        String b = firstVisible(caller, r.members(identityB));
        if (a == null || b == null) {
            audit.record(new AuditEvent(caller, AuditAction.JUDGE_IDENTITY, AuditOutcome.NOT_FOUND, List.of(),
                    Map.of("kind", "MERGE")));
            throw new NotFound("No identity " + (a == null ? identityA : identityB));
        }
        return judge(caller, a, b, true, reason == null ? "merged identities" : reason);
    }

    private String firstVisible(Caller caller, List<String> members) {
        Set<String> visible = visibility.visible(caller, members);
        return members.stream().filter(visible::contains).findFirst().orElse(null);
    }

    /** What a change judges, given the resolution it applies to and the moment. */
    private interface Judging {
        List<Judgement> judgements(Resolution r, Instant now);
    }

    /**
     * Checks who asks and that every record named is within their reach (one answer for records out
     * of reach and records that do not exist), works out the judgements under the lock, stores them,
     * and only then applies them, so that what is applied is what is kept.
     */
    private List<String> change(Caller caller, JudgementStore.Kind kind, List<String> named, Judging judging) {
        List<String> documents = named.stream().map(Visibility::documentOf).distinct().toList();
        Readers.require(audit, caller, AuditAction.JUDGE_IDENTITY, documents);
        synchronized (writing) {
            Resolution r = resolution();
            if (named.stream().anyMatch(k -> r.record(k) == null) || visibility.visible(caller, named).size() < named.size()) {
                audit.record(new AuditEvent(caller, AuditAction.JUDGE_IDENTITY, AuditOutcome.NOT_FOUND, documents,
                        Map.of("kind", kind.name())));
                throw new NotFound("No person record " + String.join(" or ", named) + " that you may see");
            }
            List<Judgement> judged;
            Set<String> rejudged = new java.util.HashSet<>();
            try {
                judged = judging.judgements(r, clock.instant());
                judged.stream().filter(Judgement::same).forEach(j -> rejudged.add(j.pair()));
                for (Judgement j : judged) {
                    String refused = r.refusalOf(j, rejudged);
                    if (refused != null) {
                        throw new IllegalStateException(refused);
                    }
                }
            } catch (IllegalStateException e) {
                audit.record(new AuditEvent(caller, AuditAction.JUDGE_IDENTITY, AuditOutcome.DENIED, documents,
                        Map.of("kind", kind.name(), "reason", e.getMessage())));
                throw e;
            }
            judgements.save(judged, kind);
            Set<String> changed = new LinkedHashSet<>();
            for (Judgement j : judged) {
                changed.addAll(r.judge(j, rejudged));
            }
            audit.record(new AuditEvent(caller, AuditAction.JUDGE_IDENTITY, AuditOutcome.OK,
                    judged.stream().flatMap(j -> java.util.stream.Stream.of(j.a(), j.b())).map(Visibility::documentOf)
                            .distinct().toList(),
                    Map.of("kind", kind.name(), "pairs", judged.size(), "moved", changed.size())));
            assignments.upsert(rows(r, changed));
            return List.copyOf(changed);
        }
    }

    /** A record or identity that does not exist or is out of the caller's reach: the same answer for both. */
    public static class NotFound extends RuntimeException {

        public NotFound(String message) {
            super(message);
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
