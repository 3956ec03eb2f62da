package org.crossforce.identity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Each person record's identity as last resolved: what keeps ids stable and answers the export. */
@Repository
class AssignmentStore {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final org.springframework.jdbc.core.JdbcTemplate batches;

    AssignmentStore(JdbcClient jdbc, org.springframework.jdbc.core.JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** One row of the export. */
    record Assignment(String recordKey, String identityId, String documentId, String force, String sourceSystem,
            String sourceKey) {
    }

    Map<String, String> identities() {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT record_key, identity_id FROM identity_assignment")
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    /** Replaces every assignment with these: a full run's outcome. */
    @Transactional
    void replaceAll(List<Assignment> all) {
        jdbc.sql("DELETE FROM identity_assignment").update();
        for (int from = 0; from < all.size(); from += BATCH) {
            List<Assignment> batch = all.subList(from, Math.min(all.size(), from + BATCH));
            insert(batch);
        }
    }

    /** Adds or moves these records. */
    @Transactional
    void upsert(List<Assignment> changed) {
        if (changed.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM identity_assignment WHERE record_key IN (:keys)")
                .param("keys", changed.stream().map(Assignment::recordKey).toList()).update();
        insert(changed);
    }

    private void insert(List<Assignment> batch) {
        batches.batchUpdate("INSERT INTO identity_assignment (record_key, identity_id, document_id, force, source_system, "
                        + "source_key) VALUES (?, ?, ?, ?, ?, ?)",
                batch.stream().map(a -> new Object[] {a.recordKey(), a.identityId(), a.documentId(), a.force(),
                        a.sourceSystem(), a.sourceKey()}).toList());
    }

    /** The assignments of one source system, or of all when it is null, in key order. */
    List<Assignment> of(String sourceSystem) {
        String sql = "SELECT record_key, identity_id, document_id, force, source_system, source_key FROM identity_assignment"
                + (sourceSystem == null ? "" : " WHERE source_system = :system") + " ORDER BY source_system, source_key";
        var statement = jdbc.sql(sql);
        if (sourceSystem != null) {
            statement = statement.param("system", sourceSystem);
        }
        return statement.query((rs, n) -> new Assignment(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getString(4), rs.getString(5), rs.getString(6))).list();
    }
}
