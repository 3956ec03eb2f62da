package org.crossforce.links;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.entities.EntityId;
import org.crossforce.entities.Identifiers;
import org.crossforce.entities.PersonNames;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.search.Readers;
import org.crossforce.search.Scope;
import org.crossforce.shared.Caller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Service;

/**
 * The doors to linked entities. Each checks that the caller reads police data for a stated
 * purpose, answers from the records in the caller's scope only, and is audited.
 */
@Service
public class EntityService {

    /** Lines a batch search takes at once. */
    public static final int MAX_BATCH_LINES = 5000;
    public static final int MAX_HOPS = 6;
    private static final int PROFILE_MENTIONS = 50;
    private static final int PROFILE_NEIGHBOURS = 25;

    private final ElasticsearchClient client;
    private final AuditTrail audit;
    private final EntityIndex index;
    private final Links links;
    private final Profiles profiles;

    EntityService(ElasticsearchClient client, AuditTrail audit) {
        this.client = client;
        this.audit = audit;
        this.index = new EntityIndex(client);
        this.links = new Links(client);
        this.profiles = new Profiles(client, links);
    }

    public EntitySearchResults search(Caller caller, EntityQuery query) {
        Readers.require(audit, caller, AuditAction.SEARCH_ENTITIES, List.of());
        List<EntityHit> found = index.find(caller, query);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("query", query.text());
        details.put("types", query.types().stream().sorted().toList());
        details.put("forces", query.forces().stream().map(ForceCode::value).sorted().toList());
        details.put("entities", found.stream().map(EntityHit::id).toList());
        audit.record(AuditEvent.ok(caller, AuditAction.SEARCH_ENTITIES, List.of(), details));
        return new EntitySearchResults(query.text(), found);
    }

    /** The entities most records mention, of one type or of all but persons (null), as a starting point. */
    public List<EntityHit> mostMentioned(Caller caller, String type, int size) {
        Readers.require(audit, caller, AuditAction.SEARCH_ENTITIES, List.of());
        List<EntityHit> found = index.mostMentioned(caller, type, Math.min(Math.max(size, 1), 1000));
        audit.record(AuditEvent.ok(caller, AuditAction.SEARCH_ENTITIES, List.of(), Map.of("most_mentioned",
                type == null ? "" : type, "entities", found.stream().map(EntityHit::id).toList())));
        return found;
    }

    /** @throws IllegalArgumentException when the id is not an entity id */
    public Optional<EntityProfile> profile(Caller caller, String id) {
        Readers.require(audit, caller, AuditAction.VIEW_ENTITY, List.of());
        Subject subject = Subject.parse(id);
        Optional<EntityProfile> profile = profiles.profile(caller, subject, PROFILE_MENTIONS, PROFILE_NEIGHBOURS);
        audit.record(new AuditEvent(caller, AuditAction.VIEW_ENTITY, outcome(profile.isPresent(), subject),
                profile.map(p -> p.mentions().stream().map(MentionHit::document).toList()).orElse(List.of()),
                Map.of("entity", subject.id())));
        return profile;
    }

    /** Empty when the caller sees no record of the entity. */
    public Optional<List<Neighbour>> neighbours(Caller caller, String id, LinkFilter filter, int limit) {
        Readers.require(audit, caller, AuditAction.VIEW_LINKS, List.of());
        Subject subject = Subject.parse(id);
        boolean visible = visible(caller, subject);
        List<Neighbour> found = visible ? links.neighbours(caller, subject, filter, Math.min(limit, Links.FANOUT))
                : List.of();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("entity", subject.id());
        details.put("types", filter.types().stream().sorted().toList());
        details.put("forces", filter.forces().stream().map(ForceCode::value).sorted().toList());
        details.put("from", filter.from() == null ? "" : filter.from().toString());
        details.put("to", filter.to() == null ? "" : filter.to().toString());
        details.put("min_strength", filter.minStrength());
        details.put("shown", found.stream().map(Neighbour::id).toList());
        audit.record(new AuditEvent(caller, AuditAction.VIEW_LINKS, outcome(visible, subject), List.of(), details));
        return visible ? Optional.of(found) : Optional.empty();
    }

