package org.crossforce.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.StagingDirectory;
import org.crossforce.intake.AppealDraft;
import org.crossforce.intake.IntakeProperties;
import org.springframework.util.FileSystemUtils;

/**
 * The photos of an appeal not yet published: received into the staging directory, each listed with
 * its caption, and deleted again when they are removed, published or left behind.
 */
final class AppealImages {

    private static final int MAX_IMAGES = 10;

    private final StagingDirectory staging;
    private final Upload upload = new Upload();
    private final Div list = new Div();
    private final List<Pending> pending = new ArrayList<>();
    private Path batch;

    /** An image received from the browser, waiting for the appeal to be published. */
    private record Pending(String name, Path file, TextField caption, Component row) {
    }

    AppealImages(StagingDirectory staging, IntakeProperties properties) {
        this.staging = staging;
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
        list.setId("appeal-image-list");
        list.addClassName("cf-intake-images");
    }

    Component upload() {
        return upload;
    }

    /** The images received, each with its caption. */
    Component list() {
        return list;
    }

    List<AppealDraft.Image> chosen() {
        return pending.stream().map(p -> new AppealDraft.Image(p.name(), p.file(),
                p.caption().getValue() == null || p.caption().getValue().isBlank() ? null
                        : p.caption().getValue().strip())).toList();
    }

    private synchronized File nextFile() throws IOException {
        if (batch == null) {
            batch = Files.createTempDirectory(staging.path(), "appeal-");
        }
        return batch.resolve(System.nanoTime() + ".upload").toFile();
    }

    private void received(UploadMetadata metadata, File file) {
        String name = IncomingFile.clientFileName(metadata.fileName());
        upload.getUI().ifPresent(ui -> ui.access(() -> add(name, file.toPath())));
    }

    private void add(String name, Path file) {
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
            list.remove(row);
            deleteQuietly(file);
        });
        pending.add(added);
        list.add(row);
    }

    /** Forgets every image received and deletes its staged file. */
    void discard() {
        pending.clear();
        list.removeAll();
        upload.clearFileList();
        Path staged;
        synchronized (this) {
            staged = batch;
            batch = null;
        }
        deleteQuietly(staged);
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
