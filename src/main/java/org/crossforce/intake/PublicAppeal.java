package org.crossforce.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.crossforce.shared.ForceCode;

/** A force's appeal to the public, as the public sees it. */
public record PublicAppeal(String id, ForceCode force, String forceName, String title, String body, String place,
        Double latitude, Double longitude, LocalDate occurredOn, LocalDate endsOn, List<Image> images,
        Instant publishedAt, Instant withdrawnAt) {

    public PublicAppeal {
        images = List.copyOf(images);
    }

    public boolean current(LocalDate today) {
        return withdrawnAt == null && !today.isAfter(endsOn);
    }

    public record Image(String id, String mediaType, String caption) {
    }
}
