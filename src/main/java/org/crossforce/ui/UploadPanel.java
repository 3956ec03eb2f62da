package org.crossforce.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestService;
import org.crossforce.ingestion.StagingDirectory;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.springframework.util.FileSystemUtils;

/**
 * Files sent from the browser: the sender says for which force, under which marking and handling
 * code, drops the files, and sends them as one job. Files wait in the staging directory until then.
 */
final class UploadPanel extends Details {

    private final IngestService ingestion;
    private final CurrentCaller caller;
    private final StagingDirectory staging;
    private final Consumer<String> onJob;

    private final ComboBox<Force> force = new ComboBox<>("Force");
    private final Select<Marking> marking = new Select<>();
    private final Select<Handling> handling = new Select<>();
    private final TextField sourceSystem = new TextField("Source system");
    private final Upload upload = new Upload();
    private final Button send = new Button("Ingest", VaadinIcon.UPLOAD.create());
    private final Span waiting = new Span();
    private final List<IncomingFile> received = new ArrayList<>();
    private Path batch;

    UploadPanel(IngestService ingestion, Forces forces, CurrentCaller caller, StagingDirectory staging,
            Consumer<String> onJob) {
        this.ingestion = ingestion;
        this.caller = caller;
        this.staging = staging;
        this.onJob = onJob;
        setSummaryText("Upload files");
        setId("upload-panel");

        List<Force> mine = forces.all().stream().filter(f -> caller.get().forces().contains(f.code()))
                .sorted(Comparator.comparing(Force::name)).toList();
        force.setItems(mine);
        force.setItemLabelGenerator(Force::name);
        force.setRequired(true);
        force.setPlaceholder("Choose a force");
        force.setWidth("18em");
        marking.setLabel("Marking");
        marking.setItems(Marking.values());
        marking.setItemLabelGenerator(Marking::label);
        marking.setValue(Marking.OFFICIAL);
        handling.setLabel("Handling code");
        handling.setItems(Handling.values());
        handling.setItemLabelGenerator(h -> h == Handling.P ? "P – may be shared" : "C – conditions apply");
        handling.setValue(Handling.P);
        sourceSystem.setPlaceholder(IngestOptions.DEFAULT_SOURCE_SYSTEM);

        upload.setUploadHandler(UploadHandler.toFile(this::received, metadata -> nextFile()));
        upload.setDropLabel(new Span("Drop reports, statements, emails, photos, archives or exports here"));
        upload.setWidthFull();
        send.setId("ingest-uploads");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setEnabled(false);
        send.addClickListener(e -> send());
        waiting.addClassName("cf-muted");

        HorizontalLayout options = new HorizontalLayout(force, marking, handling, sourceSystem);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);
        options.setWrap(true);
        HorizontalLayout actions = new HorizontalLayout(send, waiting);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        add(options, upload, actions);
        setWidthFull();
    }

    private synchronized File nextFile() throws IOException {
        if (batch == null) {
            batch = Files.createTempDirectory(staging.path(), "browser-");
        }
        return batch.resolve(System.nanoTime() + ".upload").toFile();
    }

    private void received(com.vaadin.flow.server.streams.UploadMetadata metadata, File file) {
        synchronized (this) {
            received.add(new IncomingFile(IncomingFile.clientFileName(metadata.fileName()), file.toPath()));
        }
        getUI().ifPresent(ui -> ui.access(this::showWaiting));
    }

    private void showWaiting() {
        int count;
        synchronized (this) {
            count = received.size();
        }
        send.setEnabled(count > 0);
        send.setText(count == 0 ? "Ingest" : "Ingest " + count + (count == 1 ? " file" : " files"));
        waiting.setText(count == 0 ? "" : count + " received and waiting to be sent");
    }

    private void send() {
        if (force.isEmpty()) {
            force.setInvalid(true);
            force.setErrorMessage("Choose the force the files belong to");
            return;
        }
        List<IncomingFile> files;
        Path staged;
        synchronized (this) {
            files = List.copyOf(received);
            staged = batch;
            received.clear();
            batch = null;
        }
        String job;
        try {
            job = ingestion.accept(caller.get(), force.getValue().code(), files,
                    new IngestOptions(marking.getValue(), handling.getValue(), sourceSystem.getValue()));
        } catch (RuntimeException e) {
            synchronized (this) {
                // Kept for another try: nothing the sender dropped is lost.
                received.addAll(0, files);
                batch = batch == null ? staged : batch;
            }
            Notification.show("The files could not be sent: " + e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            showWaiting();
            return;
        }
        // Accepted files are in the store of originals; the staged copies are no longer needed.
        deleteQuietly(staged);
        Notification.show(files.size() + (files.size() == 1 ? " file" : " files") + " sent for "
                + force.getValue().name() + " as job " + job, 5000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        upload.clearFileList();
        showWaiting();
        onJob.accept(job);
    }

    /** Files dropped but never sent are not kept once the sender leaves the page. */
    @Override
    protected void onDetach(com.vaadin.flow.component.DetachEvent event) {
        Path staged;
        synchronized (this) {
            staged = batch;
            received.clear();
            batch = null;
        }
        deleteQuietly(staged);
    }

    private static void deleteQuietly(Path directory) {
        if (directory == null) {
            return;
        }
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
