package org.crossforce.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Span;

/** The security marking and handling code, shown the same way wherever a record appears. */
final class Badges {

    private Badges() {
    }

    static Span marking(String marking) {
        String label = marking == null ? "UNMARKED" : marking;
        Span badge = new Span(label);
        badge.addClassNames("cf-marking", "cf-marking-" + label.toLowerCase(Locale.ROOT));
        badge.getElement().setAttribute("title", "Security marking");
        return badge;
    }

    /** The conditions of the sharing agreement under which a C record is read, shown as text. */
    static com.vaadin.flow.component.html.Div conditions(String conditions) {
        com.vaadin.flow.component.html.Div box = new com.vaadin.flow.component.html.Div(
                new Span("Conditions of sharing: "), new Span(conditions));
        box.addClassName("cf-conditions");
        return box;
    }

    static Span handling(String handling) {
        Span badge = new Span("Handling " + handling);
        badge.addClassName("cf-marking");
        if ("C".equals(handling)) {
            badge.addClassName("cf-handling-c");
            badge.getElement().setAttribute("title", "Conditions apply to further sharing");
        }
        return badge;
    }
}
