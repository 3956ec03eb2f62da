package org.crossforce.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.forces.Forces;
import org.crossforce.ingestion.Channel;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestService;
import org.crossforce.ingestion.StagingDirectory;
import org.crossforce.shared.Caller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.springframework.stereotype.Service;

/**
 * The police side of public reports: a force's intake queue, and an officer's decisions on each
 * report. Only intake officers of the report's force see it; every step is in the audit trail.
 */
@Service
public class IntakeService {

    /** The statuses an intake queue shows unless asked otherwise. */
    public static final Set<ReportStatus> WAITING = EnumSet.of(ReportStatus.NEW, ReportStatus.OPENED);

    private final ReportStore reports;
    private final AppealStore appeals;
    private final Shelf shelf;
    private final Forces forces;
    private final IngestService ingestion;
    private final StagingDirectory staging;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final IntakeAccess access;
    private final IntakeProperties properties;
    private final Clock clock = Clock.systemUTC();

    IntakeService(ReportStore reports, AppealStore appeals, Shelf shelf, Forces forces, IngestService ingestion,
            StagingDirectory staging, Notifier notifier, AuditTrail audit, IntakeAccess access,
            IntakeProperties properties) {
        this.reports = reports;
        this.appeals = appeals;
        this.shelf = shelf;
        this.forces = forces;
        this.ingestion = ingestion;
        this.staging = staging;
        this.notifier = notifier;
        this.audit = audit;
        this.access = access;
        this.properties = properties;
    }

    /** The forces whose intake the caller works; empty for anyone who is not an intake officer. */
    public List<ForceCode> desks(Caller caller) {
        return caller.hasAnyRole(IntakeAccess.INTAKE) ? caller.forces().stream().sorted().toList() : List.of();
    }

    /** A force's reports in these statuses, most serious first, then oldest. */
    public List<IntakeItem> queue(Caller caller, ForceCode force, Collection<ReportStatus> statuses, int limit) {
        allow(caller, force, AuditAction.VIEW_INTAKE_QUEUE, List.of());
        List<StoredReport> found = reports.queue(force, statuses.isEmpty() ? WAITING : statuses, Math.min(limit, 1000));
        Map<String, Integer> files = reports.fileCounts(found.stream().map(StoredReport::reference).toList());
        List<IntakeItem> items = found.stream().map(r -> item(r, files.getOrDefault(r.reference(), 0))).toList();
        audit.record(AuditEvent.ok(caller, AuditAction.VIEW_INTAKE_QUEUE, List.of(),
                Map.of("force", force.value(), "statuses", statuses.toString(), "shown", items.size())));
        return items;
    }

    /** How many of a force's reports wait for a decision. */
    public long waiting(Caller caller, ForceCode force) {
        allow(caller, force, AuditAction.VIEW_INTAKE_QUEUE, List.of());
        return reports.count(force, WAITING);
    }

    /** Opens a report: a new one is then shown to its reporter as being looked at. */
    public IntakeReport open(Caller caller, String reference) {
        StoredReport report = visible(caller, reference, AuditAction.OPEN_PUBLIC_REPORT);
        if (reports.markOpened(report.reference())) {
            report = reports.find(report.reference()).orElseThrow();
        }
        audit.record(AuditEvent.ok(caller, AuditAction.OPEN_PUBLIC_REPORT, List.of(report.reference()),
                Map.of("force", report.force().value())));
        return details(report);
    }

    /**
     * Accepts a report: it is handed to ingestion with its files as one job, and becomes a record
     * of its force with the marking and handling code given.
     */
    public IntakeReport accept(Caller caller, String reference, Marking marking, Handling handling) {
        StoredReport report = undecided(caller, reference, AuditAction.ACCEPT_PUBLIC_REPORT);
        List<StagedFile> files = reports.files(report.reference());
        Path directory = staging.path().resolve("portal-" + report.reference() + "-" + System.nanoTime());
        Path export = ReportExport.write(report, files, reports.messages(report.reference()),
                forces.nameOf(report.force()), directory);
        List<IncomingFile> incoming = new java.util.ArrayList<>();
        incoming.add(new IncomingFile(export.getFileName().toString(), export, "portal " + report.reference()));
        files.forEach(f -> incoming.add(new IncomingFile(f.name(), shelf.path(f.id()), "portal " + report.reference())));
        String job;
        try {
            job = ingestion.accept(caller, report.force(), incoming,
                    new IngestOptions(marking, handling, ReportExport.SOURCE_SYSTEM, Channel.PORTAL));
        } finally {
            deleteQuietly(export, directory);
        }
        String record = DocumentId.forRecord(report.force(), ReportExport.SOURCE_SYSTEM, report.reference()).value();
        Instant now = clock.instant();
        decided(report, reports.decide(report.reference(), ReportStatus.ACCEPTED, now, caller.user(), null, null, record,
                marking.label(), handling.name()));
        audit.record(AuditEvent.ok(caller, AuditAction.ACCEPT_PUBLIC_REPORT, List.of(report.reference(), record),
                details("force", report.force().value(), "marking", marking.label(), "handling", handling.name(),
                        "job", job, "files", files.size())));
        return details(reports.find(report.reference()).orElseThrow());
    }

