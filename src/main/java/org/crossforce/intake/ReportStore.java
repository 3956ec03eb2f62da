package org.crossforce.intake;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.crossforce.shared.ForceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Public reports, their links, messages and files, in the relational store. */
@Repository
class ReportStore {

    private static final String COLUMNS = "reference, force, kind, appeal_id, status, seriousness, answers, latitude, "
            + "longitude, place, reporter_name, reporter_email, reporter_phone, anonymous, consent_transfer, "
            + "submitted_at, last_activity, decided_at, decided_by, decision_note, duplicate_of, record_id, marking, "
            + "handling";

    private final JdbcClient jdbc;

    ReportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores a new report with its first link and claims its staged files, in one transaction.
     *
     * @throws SubmissionRefusedException when a file is no longer waiting (expired, or already sent)
     */
    @Transactional
    void insert(StoredReport r, String linkHash, Instant linkExpires, List<String> files) {
        jdbc.sql("INSERT INTO public_report (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.reference(), r.force().value(), r.kind().name(), r.appealId(), r.status().name(),
                        r.seriousness(), r.answers().json(), r.latitude(), r.longitude(), r.place(),
                        r.reporter().name(), r.reporter().email(), r.reporter().phone(), r.reporter().anonymous(),
                        r.consent(), at(r.submitted()), at(r.lastActivity()), null, null, null, null, null, null, null)
                .update();
        addLink(r.reference(), linkHash, r.submitted(), linkExpires);
        claim(r.reference(), null, files);
    }

    void addLink(String reference, String hash, Instant created, Instant expires) {
        jdbc.sql("INSERT INTO public_link (token_hash, reference, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(hash, reference, at(created), at(expires)).update();
    }

    /** Moves a link's expiry on: a link in use keeps working. */
    void extendLink(String hash, Instant expires) {
        jdbc.sql("UPDATE public_link SET expires_at = ? WHERE token_hash = ? AND expires_at < ?")
                .params(at(expires), hash, at(expires)).update();
    }

    Optional<StoredReport> byLink(String hash, Instant now) {
        return jdbc.sql("SELECT " + prefixed() + " FROM public_report r JOIN public_link l ON l.reference = r.reference "
                        + "WHERE l.token_hash = ? AND l.expires_at > ?")
                .params(hash, at(now)).query(ReportStore::report).optional();
    }

    Optional<StoredReport> find(String reference) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_report WHERE reference = ?").param(reference)
                .query(ReportStore::report).optional();
    }

