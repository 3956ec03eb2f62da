package org.crossforce.intake;

import static org.crossforce.intake.ReportStore.at;
import static org.crossforce.intake.ReportStore.instant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.crossforce.shared.ForceCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Appeals and their images, in the relational store. */
@Repository
class AppealStore {

    private static final String COLUMNS = "id, force, title, body, place, latitude, longitude, occurred_on, ends_on, "
            + "published_at, published_by, withdrawn_at";

    private final JdbcClient jdbc;

    AppealStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredImage(String id, String name, String mediaType, String caption) {
    }

    @Transactional
    void insert(String id, AppealDraft draft, Instant at, String by, List<StoredImage> images) {
        jdbc.sql("INSERT INTO appeal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)")
                .params(id, draft.force().value(), draft.title(), draft.body(), draft.place(), draft.latitude(),
                        draft.longitude(), draft.occurredOn(), draft.endsOn(), at(at), by)
                .update();
        for (int i = 0; i < images.size(); i++) {
            StoredImage image = images.get(i);
            jdbc.sql("INSERT INTO appeal_image (id, appeal_id, position, name, media_type, caption) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(image.id(), id, i, image.name(), image.mediaType(), image.caption()).update();
        }
    }

    boolean withdraw(String id, Instant at, String by) {
        return jdbc.sql("UPDATE appeal SET withdrawn_at = ?, withdrawn_by = ? WHERE id = ? AND withdrawn_at IS NULL")
                .params(at(at), by, id).update() == 1;
    }

    /** Appeals of a force (or all, for null), newest first; with those ended or withdrawn when asked. */
    List<PublicAppeal> list(ForceCode force, LocalDate today, boolean all, Function<ForceCode, String> names) {
        String where = (force == null ? "1 = 1" : "force = :force")
                + (all ? "" : " AND withdrawn_at IS NULL AND ends_on >= :today");
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM appeal WHERE " + where + " ORDER BY published_at DESC, id");
        if (force != null) {
            spec = spec.param("force", force.value());
        }
        if (!all) {
            spec = spec.param("today", today);
        }
        List<PublicAppeal> appeals = spec.query((rs, n) -> appeal(rs, names, List.of())).list();
        return appeals.stream().map(a -> withImages(a)).toList();
    }

    Optional<PublicAppeal> find(String id, Function<ForceCode, String> names) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM appeal WHERE id = ?").param(id)
                .query((rs, n) -> appeal(rs, names, List.of())).optional().map(this::withImages);
    }

    Optional<StoredImage> image(String appealId, String imageId) {
        return jdbc.sql("SELECT id, name, media_type, caption FROM appeal_image WHERE appeal_id = ? AND id = ?")
                .params(appealId, imageId)
                .query((rs, n) -> new StoredImage(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** How many answers each appeal has had, by appeal id. */
    Map<String, Long> answers(List<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("SELECT appeal_id, COUNT(*) FROM public_report WHERE appeal_id IN (:ids) GROUP BY appeal_id")
                .param("ids", ids)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private PublicAppeal withImages(PublicAppeal appeal) {
        List<PublicAppeal.Image> images = jdbc.sql("SELECT id, media_type, caption FROM appeal_image WHERE appeal_id = ? "
                        + "ORDER BY position")
                .param(appeal.id())
                .query((rs, n) -> new PublicAppeal.Image(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        return new PublicAppeal(appeal.id(), appeal.force(), appeal.forceName(), appeal.title(), appeal.body(),
                appeal.place(), appeal.latitude(), appeal.longitude(), appeal.occurredOn(), appeal.endsOn(), images,
                appeal.publishedAt(), appeal.withdrawnAt());
    }

    private static PublicAppeal appeal(ResultSet rs, Function<ForceCode, String> names, List<PublicAppeal.Image> images)
            throws SQLException {
        ForceCode force = new ForceCode(rs.getString(2));
        return new PublicAppeal(rs.getString(1), force, names.apply(force), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getObject(6, Double.class), rs.getObject(7, Double.class),
                rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), images, instant(rs, 10),
                instant(rs, 12));
    }
}
