package org.crossforce.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditTrail;
import org.crossforce.forces.Forces;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.springframework.stereotype.Service;

/** A force's appeals to the public: published and withdrawn by its intake officers. */
@Service
public class AppealService {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AppealStore appeals;
    private final Shelf shelf;
    private final FileChecks checks;
    private final Forces forces;
    private final AuditTrail audit;
    private final IntakeAccess access;
    private final IntakeProperties properties;
    private final Clock clock = Clock.systemUTC();

    AppealService(AppealStore appeals, Shelf shelf, FileChecks checks, Forces forces, AuditTrail audit,
            IntakeAccess access, IntakeProperties properties) {
        this.appeals = appeals;
        this.shelf = shelf;
        this.checks = checks;
        this.forces = forces;
        this.audit = audit;
        this.access = access;
        this.properties = properties;
    }

    /** An appeal with how many answers it has had. */
    public record AppealSummary(PublicAppeal appeal, long answers) {
    }

    /** Every appeal of the force, current or not, newest first. */
    public List<AppealSummary> list(Caller caller, ForceCode force) {
        allow(caller, force, AuditAction.PUBLISH_APPEAL);
        List<PublicAppeal> all = appeals.list(force, today(), true, forces::nameOf);
        Map<String, Long> answers = appeals.answers(all.stream().map(PublicAppeal::id).toList());
        return all.stream().map(a -> new AppealSummary(a, answers.getOrDefault(a.id(), 0L))).toList();
    }

    /** @throws IllegalArgumentException with what to put right */
    public PublicAppeal publish(Caller caller, AppealDraft draft) {
        allow(caller, draft.force(), AuditAction.PUBLISH_APPEAL);
        check(draft);
        List<AppealStore.StoredImage> images = new ArrayList<>();
        try {
            for (AppealDraft.Image image : draft.images()) {
                String id = Links.newFileId();
                try (InputStream in = Files.newInputStream(image.file())) {
                    shelf.keep(id, in, properties.maxFileSize().toBytes());
                }
                FileChecks.Checked checked = checks.check(shelf.path(id), image.name());
                if (!checked.mediaType().startsWith("image/")) {
                    shelf.delete(id);
                    throw new IllegalArgumentException(image.name() + " is not an image.");
                }
                images.add(new AppealStore.StoredImage(id, image.name(), checked.mediaType(), image.caption()));
            }
        } catch (IOException e) {
            images.forEach(i -> shelf.delete(i.id()));
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            images.forEach(i -> shelf.delete(i.id()));
            throw e instanceof SubmissionRefusedException refused ? new IllegalArgumentException(refused.getMessage()) : e;
        }
        String id = Links.newAppealId();
        appeals.insert(id, draft, clock.instant(), caller.user(), images);
        audit.record(AuditEvent.ok(caller, AuditAction.PUBLISH_APPEAL, List.of(id),
                Map.of("force", draft.force().value(), "title", draft.title(), "ends", draft.endsOn().toString())));
        return appeals.find(id, forces::nameOf).orElseThrow();
    }

    public void withdraw(Caller caller, String id) {
        PublicAppeal appeal = appeals.find(id, forces::nameOf)
                .orElseThrow(() -> new IllegalArgumentException("There is no appeal " + id + "."));
        allow(caller, appeal.force(), AuditAction.WITHDRAW_APPEAL);
        if (!appeals.withdraw(id, clock.instant(), caller.user())) {
            throw new IllegalStateException("Appeal " + id + " was already withdrawn.");
        }
        audit.record(AuditEvent.ok(caller, AuditAction.WITHDRAW_APPEAL, List.of(id),
                Map.of("force", appeal.force().value())));
    }

    private void check(AppealDraft d) {
        List<String> wrong = new ArrayList<>();
        if (d.title() == null || d.title().isBlank() || d.title().length() > 200) {
            wrong.add("a title of up to 200 characters");
        }
        if (d.body() == null || d.body().isBlank()) {
            wrong.add("what happened and what the police ask for");
        }
        if (d.place() == null || d.place().isBlank()) {
            wrong.add("where it happened");
        }
        if (d.occurredOn() == null || d.occurredOn().isAfter(today())) {
            wrong.add("the date it happened, today or before");
        }
        if (d.endsOn() == null || d.endsOn().isBefore(today())) {
            wrong.add("an end date, today or later");
        }
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException("An appeal needs " + String.join(", ", wrong) + ".");
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    private void allow(Caller caller, ForceCode force, AuditAction action) {
        access.require(caller, force, action, List.of(), "publish appeals", "does not publish appeals for");
    }
}
