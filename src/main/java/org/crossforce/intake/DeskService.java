package org.crossforce.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Marking;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The public desk inside the workbench: what the embedded portal calls, and the intake API serves. */
@Service
class DeskService implements PublicDesk {

    static final int LONGEST_TEXT = 20_000;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final ReportStore reports;
    private final AppealStore appeals;
    private final Shelf shelf;
    private final FileChecks checks;
    private final ForceBoundaries boundaries;
    private final Forces forces;
    private final Notifier notifier;
    private final AuditTrail audit;
    private final IntakeProperties properties;
    private final Clock clock = Clock.systemUTC();

    DeskService(ReportStore reports, AppealStore appeals, Shelf shelf, FileChecks checks, ForceBoundaries boundaries,
            Forces forces, Notifier notifier, AuditTrail audit, IntakeProperties properties) {
        this.reports = reports;
        this.appeals = appeals;
        this.shelf = shelf;
        this.checks = checks;
        this.boundaries = boundaries;
        this.forces = forces;
        this.notifier = notifier;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    public StagedFile stage(String name, InputStream content) {
        String id = Links.newFileId();
        String shown = name == null || name.isBlank() ? "file" : name.strip();
        Shelf.Kept kept = shelf.keep(id, content, properties.maxFileSize().toBytes());
        FileChecks.Checked checked;
        try {
            checked = checks.check(shelf.path(id), shown);
        } catch (RuntimeException refused) {
            shelf.delete(id);
            throw refused;
        }
        StagedFile file = new StagedFile(id, shown, checked.mediaType(), kept.size(), checked.latitude(),
                checked.longitude(), checked.takenAt());
        reports.insertStaged(file, kept.sha256(), clock.instant());
        return file;
    }

    @Override
    public Optional<StagedFile> staged(String id) {
        return id == null || !id.matches("[0-9A-Z]{26}") ? Optional.empty() : reports.staged(id);
    }

    @Override
    public Receipt submit(PublicSubmission submission) {
        ForceCode force = routeOf(submission);
        check(submission);
        Instant now = clock.instant();
        Reporter reporter = submission.kind() == ReportKind.INFORMATION && submission.reporter().anonymous()
                ? Reporter.ANONYMOUS : submission.reporter();
        String secret = Links.newSecret();
        StoredReport stored = null;
        for (int attempt = 0; stored == null; attempt++) {
            StoredReport candidate = new StoredReport(Links.newReference(), force, submission.kind(),
                    submission.appealId(), ReportStatus.NEW,
                    Seriousness.of(submission.kind(), submission.anyoneHurt(), submission.ongoing()),
                    Answers.of(submission), submission.place() == null ? null : submission.place().latitude(),
                    submission.place() == null ? null : submission.place().longitude(),
                    submission.place() == null ? null : submission.place().description(), reporter, submission.consent(),
                    now, now, null, null, null, null, null, null, null);
            try {
                reports.insert(candidate, Links.hash(secret), now.plus(properties.linkLifetime()), submission.files());
                stored = candidate;
            } catch (DuplicateKeyException taken) {
                // 40 random bits: a clash is rare, and a new draw settles it.
                if (attempt == 5) {
                    throw taken;
                }
            }
        }
        audit.record(AuditEvent.ok(publicCaller(submission.sender()), AuditAction.PUBLIC_REPORT,
                List.of(stored.reference()), Map.of("force", force.value(), "kind", submission.kind().name(),
                        "files", submission.files().size())));
        String forceName = forces.nameOf(force);
        boolean emailed = notifier.confirm(stored, forceName, secret);
        return new Receipt(stored.reference(), secret, force, forceName, emailed);
    }

    private ForceCode routeOf(PublicSubmission submission) {
        if (submission.kind() == null) {
            throw new SubmissionRefusedException("Say what you are reporting.");
        }
        if (submission.kind() == ReportKind.APPEAL) {
            PublicAppeal appeal = Optional.ofNullable(submission.appealId()).flatMap(this::appeal)
                    .filter(a -> a.current(LocalDate.now(clock.withZone(UK))))
                    .orElseThrow(() -> new SubmissionRefusedException("That appeal has ended or was withdrawn. "
                            + "You can still report what you know as information about crime."));
            return appeal.force();
        }
        if (submission.place() == null) {
            throw new SubmissionRefusedException("Say where it happened.");
        }
        return boundaries.at(submission.place().latitude(), submission.place().longitude())
                .orElseThrow(() -> new SubmissionRefusedException(OUTSIDE_EVERY_FORCE + "."));
    }

    private void check(PublicSubmission s) {
        if (s.description() == null || s.description().isBlank()) {
            throw new SubmissionRefusedException("Say what happened.");
        }
        if (s.description().length() > LONGEST_TEXT || (s.involved() != null && s.involved().length() > LONGEST_TEXT)) {
            throw new SubmissionRefusedException("What you wrote is longer than " + LONGEST_TEXT
                    + " characters. Shorten it, or send the rest as a reply once your report is in.");
        }
        if (s.kind() == ReportKind.HATE && s.strands().isEmpty()) {
            throw new SubmissionRefusedException("Say what you think the hate crime or incident was motivated by.");
        }
        if (s.files().size() > properties.maxFiles()) {
            throw new SubmissionRefusedException("A report can carry up to " + properties.maxFiles() + " files.");
        }
        if (s.occurredOn() != null && s.occurredOn().isAfter(LocalDate.now(clock.withZone(UK)))) {
            throw new SubmissionRefusedException("The date it happened must be today or in the past.");
        }
    }

    @Override
    public Optional<FollowUp> follow(String link) {
        return byLink(link).map(this::followUp);
    }

    @Override
    public FollowUp reply(String link, String text, List<String> files, String sender) {
        StoredReport report = byLink(link).orElseThrow(() -> new SubmissionRefusedException(
                "This link is not right or has expired. Use the link in your most recent email from the police."));
        FollowUp before = followUp(report);
        if (!before.open()) {
            throw new SubmissionRefusedException("This report is closed, so nothing more can be added to it. "
                    + "To tell the police something new, make a new report.");
        }
        String body = text == null ? "" : text.strip();
        List<String> attached = files == null ? List.of() : files;
        if (body.isEmpty() && attached.isEmpty()) {
            throw new SubmissionRefusedException("Write your message, or add a photo or video.");
        }
        if (body.length() > LONGEST_TEXT) {
            throw new SubmissionRefusedException("Your message is longer than " + LONGEST_TEXT + " characters.");
        }
        if (attached.size() > properties.maxFiles()) {
            throw new SubmissionRefusedException("A message can carry up to " + properties.maxFiles() + " files.");
        }
        reports.addMessage(report.reference(), false, null, body, clock.instant(), attached);
        audit.record(AuditEvent.ok(publicCaller(sender), AuditAction.PUBLIC_REPLY, List.of(report.reference()),
                Map.of("force", report.force().value(), "files", attached.size())));
        return followUp(reports.find(report.reference()).orElseThrow());
    }

    private Optional<StoredReport> byLink(String link) {
        if (link == null || !link.matches("[A-Za-z0-9_-]{43}")) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = Links.hash(link);
        Optional<StoredReport> report = reports.byLink(hash, now);
        report.ifPresent(r -> reports.extendLink(hash, now.plus(properties.linkLifetime())));
        return report;
    }

    private FollowUp followUp(StoredReport r) {
        String note = switch (r.status()) {
            case ACCEPTED -> "Recorded by " + forces.nameOf(r.force()) + ".";
            case CLOSED -> r.decisionNote();
            case DUPLICATE -> "The police already have a report about this, and have joined yours to it.";
            default -> null;
        };
        Instant expires = clock.instant().plus(properties.linkLifetime());
        return new FollowUp(r.reference(), r.kind(), forces.nameOf(r.force()), r.submitted(), r.status(), note,
                r.answers().description(), r.place(), reports.files(r.reference()).stream().map(StagedFile::name).toList(),
                reports.messages(r.reference()), expires);
    }

    @Override
    public List<PublicAppeal> appeals(ForceCode force) {
        return appeals.list(force, LocalDate.now(clock.withZone(UK)), false, forces::nameOf);
    }

    @Override
    public Optional<PublicAppeal> appeal(String id) {
        return id == null || !id.matches("AP-[0-9A-Z]{6}") ? Optional.empty() : appeals.find(id, forces::nameOf);
    }

    @Override
    public Optional<AppealImage> appealImage(String appealId, String imageId) {
        return appeal(appealId).filter(a -> a.withdrawnAt() == null)
                .flatMap(a -> appeals.image(a.id(), imageId))
                .flatMap(i -> open(i.mediaType(), shelf.path(i.id())));
    }

    private static Optional<AppealImage> open(String mediaType, Path file) {
        try {
            return Optional.of(new AppealImage(mediaType, Files.size(file), Files.newInputStream(file)));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Caller publicCaller(String address) {
        return new Caller("(public)", Set.of(), Set.of(), Marking.OFFICIAL, "report to the police", address, List.of());
    }
}