    /** Most serious first, then oldest. */
    List<StoredReport> queue(ForceCode force, Collection<ReportStatus> statuses, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_report WHERE force = :force AND status IN (:statuses) "
                        + "ORDER BY seriousness DESC, submitted_at ASC, reference LIMIT :limit")
                .param("force", force.value()).param("statuses", statuses.stream().map(Enum::name).toList())
                .param("limit", limit).query(ReportStore::report).list();
    }

    /** How many files each report has, by reference: one query for a whole queue. */
    java.util.Map<String, Integer> fileCounts(List<String> references) {
        if (references.isEmpty()) {
            return java.util.Map.of();
        }
        return jdbc.sql("SELECT reference, COUNT(*) FROM public_file WHERE reference IN (:refs) GROUP BY reference")
                .param("refs", references)
                .query((rs, n) -> java.util.Map.entry(rs.getString(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    long count(ForceCode force, Collection<ReportStatus> statuses) {
        return jdbc.sql("SELECT COUNT(*) FROM public_report WHERE force = :force AND status IN (:statuses)")
                .param("force", force.value()).param("statuses", statuses.stream().map(Enum::name).toList())
                .query(Long.class).single();
    }

    @Transactional
    long addMessage(String reference, boolean fromPolice, String officer, String body, Instant at, List<String> files) {
        var key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO public_message (reference, sent_at, author, officer, body) VALUES (?, ?, ?, ?, ?)")
                .params(reference, at(at), fromPolice ? "POLICE" : "PUBLIC", officer, body).update(key, "id");
        long id = key.getKeyAs(Long.class);
        claim(reference, id, files);
        touch(reference, at);
        return id;
    }

    List<FollowUp.Message> messages(String reference) {
        List<StagedFile> noFiles = List.of();
        record Row(long id, FollowUp.Message message) {
        }
        List<Row> rows = jdbc.sql("SELECT id, sent_at, author, body FROM public_message WHERE reference = ? ORDER BY id")
                .param(reference)
                .query((rs, n) -> new Row(rs.getLong(1), new FollowUp.Message(instant(rs, 2),
                        "POLICE".equals(rs.getString(3)), rs.getString(4), List.of())))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        var names = jdbc.sql("SELECT message_id, name FROM public_file WHERE reference = ? AND message_id IS NOT NULL "
                        + "ORDER BY staged_at, id")
                .param(reference).query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list();
        return rows.stream().map(row -> new FollowUp.Message(row.message().sent(), row.message().fromPolice(),
                row.message().body(), names.stream().filter(e -> e.getKey() == row.id()).map(java.util.Map.Entry::getValue)
                        .toList())).toList();
    }

    void touch(String reference, Instant at) {
        jdbc.sql("UPDATE public_report SET last_activity = ? WHERE reference = ?").params(at(at), reference).update();
    }

    /** From NEW to OPENED; false when it was no longer new. */
    boolean markOpened(String reference) {
        return jdbc.sql("UPDATE public_report SET status = 'OPENED' WHERE reference = ? AND status = 'NEW'")
                .param(reference).update() == 1;
    }

    /** Records a decision on a report still open; false when someone decided first. */
    boolean decide(String reference, ReportStatus status, Instant at, String by, String note, String duplicateOf,
            String recordId, String marking, String handling) {
        return jdbc.sql("UPDATE public_report SET status = ?, decided_at = ?, decided_by = ?, decision_note = ?, "
                        + "duplicate_of = ?, record_id = ?, marking = ?, handling = ?, last_activity = ? "
                        + "WHERE reference = ? AND status IN ('NEW', 'OPENED')")
                .params(status.name(), at(at), by, note, duplicateOf, recordId, marking, handling, at(at), reference)
                .update() == 1;
    }

    void insertStaged(StagedFile file, String sha256, Instant at) {
        jdbc.sql("INSERT INTO public_file (id, reference, message_id, name, media_type, size_bytes, sha256, latitude, "
                        + "longitude, taken_at, staged_at) VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(file.id(), file.name(), file.mediaType(), file.size(), sha256, file.latitude(),
                        file.longitude(), file.takenAt() == null ? null : at(file.takenAt()), at(at))
                .update();
    }

    Optional<StagedFile> staged(String id) {
        return jdbc.sql("SELECT id, name, media_type, size_bytes, latitude, longitude, taken_at FROM public_file "
                        + "WHERE id = ? AND reference IS NULL")
                .param(id).query(ReportStore::file).optional();
    }

    List<StagedFile> files(String reference) {
        return jdbc.sql("SELECT id, name, media_type, size_bytes, latitude, longitude, taken_at FROM public_file "
                        + "WHERE reference = ? ORDER BY staged_at, id")
                .param(reference).query(ReportStore::file).list();
    }

    /** Staged files older than the given instant that no report claimed. */
    List<String> unclaimed(Instant before) {
        return jdbc.sql("SELECT id FROM public_file WHERE reference IS NULL AND staged_at < ?").param(at(before))
                .query(String.class).list();
    }

    /** Reports never accepted, last touched before the instant, whose reporters did not agree to keeping them. */
    List<StoredReport> expired(Instant before) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM public_report WHERE status <> 'ACCEPTED' AND consent_transfer = FALSE "
                        + "AND last_activity < ?")
                .param(at(before)).query(ReportStore::report).list();
    }

    @Transactional
    void delete(String reference) {
        jdbc.sql("DELETE FROM public_file WHERE reference = ?").param(reference).update();
        jdbc.sql("DELETE FROM public_message WHERE reference = ?").param(reference).update();
        jdbc.sql("DELETE FROM public_link WHERE reference = ?").param(reference).update();
        jdbc.sql("DELETE FROM public_report WHERE reference = ?").param(reference).update();
    }

    void deleteFile(String id) {
        jdbc.sql("DELETE FROM public_file WHERE id = ?").param(id).update();
    }

    private void claim(String reference, Long messageId, List<String> files) {
        for (String id : files) {
            int claimed = jdbc.sql("UPDATE public_file SET reference = ?, message_id = ? WHERE id = ? AND reference IS NULL")
                    .params(reference, messageId, id).update();
            if (claimed != 1) {
                throw new SubmissionRefusedException("A file you added is no longer waiting: files are kept for a day "
                        + "before the report is sent. Add it again.");
            }
        }
    }

    private static String prefixed() {
        return java.util.Arrays.stream(COLUMNS.split(", ")).map(c -> "r." + c).collect(java.util.stream.Collectors.joining(", "));
    }

    private static StoredReport report(ResultSet rs, int n) throws SQLException {
        return new StoredReport(rs.getString(1), new ForceCode(rs.getString(2)), ReportKind.valueOf(rs.getString(3)),
                rs.getString(4), ReportStatus.valueOf(rs.getString(5)), rs.getInt(6), Answers.read(rs.getString(7)),
                rs.getObject(8, Double.class), rs.getObject(9, Double.class), rs.getString(10),
                new Reporter(rs.getString(11), rs.getString(12), rs.getString(13), rs.getBoolean(14)),
                rs.getBoolean(15), instant(rs, 16), instant(rs, 17), instant(rs, 18), rs.getString(19), rs.getString(20),
                rs.getString(21), rs.getString(22), rs.getString(23), rs.getString(24));
    }

    private static StagedFile file(ResultSet rs, int n) throws SQLException {
        return new StagedFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                rs.getObject(5, Double.class), rs.getObject(6, Double.class), instant(rs, 7));
    }

    static OffsetDateTime at(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
