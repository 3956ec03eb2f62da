package org.crossforce.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.crossforce.intake.FileContent;
import org.crossforce.intake.IntakeReport;
import org.crossforce.intake.IntakeService;
import org.crossforce.intake.ReportNotFoundException;
import org.crossforce.intake.StagedFile;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.NotPermittedException;

/** The photos and videos a reporter sent: photos as thumbnails that open full size, videos to download. */
final class IntakeFiles {

    private final IntakeService intake;
    private final CurrentCaller caller;

    IntakeFiles(IntakeService intake, CurrentCaller caller) {
        this.intake = intake;
        this.caller = caller;
    }

    Component of(IntakeReport r) {
        Div box = new Div();
        box.setId("intake-files");
        box.addClassName("cf-intake-files");
        if (r.files().isEmpty()) {
            Span none = new Span("No photos or videos were sent.");
            none.addClassName("cf-muted");
            box.add(none);
            return box;
        }
        for (StagedFile f : r.files()) {
            box.add(card(r.reference(), f));
        }
        Span audited = new Span("Each opening of a file is written in the audit trail.");
        audited.addClassName("cf-muted");
        box.add(audited);
        return box;
    }

    private Component card(String reference, StagedFile f) {
        Div card = new Div();
        card.addClassName("cf-intake-file");
        if (f.mediaType() != null && f.mediaType().startsWith("image/")) {
            Image thumbnail = new Image(content(reference, f), f.name());
            thumbnail.addClassName("cf-intake-thumbnail");
            Anchor full = new Anchor();
            full.setHref(content(reference, f), AttachmentType.INLINE);
            full.setTarget(AnchorTarget.BLANK);
            full.add(thumbnail);
            full.getElement().setAttribute("title", "Open " + f.name() + " full size");
            card.add(full);
        } else {
            Anchor download = new Anchor(content(reference, f), AttachmentType.DOWNLOAD, "");
            download.add(VaadinIcon.FILM.create(), new Span("Download " + f.name()));
            download.addClassName("cf-download");
            card.add(download);
        }
        List<String> about = new ArrayList<>();
        about.add(size(f.size()));
        if (f.takenAt() != null) {
            about.add("taken " + Dates.formatWithTime(f.takenAt()));
        }
        if (f.hasPosition()) {
            about.add(String.format(Locale.UK, "at %.4f, %.4f", f.latitude(), f.longitude()));
        }
        Span name = new Span(f.name());
        name.addClassName("cf-intake-file-name");
        Span meta = new Span(String.join(" · ", about));
        meta.addClassName("cf-muted");
        card.add(name, meta);
        return card;
    }

    /** A file's bytes, fetched through the intake service each time, so each look is audited. */
    private DownloadHandler content(String reference, StagedFile file) {
        return DownloadHandler.fromInputStream(event -> {
            try {
                FileContent content = intake.file(caller.get(), reference, file.id());
                return new DownloadResponse(Files.newInputStream(content.path()), content.name(),
                        content.mediaType(), content.size());
            } catch (ReportNotFoundException | NotPermittedException e) {
                return DownloadResponse.error(404, e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.UK, "%.0f KB", bytes / 1024.0);
        }
        return String.format(Locale.UK, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