    public LinkPath path(Caller caller, String from, String to, int maxHops) {
        Readers.require(audit, caller, AuditAction.FIND_PATH, List.of());
        if (maxHops < 1 || maxHops > MAX_HOPS) {
            throw new IllegalArgumentException("maxHops must be between 1 and " + MAX_HOPS);
        }
        Subject start = Subject.parse(from);
        Subject end = Subject.parse(to);
        LinkPath path = visible(caller, start) && visible(caller, end) ? links.path(caller, start, end, maxHops)
                : new LinkPath(List.of(), List.of());
        audit.record(AuditEvent.ok(caller, AuditAction.FIND_PATH, List.of(), Map.of("from", start.id(), "to", end.id(),
                "max_hops", maxHops, "path", path.nodes().stream().map(LinkPath.Node::id).toList())));
        return path;
    }

    /** One row per line, in order; blank lines are kept as rows without matches so that numbering holds. */
    public List<BatchRow> batch(Caller caller, List<String> lines) {
        Readers.require(audit, caller, AuditAction.BATCH_SEARCH, List.of());
        if (lines.size() > MAX_BATCH_LINES) {
            throw new IllegalArgumentException("A batch search takes at most " + MAX_BATCH_LINES + " lines, not "
                    + lines.size());
        }
        List<List<String>> idsPerLine = new ArrayList<>();
        List<String> namePerLine = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>();
        for (String line : lines) {
            List<String> candidates = Identifiers.interpret(line).stream().map(EntityId::toString).toList();
            String name = candidates.isEmpty() && line.chars().noneMatch(Character::isDigit)
                    ? PersonNames.normalise(line) : "";
            idsPerLine.add(candidates);
            namePerLine.add(name);
            ids.addAll(candidates);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        Map<String, EntityHit> found = index.exactly(caller, ids, names);
        List<BatchRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<EntityHit> matches = new ArrayList<>();
            idsPerLine.get(i).stream().map(found::get).filter(java.util.Objects::nonNull).forEach(matches::add);
            if (!namePerLine.get(i).isEmpty() && found.containsKey(Subject.NAME + namePerLine.get(i))) {
                matches.add(found.get(Subject.NAME + namePerLine.get(i)));
            }
            rows.add(new BatchRow(i + 1, lines.get(i), matches));
        }
        audit.record(AuditEvent.ok(caller, AuditAction.BATCH_SEARCH, List.of(), Map.of("lines", lines,
                "matched", rows.stream().filter(r -> !r.matches().isEmpty()).count())));
        return rows;
    }

    /** The entities a document mentions, with offsets into its text; empty when the caller may not open it. */
    public Optional<List<ReportDocument.EntityMention>> documentEntities(Caller caller, DocumentId id) {
        Readers.require(audit, caller, AuditAction.VIEW_DOCUMENT_ENTITIES, List.of(id.value()));
        Optional<List<ReportDocument.EntityMention>> mentions;
        try {
            var response = client.search(s -> s.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                    .size(1).source(src -> src.filter(f -> f.includes(Fields.MENTIONS, "id")))
                    .query(q -> q.bool(b -> b.filter(f -> f.ids(i -> i.values(id.value()))).filter(Scope.of(caller)))),
                    ReportDocument.class);
            mentions = response.hits().hits().stream().findFirst()
                    .map(h -> h.source() == null || h.source().entities() == null ? List.of()
                            : h.source().entities().mentions());
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
        audit.record(new AuditEvent(caller, AuditAction.VIEW_DOCUMENT_ENTITIES,
                mentions.isPresent() ? AuditOutcome.OK : AuditOutcome.NOT_FOUND, List.of(id.value()),
                Map.of("mentions", mentions.map(List::size).orElse(0))));
        return mentions;
    }

    private boolean visible(Caller caller, Subject subject) {
        return count(Scope.of(caller), subject) > 0;
    }

    /** For the auditor only: an entity held outside the caller's scope is DENIED, one held nowhere NOT_FOUND. */
    private AuditOutcome outcome(boolean found, Subject subject) {
        if (found) {
            return AuditOutcome.OK;
        }
        return count(null, subject) > 0 ? AuditOutcome.DENIED : AuditOutcome.NOT_FOUND;
    }

    private long count(co.elastic.clients.elasticsearch._types.query_dsl.Query scope, Subject subject) {
        try {
            return client.count(c -> c.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                    .query(q -> q.bool(b -> {
                        b.filter(subject.filter());
                        if (scope != null) {
                            b.filter(scope);
                        }
                        return b;
                    }))).count();
        } catch (IOException e) {
            throw new UncheckedIOException("Elasticsearch could not be reached", e);
        }
    }
}
