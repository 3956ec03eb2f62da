package org.crossforce.ui;

import java.util.Collection;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.crossforce.intake.HateStrand;
import org.crossforce.intake.IntakeReport;
import org.crossforce.intake.ReportStatus;

/**
 * What the intake pages show in more than one place, so that the queue, an opened report and the
 * appeals read and look alike.
 */
final class IntakeParts {

    private IntakeParts() {
    }

    static Span seriousness(int level) {
        String label = switch (level) {
            case 3 -> "High";
            case 2 -> "Raised";
            case 1 -> "Routine";
            default -> "Low";
        };
        Span badge = new Span(label);
        badge.addClassNames("cf-intake-seriousness", "cf-intake-seriousness-" + Math.max(0, Math.min(3, level)));
        badge.getElement().setAttribute("title", switch (level) {
            case 3 -> "Someone hurt, or a hate crime or crime still going on";
            case 2 -> "A hate crime, or a crime still going on";
            case 1 -> "A crime or information, over";
            default -> "Anti-social behaviour";
        });
        return badge;
    }

    static Span status(ReportStatus status) {
        Span badge = new Span(status.label());
        badge.addClassNames("cf-intake-status", "cf-intake-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String strands(Collection<HateStrand> strands) {
        return String.join(", ", strands.stream().sorted().map(HateStrand::label).toList());
    }

    /** "a crime", "an incident", "an intelligence": what kind of record the report becomes. */
    static String recordType(IntakeReport r) {
        String type = r.item().kind().recordType().name().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    /** A grid cell of a line and a quieter line below it. */
    static Component twoLines(Component first, String second) {
        Span below = new Span(second);
        below.addClassName("cf-muted");
        Div cell = new Div(first, below);
        cell.addClassName("cf-intake-two-lines");
        return cell;
    }
}
