package org.crossforce.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.StagingDirectory;
import org.crossforce.intake.AppealDraft;
import org.crossforce.intake.AppealService;
import org.crossforce.intake.IntakeProperties;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.NotPermittedException;
import org.springframework.util.FileSystemUtils;

/**
 * A force's appeals to the public: what it has published, with the answers each has had, and a
 * form to publish another with its photos. Answers arrive as public reports in the force's queue.
 */
@Route("appeals")
@RolesAllowed("INTAKE")
@PageTitle("Appeals · Crossforce")
public class AppealsView extends VerticalLayout {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final int DEFAULT_DAYS = 28;
    private static final int MAX_IMAGES = 10;

    private final AppealService appeals;
    private final Forces forces;
    private final CurrentCaller caller;
    private final StagingDirectory staging;
    private final IntakeProperties properties;

    private final Select<ForceCode> force = new Select<>();
    private final H3 listHeading = new H3();
    private final Grid<AppealService.AppealSummary> list = new Grid<>();

    private final TextField title = new TextField("Title");
    private final TextArea body = new TextArea("What happened, and what you ask the public");
    private final TextField place = new TextField("Where it happened");
    private final NumberField latitude = new NumberField("Latitude");
    private final NumberField longitude = new NumberField("Longitude");
    private final DatePicker occurredOn = new DatePicker("Date it happened");
    private final DatePicker endsOn = new DatePicker("Shown until");
    private final Upload upload = new Upload();
    private final Div images = new Div();
    private final Div outcome = new Div();
    private final Button publish = new Button("Publish the appeal", VaadinIcon.MEGAPHONE.create());
    private final List<Pending> pending = new ArrayList<>();
    private Path batch;

    /** An image received from the browser, waiting for the appeal to be published. */
    private record Pending(String name, Path file, TextField caption, Component row) {
    }

    AppealsView(AppealService appeals, IntakeService intake, Forces forces, CurrentCaller caller,
            StagingDirectory staging, IntakeProperties properties) {
        this.appeals = appeals;
        this.forces = forces;
        this.caller = caller;
        this.staging = staging;
        this.properties = properties;
        addClassNames("cf-page", "cf-intake");
        setPadding(false);

        Span intro = new Span("Appeals ask the public for information about something that happened. They are shown on "
                + "the public portal until their end date; answers arrive in Public reports.");
        intro.addClassName("cf-muted");
        add(new H2("Appeals"), intro);

        List<ForceCode> desks = intake.desks(caller.get());
        if (desks.isEmpty()) {
            Div none = new Div(new Span("You publish no force's appeals. An administrator gives an intake officer a "
                    + "home force."));
            none.addClassName("cf-empty");
            add(none);
            return;
        }
        force.setLabel("Force");
        force.setId("appeals-force");
        force.setItems(desks);
        force.setItemLabelGenerator(forces::nameOf);
        force.setValue(desks.getFirst());
        force.setReadOnly(desks.size() == 1);
        force.setWidth("20em");
        force.addValueChangeListener(e -> load());

        configureList();
        add(force, listHeading, list, new H3("Publish an appeal"), form());
        load();
    }

    private void configureList() {
        list.setId("appeals-list");
        list.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        list.setWidthFull();
        list.addComponentColumn(s -> {
            Span name = new Span(s.appeal().title());
            name.addClassName("cf-intake-appeal-title");
            Span id = new Span("Appeal " + s.appeal().id() + " · published " + Dates.format(s.appeal().publishedAt()));
            id.addClassName("cf-muted");
            Div cell = new Div(name, id);
            cell.addClassName("cf-intake-two-lines");
            return cell;
        }).setHeader("Appeal").setFlexGrow(3);
        list.addColumn(s -> s.appeal().place()).setHeader("Place").setFlexGrow(2);
        list.addColumn(s -> DAY.format(s.appeal().occurredOn())).setHeader("Happened").setWidth("8rem").setFlexGrow(0);
        list.addColumn(s -> DAY.format(s.appeal().endsOn())).setHeader("Ends").setWidth("8rem").setFlexGrow(0);
        list.addComponentColumn(s -> state(s.appeal())).setHeader("Status").setWidth("7.5rem").setFlexGrow(0);
        list.addColumn(AppealService.AppealSummary::answers).setHeader("Answers").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        list.addColumn(s -> s.appeal().images().size()).setHeader("Images").setWidth("6rem").setFlexGrow(0)
                .setTextAlign(ColumnTextAlign.END);
        list.addComponentColumn(s -> {
            if (!s.appeal().current(today())) {
                return new Span();
            }
            Button withdraw = new Button("Withdraw", e -> confirmWithdraw(s.appeal()));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            withdraw.addClassName("cf-intake-withdraw");
            return withdraw;
        }).setHeader("").setWidth("8rem").setFlexGrow(0);
    }

