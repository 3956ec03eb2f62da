package org.crossforce.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Roles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit chain and reads it. An entry is written, in its own transaction, before
 * the data it records is handed out: a look that could not be recorded does not happen.
 */
@Service
public class AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** Who looked at what is itself sensitive. */
    public static final String MARKING = "OFFICIAL-SENSITIVE";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    public AuditTrail(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** Appends the event to the chain; the head row's lock orders appends across instances. */
    public AuditEntry record(AuditEvent event) {
        Caller caller = event.caller();
        return transactions.execute(status -> {
            Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1 FOR UPDATE")
                    .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).single();
            // Taken under the lock, so that a later entry never has an earlier time. Databases keep
            // microseconds at best: the hash must cover what is stored.
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            AuditEntry unsigned = new AuditEntry(head.seq() + 1, at, caller.user(),
                    caller.roles().stream().sorted().toList(),
                    caller.forces().stream().map(ForceCode::value).sorted().toList(), caller.address(),
                    caller.purpose(), event.action(), event.outcome(), JSON.writeValueAsString(event.records()),
                    JSON.writeValueAsString(event.details()), head.hash(), "");
            AuditEntry entry = signed(unsigned);
            jdbc.sql("""
                    INSERT INTO audit_entry (seq, at, user_name, roles, forces, address, purpose, action, outcome,
                        records, details, previous_hash, hash)
                    VALUES (:seq, :at, :user, :roles, :forces, :address, :purpose, :action, :outcome,
                        :records, :details, :previous, :hash)""")
                    .param("seq", entry.seq()).param("at", entry.at().atOffset(java.time.ZoneOffset.UTC))
                    .param("user", entry.user()).param("roles", String.join(",", entry.roles()))
                    .param("forces", String.join(",", entry.forces())).param("address", entry.address())
                    .param("purpose", entry.purpose()).param("action", entry.action().name())
                    .param("outcome", entry.outcome().name()).param("records", entry.records())
                    .param("details", entry.details()).param("previous", entry.previousHash())
                    .param("hash", entry.hash())
                    .update();
            jdbc.sql("UPDATE audit_head SET seq = :seq, hash = :hash WHERE id = 1")
                    .param("seq", entry.seq()).param("hash", entry.hash()).update();
            return entry;
        });
    }

    /** The latest entries that match, newest first. */
    public List<AuditEntry> find(AuditFilter filter, int limit) {
        StringBuilder sql = new StringBuilder("SELECT * FROM audit_entry WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        filter.user().ifPresent(user -> {
            sql.append(" AND user_name = ?");
            params.add(user);
        });
        filter.action().ifPresent(action -> {
            sql.append(" AND action = ?");
            params.add(action.name());
        });
        filter.record().ifPresent(record -> {
            // Ids are quoted in the stored JSON list, so one id never matches inside another.
            sql.append(" AND records LIKE ? ESCAPE '!'");
            params.add("%\"" + like(record) + "\"%");
        });
        filter.force().ifPresent(force -> {
            sql.append(" AND (',' || forces || ',') LIKE ? ESCAPE '!'");
            params.add("%," + like(force) + ",%");
        });
        filter.purpose().ifPresent(purpose -> {
            sql.append(" AND LOWER(purpose) LIKE LOWER(?) ESCAPE '!'");
            params.add("%" + like(purpose) + "%");
        });
        filter.from().ifPresent(from -> {
            sql.append(" AND at >= ?");
            params.add(from.atOffset(java.time.ZoneOffset.UTC));
        });
        filter.to().ifPresent(to -> {
            sql.append(" AND at < ?");
            params.add(to.atOffset(java.time.ZoneOffset.UTC));
        });
        sql.append(" ORDER BY seq DESC LIMIT ").append(Math.max(1, limit));
        return jdbc.sql(sql.toString()).params(params).query((rs, n) -> entry(rs)).list();
    }

    /** The entries an auditor asked for, newest first; the look at the trail is itself on the trail. */
    public List<AuditEntry> search(Caller auditor, AuditFilter filter, int limit) {
        if (!auditor.hasAnyRole(List.of(Roles.AUDITOR))) {
            record(new AuditEvent(auditor, AuditAction.VIEW_AUDIT_TRAIL, AuditOutcome.DENIED, List.of(),
                    java.util.Map.of("filter", filter.toString())));
            auditor.requireAnyRole("read the audit trail", List.of(Roles.AUDITOR));
        }
        List<AuditEntry> entries = find(filter, limit);
        record(AuditEvent.ok(auditor, AuditAction.VIEW_AUDIT_TRAIL, List.of(), java.util.Map.of("filter",
                filter.toString(), "entries", entries.size())));
        return entries;
    }

    /**
     * Writes the entries that match as CSV, under a line that carries the trail's marking, who
     * exported it and when; the export is itself recorded. Answers how many entries were written.
     */
    public int export(Caller exporter, AuditFilter filter, int limit, java.io.Writer out) throws java.io.IOException {
        exporter.requireAnyRole("export the audit trail", List.of(Roles.AUDITOR));
        List<AuditEntry> entries = find(filter, limit);
        record(AuditEvent.ok(exporter, AuditAction.EXPORT, List.of(), java.util.Map.of("what", "audit trail",
                "filter", filter.toString(), "entries", entries.size())));
        org.apache.commons.csv.CSVPrinter csv = org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setCommentMarker('#').get().print(out);
        csv.printComment(MARKING + " - Crossforce audit trail (" + filter + "), exported by " + exporter.user()
                + " at " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ". " + entries.size() + " entries.");
        csv.printRecord("seq", "at", "user", "roles", "forces", "address", "purpose", "action", "outcome", "records",
                "details", "hash");
        for (AuditEntry e : entries) {
            csv.printRecord(e.seq(), e.at(), e.user(), String.join(" ", e.roles()), String.join(" ", e.forces()),
                    e.address(), e.purpose(), e.action(), e.outcome(), e.records(), e.details(), e.hash());
        }
        csv.flush();
        return entries.size();
    }

    /**
     * Recomputes the chain from the first entry up to the head as it stood when the check began
     * (entries appended meanwhile are for the next check); names the first entry that does not hold.
     */
    public Verification verify() {
        Head head = jdbc.sql("SELECT seq, hash FROM audit_head WHERE id = 1")
                .query((rs, n) -> new Head(rs.getLong("seq"), rs.getString("hash"))).single();
        String previous = ChainHash.GENESIS;
        long expected = 1;
        long checked = 0;
        final int page = 1000;
        while (expected <= head.seq()) {
            List<AuditEntry> entries = jdbc.sql("SELECT * FROM audit_entry WHERE seq >= :from AND seq <= :last "
                    + "ORDER BY seq LIMIT " + page)
                    .param("from", expected).param("last", head.seq()).query((rs, n) -> entry(rs)).list();
            if (entries.isEmpty()) {
                break;
            }
            for (AuditEntry entry : entries) {
                if (entry.seq() != expected) {
                    return Verification.broken(checked, expected, "entry " + expected + " is missing");
                }
                if (!entry.previousHash().equals(previous)) {
                    return Verification.broken(checked, entry.seq(), "entry " + entry.seq()
                            + " does not follow the entry before it (its previous hash differs)");
                }
                if (!entry.intact()) {
                    return Verification.broken(checked, entry.seq(), "entry " + entry.seq()
                            + " was changed after it was written (its hash does not match its fields)");
                }
                previous = entry.hash();
                expected++;
                checked++;
            }
        }
        if (checked != head.seq() || !head.hash().equals(previous)) {
            return Verification.broken(checked, checked + 1, "the chain ends at entry " + checked
                    + " but " + head.seq() + " entries were written: the last ones were removed");
        }
        return Verification.intact(checked);
    }

    /** Text matched as it is inside a LIKE pattern: its wildcards, and the escape character, escaped. */
    private static String like(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static AuditEntry signed(AuditEntry e) {
        String hash = ChainHash.of(e.previousHash(), e.hashedFields());
        return new AuditEntry(e.seq(), e.at(), e.user(), e.roles(), e.forces(), e.address(), e.purpose(), e.action(),
                e.outcome(), e.records(), e.details(), e.previousHash(), hash);
    }

    private static AuditEntry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new AuditEntry(rs.getLong("seq"), rs.getObject("at", java.time.OffsetDateTime.class).toInstant(), rs.getString("user_name"),
                split(rs.getString("roles")), split(rs.getString("forces")), rs.getString("address"),
                rs.getString("purpose"), AuditAction.valueOf(rs.getString("action")),
                AuditOutcome.valueOf(rs.getString("outcome")), rs.getString("records"), rs.getString("details"),
                rs.getString("previous_hash"), rs.getString("hash"));
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }

    private record Head(long seq, String hash) {
    }

    /**
     * @param checked      how many entries held, from the first
     * @param firstBroken  the first entry that does not hold, when one does not
     */
    public record Verification(long checked, Optional<Long> firstBroken, String reason) {

        static Verification intact(long checked) {
            return new Verification(checked, Optional.empty(), null);
        }

        static Verification broken(long checked, long seq, String reason) {
            return new Verification(checked, Optional.of(seq), reason);
        }

        public boolean isIntact() {
            return firstBroken.isEmpty();
        }
    }
}
