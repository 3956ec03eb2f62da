package org.crossforce.intake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.crossforce.shared.ForceCode;

/**
 * An appeal as an officer writes it.
 *
 * @param images photos to show, each a file on disk with its caption
 */
public record AppealDraft(ForceCode force, String title, String body, String place, Double latitude,
        Double longitude, LocalDate occurredOn, LocalDate endsOn, List<Image> images) {

    public AppealDraft {
        images = images == null ? List.of() : List.copyOf(images);
    }

    public record Image(String name, Path file, String caption) {
    }
}
