package org.crossforce.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * A table of names and their values, one to a row, that reads the same for a document and for a
 * public report. A plain table rather than a grid: it is read, not sorted or scrolled.
 */
final class PropertiesTable {

    private final Element table = new Element("table");

    PropertiesTable() {
        table.getClassList().add("cf-properties");
    }

    /** A value as text; one not known reads "—". */
    PropertiesTable row(String name, String value) {
        Element tr = new Element("tr");
        tr.appendChild(new Element("th").setText(name), new Element("td").setText(value == null ? "—" : value));
        table.appendChild(tr);
        return this;
    }

    PropertiesTable row(String name, Component value) {
        Element tr = new Element("tr");
        Element cell = new Element("td");
        cell.appendChild(value.getElement());
        tr.appendChild(new Element("th").setText(name), cell);
        table.appendChild(tr);
        return this;
    }

    /** The table in a component, to be added to a page. */
    Div holder() {
        Div holder = new Div();
        holder.getElement().appendChild(table);
        return holder;
    }
}
