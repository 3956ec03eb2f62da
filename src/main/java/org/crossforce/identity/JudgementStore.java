package org.crossforce.identity;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Analysts' judgements, kept for ever in the relational store. */
@Repository
class JudgementStore {

    /** What an analyst did: a judgement on one pair, or a split or merge stored as its pairs. */
    enum Kind {
        CONFIRM, REJECT, SPLIT, MERGE
    }

    private final JdbcClient jdbc;

    JudgementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    void save(List<Judgement> judgements, Kind kind) {
        for (Judgement j : judgements) {
            jdbc.sql("INSERT INTO identity_judgement (record_a, record_b, same, kind, username, judged_at, reason) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(j.a(), j.b(), j.same(), kind.name(), j.user(), OffsetDateTime.ofInstant(j.at(), ZoneOffset.UTC),
                            j.reason())
                    .update();
        }
    }

    List<Judgement> all() {
        return jdbc.sql("SELECT record_a, record_b, same, username, judged_at, reason FROM identity_judgement ORDER BY id")
                .query((rs, n) -> new Judgement(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getString(6)))
                .list();
    }

    /** The judgements touching any of these records, newest first. */
    List<StoredJudgement> about(List<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, record_a, record_b, same, kind, username, judged_at, reason FROM identity_judgement "
                        + "WHERE record_a IN (:keys) OR record_b IN (:keys) ORDER BY id DESC")
                .param("keys", keys)
                .query((rs, n) -> new StoredJudgement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getString(5), rs.getString(6), rs.getObject(7, OffsetDateTime.class).toInstant(),
                        rs.getString(8)))
                .list();
    }
}
