package org.crossforce.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.crossforce.identity.FieldComparison;
import org.crossforce.identity.PairExplanation;

/**
 * Why two records are, or are not, one person: each field side by side, whether it agreed, and
 * the weight it added or took away, in bits, drawn as a bar either side of zero.
 */
final class ExplanationTable extends Div {

    private static final double FULL_BAR = 12;

    ExplanationTable(PairExplanation why) {
        addClassName("cf-why");
        Div head = new Div(cell("Field"), cell("This record"), cell("The other"), cell("Compared"), cell("Weight"));
        head.addClassNames("cf-why-row", "cf-why-head");
        add(head);
        for (FieldComparison f : why.fields()) {
            Div row = new Div(cell(f.field().label()), cell(shown(f.a())), cell(shown(f.b())),
                    outcome(f), weight(f.weight(), f.agreement() == org.crossforce.identity.Field.Agreement.MISSING));
            row.addClassName("cf-why-row");
            row.getElement().setAttribute("title", f.agreement() == org.crossforce.identity.Field.Agreement.MISSING
                    ? "Missing on one side: counts for nothing"
                    : String.format(Locale.UK, "m %.4f (records of one person), u %.6f (of different people)", f.m(), f.u()));
            add(row);
        }
        Div total = new Div(cell("Starting odds"), cell(""), cell(""), cell("before any field"), weight(why.prior(), false));
        total.addClassName("cf-why-row");
        Div sum = new Div(cell("Total"), cell(""), cell(""),
                cell(String.format(Locale.UK, "match probability %s", Percent.of(why.probability()))), weight(why.weight(), false));
        sum.addClassNames("cf-why-row", "cf-why-total");
        add(total, sum);
    }

    private static String shown(String value) {
        return value == null || value.isBlank() ? "—" : value;
    }

    private static Span cell(String text) {
        return new Span(text);
    }

    private static Span outcome(FieldComparison f) {
        Span span = new Span(f.level());
        span.addClassName("cf-why-" + f.agreement().name().toLowerCase(Locale.ROOT));
        return span;
    }

    private static Div weight(double bits, boolean missing) {
        Div cell = new Div();
        cell.addClassName("cf-why-weight");
        Div bar = new Div();
        bar.addClassName(bits >= 0 ? "cf-why-for" : "cf-why-against");
        bar.getStyle().set("width", Math.min(50, 50 * Math.abs(bits) / FULL_BAR) + "%");
        Span figure = new Span(missing ? "0" : String.format(Locale.UK, "%+.1f", bits));
        cell.add(bar, figure);
        return cell;
    }

    /** A probability as a person reads it: 99.7 %, never 100 % or 0 % unless it is. */
    static final class Percent {

        private Percent() {
        }

        static String of(double p) {
            if (p >= 0.9995 && p < 1) {
                return "over 99.9 %";
            }
            if (p > 0 && p < 0.0005) {
                return "under 0.1 %";
            }
            return String.format(Locale.UK, "%.1f %%", 100 * p);
        }
    }
}
