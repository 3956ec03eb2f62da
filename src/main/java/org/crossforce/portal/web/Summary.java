package org.crossforce.portal.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossforce.intake.HateStrand;
import org.crossforce.intake.ReportKind;

/** The check page's rows: each answer with a link to change it. */
record Summary(String label, String value, String change) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    static List<Summary> of(Draft d) {
        List<Step> steps = Step.of(d.kind);
        List<Summary> rows = new ArrayList<>();
        rows.add(new Summary("Reporting", d.appealTitle != null ? "Information for the appeal: " + d.appealTitle
                : d.kind.label(), null));
        if (steps.contains(Step.STRANDS)) {
            rows.add(new Summary("Motivated by", String.join(", ", d.strands.stream()
                    .map(s -> HateStrand.valueOf(s).label()).toList()), "strands"));
        }
        if (steps.contains(Step.CATEGORY)) {
            rows.add(new Summary("What sort", d.category, "category"));
        }
        rows.add(new Summary(d.kind == ReportKind.APPEAL || d.kind == ReportKind.INFORMATION ? "What you know"
                : "What happened", d.description, "what"));
        if (d.anyoneHurt != null) {
            rows.add(new Summary("Anyone hurt", d.anyoneHurt ? "Yes" : "No", "what"));
        }
        if (d.ongoing != null) {
            rows.add(new Summary("Still happening", d.ongoing ? "Yes" : "No", "what"));
        }
        if (steps.contains(Step.WHEN)) {
            LocalDate date = Questions.date(d);
            rows.add(new Summary("When", date == null ? "Not known" : DAY.format(date)
                    + (d.time == null ? "" : " at " + d.time), "when"));
        }
        if (steps.contains(Step.WHO)) {
            rows.add(new Summary("Who was involved", d.involved == null ? "Not given" : d.involved, "who"));
        }
        rows.add(new Summary("Photos and video", d.files.isEmpty() ? "None"
                : String.join(", ", d.files.stream().map(Draft.DraftFile::name).toList()), "files"));
        rows.add(new Summary("Where", d.hasPlace() ? (d.placeText == null ? "" : d.placeText + ", ") + d.placeLabel
                : "Not given", "where"));
        rows.add(new Summary("Sent to", d.forceName, null));
        if (Boolean.TRUE.equals(d.anonymous)) {
            rows.add(new Summary("About you", "Anonymous", "you"));
        } else {
            rows.add(new Summary("Name", d.name, "you"));
            rows.add(new Summary("Email", d.email == null ? "Not given" : d.email, "you"));
            rows.add(new Summary("Phone", d.phone == null ? "Not given" : d.phone, "you"));
        }
        rows.add(new Summary("May be kept and passed on", Boolean.TRUE.equals(d.consent) ? "Yes" : "No", "you"));
        return rows;
    }
}