    private Component form() {
        title.setId("appeal-title");
        title.setMaxLength(200);
        title.setRequired(true);
        title.setWidthFull();
        title.setPlaceholder("e.g. Witnesses sought after an assault on Market Street");
        body.setId("appeal-body");
        body.setRequired(true);
        body.setWidthFull();
        body.setMinHeight("9em");
        body.setMaxLength(10_000);
        body.setHelperText("Written for the public: what happened, who you want to hear from, and what not to do.");
        place.setId("appeal-place");
        place.setRequired(true);
        place.setWidthFull();
        place.setPlaceholder("e.g. Market Street, near the junction with Corporation Street");
        latitude.setId("appeal-latitude");
        latitude.setPlaceholder("53.4808");
        latitude.setMin(-90);
        latitude.setMax(90);
        longitude.setId("appeal-longitude");
        longitude.setPlaceholder("-2.2426");
        longitude.setMin(-180);
        longitude.setMax(180);
        occurredOn.setId("appeal-occurred");
        occurredOn.setLocale(Locale.UK);
        occurredOn.setMax(today());
        endsOn.setId("appeal-ends");
        endsOn.setLocale(Locale.UK);
        endsOn.setMin(today());
        endsOn.setHelperText("Taken off the portal after this day");
        // The service says what is missing, in one place beside the form: the fields do not
        // turn red on their own, nor when the form is emptied after publishing.
        title.setManualValidation(true);
        body.setManualValidation(true);
        place.setManualValidation(true);
        latitude.setManualValidation(true);
        longitude.setManualValidation(true);
        occurredOn.setManualValidation(true);
        endsOn.setManualValidation(true);
        resetForm();

        upload.setId("appeal-images");
        upload.setUploadHandler(UploadHandler.toFile(this::received, metadata -> nextFile()));
        upload.setAcceptedFileTypes("image/*");
        upload.setMaxFiles(MAX_IMAGES);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, properties.maxFileSize().toBytes()));
        upload.setDropLabel(new Span("Drop photos here: CCTV stills, property, a map. Up to " + MAX_IMAGES + "."));
        upload.setWidthFull();
        // Each image is listed below with its caption once received: the upload's own list would say it twice.
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> Notices.error(e.getFileName() + ": " + e.getErrorMessage()));
        images.setId("appeal-image-list");
        images.addClassName("cf-intake-images");

        publish.setId("appeal-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(e -> publish());

        HorizontalLayout point = new HorizontalLayout(latitude, longitude);
        point.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span pointNote = new Span("Optional: the point shown on the portal's map.");
        pointNote.addClassName("cf-muted");
        HorizontalLayout dates = new HorizontalLayout(occurredOn, endsOn);
        dates.setAlignItems(FlexComponent.Alignment.BASELINE);
        Span imagesLabel = new Span("Images (optional)");
        imagesLabel.addClassName("cf-intake-label");
        Div fields = new Div(title, body, place, point, pointNote, dates, imagesLabel, upload, images, publish);
        fields.addClassName("cf-intake-form");

        outcome.setId("appeal-outcome");
        outcome.addClassName("cf-intake-outcome");
        Div guidance = new Div(new Span("What the public sees"), new Span("The title, the text, the place (with its "
                + "point on a map when given), the date and the images with their captions, under your force's name. "
                + "Anyone may answer, anonymously if they wish."));
        guidance.addClassName("cf-intake-guidance");
        Div aside = new Div(outcome, guidance);
        aside.addClassName("cf-intake-aside");
        Div form = new Div(fields, aside);
        form.setId("appeal-form");
        form.addClassNames("cf-intake-publish", "cf-panel");
        return form;
    }

    private void load() {
        ForceCode desk = force.getValue();
        String name = forces.nameOf(desk);
        listHeading.setText("Appeals of " + name);
        List<AppealService.AppealSummary> all;
        try {
            all = appeals.list(caller.get(), desk);
        } catch (NotPermittedException e) {
            Notices.error(e.getMessage());
            return;
        }
        list.setItems(all);
        list.setAllRowsVisible(all.size() <= 10);
        list.setHeight(all.size() <= 10 ? null : "28em");
        list.setEmptyStateText(name + " has published no appeals yet. Publish one below.");
    }

    private void confirmWithdraw(PublicAppeal appeal) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("appeal-withdraw-dialog");
        confirm.setHeader("Withdraw this appeal?");
        confirm.setText("“" + appeal.title() + "” is taken off the public portal at once. Answers already sent "
                + "stay in Public reports.");
        confirm.setCancelable(true);
        confirm.setCancelText("Keep it");
        confirm.setConfirmText("Withdraw");
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                appeals.withdraw(caller.get(), appeal.id());
                Notification.show("Appeal withdrawn: " + appeal.title(), 4000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalArgumentException | IllegalStateException | NotPermittedException refused) {
                Notices.error(refused.getMessage());
            }
            load();
        });
        confirm.open();
    }

    private void publish() {
        outcome.removeAll();
        outcome.removeClassNames("cf-error", "cf-intake-published");
        Double lat = latitude.getValue();
        Double lon = longitude.getValue();
        if ((lat == null) != (lon == null)) {
            problem("Give both latitude and longitude for a point on the map, or neither.");
            return;
        }
        if (lat != null && (Math.abs(lat) > 90 || Math.abs(lon) > 180)) {
            problem("The latitude is between -90 and 90, the longitude between -180 and 180.");
            return;
        }
        List<AppealDraft.Image> chosen = pending.stream().map(p -> new AppealDraft.Image(p.name(), p.file(),
                p.caption().getValue() == null || p.caption().getValue().isBlank() ? null
                        : p.caption().getValue().strip())).toList();
        PublicAppeal published;
        try {
            published = appeals.publish(caller.get(), new AppealDraft(force.getValue(), strip(title.getValue()),
                    strip(body.getValue()), strip(place.getValue()), lat, lon,
                    occurredOn.getValue(), endsOn.getValue(), chosen));
        } catch (IllegalArgumentException | NotPermittedException refused) {
            problem(refused.getMessage());
            return;
        }
        String base = properties.publicUrl().endsWith("/") ? properties.publicUrl() : properties.publicUrl() + "/";
        String address = base + "appeals/" + published.id();
        Anchor link = new Anchor(address, address, AnchorTarget.BLANK);
        link.setId("appeal-public-link");
        Div done = new Div(new Span("Published: the public can see it at "), link);
        outcome.add(done);
        outcome.addClassName("cf-intake-published");
        Notification.show("Appeal published: " + published.title(), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        discardImages();
        resetForm();
        load();
    }

    private void problem(String message) {
        Div box = new Div(VaadinIcon.WARNING.create(), new Span(message));
        box.setId("appeal-problem");
        outcome.add(box);
        outcome.addClassName("cf-error");
    }

    private void resetForm() {
        title.clear();
        body.clear();
        place.clear();
        latitude.clear();
        longitude.clear();
        occurredOn.setValue(today());
        endsOn.setValue(today().plusDays(DEFAULT_DAYS));
    }

    private synchronized File nextFile() throws IOException {
        if (batch == null) {
            batch = Files.createTempDirectory(staging.path(), "appeal-");
        }
        return batch.resolve(System.nanoTime() + ".upload").toFile();
    }

    private void received(UploadMetadata metadata, File file) {
        String name = IncomingFile.clientFileName(metadata.fileName());
        getUI().ifPresent(ui -> ui.access(() -> addImage(name, file.toPath())));
    }

    private void addImage(String name, Path file) {
        Image thumbnail = new Image(DownloadHandler.forFile(file.toFile(), name).inline(), name);
        thumbnail.addClassName("cf-intake-image-thumb");
        Span label = new Span(name);
        label.addClassName("cf-intake-file-name");
        TextField caption = new TextField();
        caption.setPlaceholder("Caption (optional)");
        caption.setMaxLength(300);
        caption.addClassName("cf-intake-caption");
        Button remove = new Button(VaadinIcon.TRASH.create());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        remove.setAriaLabel("Remove " + name);
        Div row = new Div(thumbnail, label, caption, remove);
        row.addClassName("cf-intake-image-row");
        Pending added = new Pending(name, file, caption, row);
        remove.addClickListener(e -> {
            pending.remove(added);
            images.remove(row);
            deleteQuietly(file);
        });
        pending.add(added);
        images.add(row);
    }

    private void discardImages() {
        pending.clear();
        images.removeAll();
        upload.clearFileList();
        Path staged;
        synchronized (this) {
            staged = batch;
            batch = null;
        }
        deleteQuietly(staged);
    }

    /** Images dropped but never published are not kept once the officer leaves the page. */
    @Override
    protected void onDetach(DetachEvent event) {
        discardImages();
    }

    private static Span state(PublicAppeal appeal) {
        String label = appeal.withdrawnAt() != null ? "Withdrawn" : appeal.current(today()) ? "Current" : "Ended";
        Span badge = new Span(label);
        badge.addClassNames("cf-intake-status", "cf-intake-appeal-" + label.toLowerCase(Locale.ROOT));
        if (appeal.withdrawnAt() != null) {
            badge.getElement().setAttribute("title", "Withdrawn " + Dates.formatWithTime(appeal.withdrawnAt()));
        }
        return badge;
    }

    private static LocalDate today() {
        return LocalDate.now(UK);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static void deleteQuietly(Path path) {
        if (path == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
