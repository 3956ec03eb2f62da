package org.crossforce.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.crossforce.forces.Forces;
import org.crossforce.identity.IdentityRecord;
import org.crossforce.shared.ForceCode;

/** One person record as its force's system gives it: name, birth, address, identifiers, and where it is from. */
final class PersonCard extends Div {

    PersonCard(IdentityRecord r, Forces forces, String identity, String identityName) {
        addClassName("cf-person");
        Span name = new Span(r.name().isBlank() ? "(no name)" : r.name());
        name.addClassName("cf-person-name");
        add(name);
        Div where = new Div(new Span(forces.nameOf(ForceCode.of(r.force())) + " · " + r.sourceSystem() + " · "
                + r.sourceKey()));
        where.addClassName("cf-muted");
        add(where);
        Div facts = new Div();
        com.vaadin.flow.dom.Element dl = new com.vaadin.flow.dom.Element("dl");
        fact(dl, "Born", r.born());
        fact(dl, "Address", String.join("; ", r.addresses()));
        fact(dl, "Phone", String.join(", ", r.phones()));
        fact(dl, "Email", String.join(", ", r.emails()));
        fact(dl, "Vehicle", String.join(", ", r.vehicles()));
        fact(dl, "PNC id", String.join(", ", r.pncs()));
        facts.getElement().appendChild(dl);
        add(facts);
        Div links = new Div(new Anchor("documents/" + r.documentId(), "Open the record"));
        if (identity != null) {
            Anchor id = new Anchor(IdentityView.href(identity), identityName == null ? "Open the identity" : identityName);
            id.getStyle().set("margin-left", "var(--lumo-space-m)");
            links.add(id);
        }
        add(links);
    }

    private static void fact(com.vaadin.flow.dom.Element dl, String label, String value) {
        dl.appendChild(new com.vaadin.flow.dom.Element("dt").setText(label),
                new com.vaadin.flow.dom.Element("dd").setText(value == null || value.isBlank() ? "—" : value));
    }
}
