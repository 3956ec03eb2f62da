package org.crossforce.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * An accepted report as a structured export that the shipped mapping {@code crossforce-portal}
 * reads: from here on it is ingested like any system's records, keyed by its reference.
 */
final class ReportExport {

    static final String SOURCE_SYSTEM = "crossforce-portal";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReportExport() {
    }

    static Path write(StoredReport r, List<StagedFile> files, List<FollowUp.Message> messages, String forceName,
            Path directory) {
        Map<String, Object> row = new LinkedHashMap<>();
        Answers a = r.answers();
        row.put("portal_reference", r.reference());
        row.put("kind", r.kind().slug());
        row.put("kind_label", r.kind().label());
        row.put("record_type", r.kind().recordType().name());
        row.put("force", forceName);
        row.put("category", a.category());
        row.put("strands", a.sortedStrands().stream().map(HateStrand::label).toList());
        row.put("occurred", a.occurredOn() == null ? null
                : a.occurredAt() == null ? a.occurredOn().toString() : a.occurredOn().atTime(a.occurredAt()).toString());
        row.put("ongoing", a.ongoing() ? "yes" : "no");
        row.put("anyone_hurt", a.anyoneHurt() ? "yes" : "no");
        row.put("place", r.place());
        row.put("place_found_by", a.placeFound());
        row.put("latitude", r.latitude());
        row.put("longitude", r.longitude());
        row.put("appeal", r.appealId());
        row.put("submitted", r.submitted().toString());
        Reporter who = r.reporter();
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("name", who.name());
        reporter.put("email", who.email());
        reporter.put("phone", who.phone());
        reporter.put("anonymous", who.anonymous() ? "yes" : "no");
        row.put("reporter", reporter);
        row.put("consent_to_transfer", r.consent() ? "yes" : "no");
        row.put("files", files.stream().map(StagedFile::name).toList());
        row.put("narrative", narrative(r, messages));
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve("public-report-" + r.reference() + ".json");
            Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(List.of(row)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Crossforce could not write the accepted report " + r.reference(), e);
        }
    }

    /** What the reporter said, in one text: the search finds it and the entity extraction reads it. */
    static String narrative(StoredReport r, List<FollowUp.Message> messages) {
        Answers a = r.answers();
        List<String> parts = new ArrayList<>();
        parts.add("What happened: " + a.description().strip());
        if (a.involved() != null && !a.involved().isBlank()) {
            parts.add("Who was involved: " + a.involved().strip());
        }
        if (!a.strands().isEmpty()) {
            parts.add("Motivated by: " + String.join(", ", a.sortedStrands().stream().map(HateStrand::label).toList()));
        }
        if (a.anyoneHurt()) {
            parts.add("Someone was hurt.");
        }
        if (a.ongoing()) {
            parts.add("It is still going on or keeps happening.");
        }
        for (FollowUp.Message m : messages) {
            parts.add((m.fromPolice() ? "Police, " : "Reporter, ") + m.sent() + ": " + m.body());
        }
        return String.join("\n\n", parts);
    }
}
