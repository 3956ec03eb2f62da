package org.crossforce.intake;

import java.time.Instant;

import org.crossforce.shared.ForceCode;

/** A row of {@code public_report}. */
record StoredReport(String reference, ForceCode force, ReportKind kind, String appealId, ReportStatus status,
        int seriousness, Answers answers, Double latitude, Double longitude, String place, Reporter reporter,
        boolean consent, Instant submitted, Instant lastActivity, Instant decidedAt, String decidedBy,
        String decisionNote, String duplicateOf, String recordId, String marking, String handling) {

    String summary() {
        String text = answers.description() == null ? "" : answers.description().strip().replaceAll("\\s+", " ");
        return text.length() <= 140 ? text : text.substring(0, 139) + "…";
    }
}
