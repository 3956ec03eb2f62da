package org.crossforce.intake;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.Marking;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Deletes what the police may not keep: reports never accepted, with their files and messages,
 * once their retention period has passed since their last activity (unless the reporter agreed to
 * their transfer), and files sent for reports that were never finished.
 */
@Component
public class Retention {

    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private static final Caller RETENTION = new Caller("(retention)", Set.of(), Set.of(), Marking.OFFICIAL,
            "retention period ended", "Crossforce", List.of());

    private final ReportStore reports;
    private final Shelf shelf;
    private final AuditTrail audit;
    private final IntakeProperties properties;

    Retention(ReportStore reports, Shelf shelf, AuditTrail audit, IntakeProperties properties) {
        this.reports = reports;
        this.shelf = shelf;
        this.audit = audit;
        this.properties = properties;
    }

    /** @return how many reports were deleted */
    public int run(Instant now) {
        int deleted = 0;
        for (StoredReport report : reports.expired(now.minus(properties.retention()))) {
            List<StagedFile> files = reports.files(report.reference());
            reports.delete(report.reference());
            files.forEach(f -> shelf.delete(f.id()));
            audit.record(AuditEvent.ok(RETENTION, AuditAction.DELETE_PUBLIC_REPORT, List.of(report.reference()),
                    Map.of("force", report.force().value(), "status", report.status().name(), "files", files.size(),
                            "last_activity", report.lastActivity().toString(),
                            "retention", properties.retention().toString())));
            deleted++;
        }
        for (String id : reports.unclaimed(now.minus(properties.stagedLifetime()))) {
            reports.deleteFile(id);
            shelf.delete(id);
        }
        if (deleted > 0) {
            log.info("Deleted {} public reports whose retention period had ended", deleted);
        }
        return deleted;
    }
}
