package org.crossforce.intake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * A public report as an intake officer opens it: the answers, the reporter, the place, the files,
 * the messages and, once decided, the decision.
 *
 * @param recordId    the record it became, once accepted
 * @param duplicateOf the report it duplicates, when so marked
 */
public record IntakeReport(IntakeItem item, String description, LocalDate occurredOn, LocalTime occurredAt,
        boolean ongoing, boolean anyoneHurt, String involved, Reporter reporter, boolean consent, Double latitude,
        Double longitude, String placeFound, List<StagedFile> files, List<FollowUp.Message> messages,
        Decision decision, String appealTitle) {

    public IntakeReport {
        files = List.copyOf(files);
        messages = List.copyOf(messages);
    }

    public String reference() {
        return item.reference();
    }

    /**
     * @param note the reason for closing, in the officer's words (the reporter reads it)
     */
    public record Decision(Instant at, String by, String note, String recordId, String duplicateOf, String marking,
            String handling) {
    }
}