    /** Joins a report to an earlier one about the same thing, of the same force. */
    public IntakeReport markDuplicate(Caller caller, String reference, String original) {
        StoredReport report = undecided(caller, reference, AuditAction.MARK_DUPLICATE);
        String earlier = Links.normaliseReference(original);
        StoredReport other = reports.find(earlier).filter(o -> o.force().equals(report.force()))
                .orElseThrow(() -> new IllegalArgumentException("There is no report " + earlier + " of "
                        + forces.nameOf(report.force()) + " to join this one to."));
        if (other.reference().equals(report.reference())) {
            throw new IllegalArgumentException("A report cannot duplicate itself.");
        }
        decided(report, reports.decide(report.reference(), ReportStatus.DUPLICATE, clock.instant(), caller.user(), null,
                other.reference(), null, null, null));
        audit.record(AuditEvent.ok(caller, AuditAction.MARK_DUPLICATE, List.of(report.reference(), other.reference()),
                Map.of("force", report.force().value())));
        return details(reports.find(report.reference()).orElseThrow());
    }

    /** Closes a report without a record; the reason is what its reporter reads. */
    public IntakeReport close(Caller caller, String reference, String reason) {
        StoredReport report = undecided(caller, reference, AuditAction.CLOSE_PUBLIC_REPORT);
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Give the reason for closing: the reporter reads it.");
        }
        decided(report, reports.decide(report.reference(), ReportStatus.CLOSED, clock.instant(), caller.user(),
                reason.strip(), null, null, null, null));
        audit.record(AuditEvent.ok(caller, AuditAction.CLOSE_PUBLIC_REPORT, List.of(report.reference()),
                Map.of("force", report.force().value(), "reason", reason.strip())));
        return details(reports.find(report.reference()).orElseThrow());
    }

    /** Writes to the reporter, who reads it behind their link and, with an email, is told of it. */
    public IntakeReport reply(Caller caller, String reference, String text) {
        StoredReport report = visible(caller, reference, AuditAction.REPLY_TO_REPORTER);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Write the message first.");
        }
        Instant now = clock.instant();
        reports.addMessage(report.reference(), true, caller.user(), text.strip(), now, List.of());
        boolean emailed = false;
        if (notifier.canWrite(report.reporter())) {
            String secret = Links.newSecret();
            reports.addLink(report.reference(), Links.hash(secret), now, now.plus(properties.linkLifetime()));
            emailed = notifier.newMessage(report, forces.nameOf(report.force()), secret);
        }
        audit.record(AuditEvent.ok(caller, AuditAction.REPLY_TO_REPORTER, List.of(report.reference()),
                Map.of("force", report.force().value(), "emailed", emailed)));
        return details(reports.find(report.reference()).orElseThrow());
    }

    /** A file the reporter sent, for the officer's eyes. */
    public FileContent file(Caller caller, String reference, String fileId) {
        StoredReport report = visible(caller, reference, AuditAction.DOWNLOAD_PUBLIC_FILE);
        StagedFile file = reports.files(report.reference()).stream().filter(f -> f.id().equals(fileId)).findFirst()
                .orElseThrow(() -> new ReportNotFoundException(reference + " file " + fileId));
        audit.record(AuditEvent.ok(caller, AuditAction.DOWNLOAD_PUBLIC_FILE, List.of(report.reference()),
                Map.of("force", report.force().value(), "file", file.name())));
        return new FileContent(file.name(), file.mediaType(), file.size(), shelf.path(file.id()));
    }

    private static IntakeItem item(StoredReport r, int files) {
        return new IntakeItem(r.reference(), r.force(), r.kind(), r.answers().category(), r.answers().strands(),
                r.status(), r.seriousness(), r.submitted(), r.place(), r.summary(), files, r.appealId());
    }

    private IntakeReport details(StoredReport r) {
        Answers a = r.answers();
        IntakeReport.Decision decision = r.decidedAt() == null ? null : new IntakeReport.Decision(r.decidedAt(),
                r.decidedBy(), r.decisionNote(), r.recordId(), r.duplicateOf(), r.marking(), r.handling());
        String appealTitle = r.appealId() == null ? null
                : appeals.find(r.appealId(), forces::nameOf).map(PublicAppeal::title).orElse(null);
        List<StagedFile> files = reports.files(r.reference());
        return new IntakeReport(item(r, files.size()), a.description(), a.occurredOn(), a.occurredAt(), a.ongoing(),
                a.anyoneHurt(), a.involved(), r.reporter(), r.consent(), r.latitude(), r.longitude(), a.placeFound(),
                files, reports.messages(r.reference()), decision, appealTitle);
    }

    private StoredReport undecided(Caller caller, String reference, AuditAction action) {
        StoredReport report = visible(caller, reference, action);
        if (!report.status().open()) {
            throw new IllegalStateException(report.reference() + " was already decided: "
                    + report.status().label().toLowerCase(java.util.Locale.ROOT) + " by " + report.decidedBy() + ".");
        }
        return report;
    }

    private void decided(StoredReport report, boolean done) {
        if (!done) {
            throw new IllegalStateException(report.reference() + " was decided by someone else a moment ago: "
                    + "open it again to see what.");
        }
    }

    private StoredReport visible(Caller caller, String reference, AuditAction action) {
        String wanted = Links.normaliseReference(reference);
        return access.visible(caller, wanted, reports.find(wanted).orElse(null), action);
    }

    private void allow(Caller caller, ForceCode force, AuditAction action, List<String> records) {
        access.require(caller, force, action, records, "work public reports", "does not work the intake of");
    }

    private static Map<String, Object> details(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void deleteQuietly(Path file, Path directory) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
