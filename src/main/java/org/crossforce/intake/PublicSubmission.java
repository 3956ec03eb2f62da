package org.crossforce.intake;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

/**
 * A report as a member of the public hands it in.
 *
 * @param appealId    for {@link ReportKind#APPEAL}: the appeal it answers; else null
 * @param category    what sort of crime or behaviour, in the words of the form's list; may be null
 * @param strands     for a hate crime: what the reporter thinks it was motivated by
 * @param occurredOn  when it happened, as far as the reporter knows; may be null
 * @param occurredAt  the time of day, when known
 * @param ongoing     it is still going on or keeps happening
 * @param anyoneHurt  someone was hurt
 * @param involved    who was involved, in the reporter's words: names, descriptions, vehicles
 * @param place       where; null only for an appeal's answer, which goes to the appeal's force
 * @param files       ids of files staged through {@link PublicDesk#stage}
 * @param consent     the reporter agrees that a report the police do not take on may be kept and
 *                    passed on, instead of deleted
 * @param sender      the sender's network address, for limits and the audit trail
 */
public record PublicSubmission(ReportKind kind, String appealId, String category, Set<HateStrand> strands,
        String description, LocalDate occurredOn, LocalTime occurredAt, boolean ongoing, boolean anyoneHurt,
        String involved, ReportPlace place, Reporter reporter, List<String> files, boolean consent, String sender) {

    public PublicSubmission {
        strands = strands == null ? Set.of() : Set.copyOf(strands);
        files = files == null ? List.of() : List.copyOf(files);
        reporter = reporter == null ? Reporter.ANONYMOUS : reporter;
        sender = sender == null ? "" : sender;
    }
}
