package org.crossforce.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.links.EntityService;
import org.crossforce.search.DocumentDetails;
import org.crossforce.search.DocumentPage;
import org.crossforce.search.SearchService;
import org.crossforce.search.TreeNode;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;

/** One document: where it came from, its marking, and its full extracted text. */
@Route("documents/:id")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
public class DocumentView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int SHOWN_CHARACTERS = 200_000;

    private final SearchService search;
    private final EntityService entities;
    private final Forces forces;
    private final CurrentCaller caller;
    private String title = "Document · Crossforce";

    DocumentView(SearchService search, EntityService entities, Forces forces, CurrentCaller caller) {
        this.search = search;
        this.entities = entities;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        RouterLink back = new RouterLink("Back to search", SearchView.class);
        back.addClassName("cf-muted");
        add(back);
        String id = event.getRouteParameters().get("id").orElse("");
        PurposeDialog.thenRun(caller, () -> {
            Optional<DocumentPage> page = DocumentId.isWellFormed(id)
                    ? search.page(caller.get(), new DocumentId(id)) : Optional.empty();
            page.ifPresentOrElse(this::show, this::showMissing);
        });
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    private void show(DocumentPage page) {
        DocumentDetails doc = page.document();
        title = doc.title() + " · Crossforce";
        // Shown on paper only: a printed record carries its marking, who printed it and when.
        Div printed = new Div(new Span((doc.marking() == null ? "UNMARKED" : doc.marking()) + " · handling "
                + doc.handling() + " · printed from Crossforce by " + caller.get().user() + " on "
                + Dates.formatWithTime(java.time.Instant.now()) + " · purpose: " + caller.get().purpose()));
        printed.addClassName("cf-print-banner");
        printed.setId("print-banner");
        add(printed);
        H2 heading = new H2(doc.title());
        heading.setId("document-title");
        Div badges = new Div(Badges.marking(doc.marking()), Badges.handling(doc.handling()));
        badges.addClassName("cf-hit-meta");
        add(heading, badges);
        if (doc.conditions() != null) {
            add(Badges.conditions(doc.conditions()));
        }
        if (doc.sha256() != null) {
            Anchor download = new Anchor("api/documents/" + doc.id() + "/original", "Download original");
            download.getElement().setAttribute("download", true);
            download.setId("download-original");
            download.addClassName("cf-download");
            add(download);
        }
        if (doc.failure() != null) {
            Div failure = new Div(VaadinIcon.WARNING.create(), new Span(" " + doc.failure()));
            failure.addClassName("cf-error");
            add(failure);
        }
        add(properties(doc));
        List<TreeNode> tree = page.tree();
        if (tree.size() > 1) {
            add(new H3("Contents of " + tree.getFirst().fileName()), tree(tree, doc.id()));
        }
        if (doc.deliveries().size() > 1) {
            add(new H3("Deliveries"), deliveries(doc));
        }

        List<ReportDocument.EntityMention> mentions = entities.documentEntities(caller.get(), new DocumentId(doc.id()))
                .orElse(List.of());
        if (!mentions.isEmpty()) {
            Anchor chart = new Anchor("chart?start=" + MarkedText.encode("document:" + doc.id()), "Open on a link chart");
            chart.setId("document-chart");
            chart.addClassName("cf-download");
            add(new H3("Entities"), entityList(mentions), chart);
        }
        H3 textHeading = new H3("Extracted text");
        String full = doc.text() == null || doc.text().isBlank() ? "(No text was found in this file.)" : doc.text();
        // A browser slows to a crawl on megabytes of text in one element: show the start, offer the rest.
        var text = MarkedText.of(full, mentions, SHOWN_CHARACTERS);
        add(textHeading);
        if (doc.truncated()) {
            Div note = new Div(VaadinIcon.WARNING.create(),
                    new Span(" The text was cut at the extraction limit; the rest of the file is not searchable."));
            note.addClassName("cf-error");
            add(note);
        }
        add(text);
        if (full.length() > SHOWN_CHARACTERS) {
            add(new Span(String.format("Showing the first %,d of %,d characters; download the original for the rest.",
                    SHOWN_CHARACTERS, full.length())));
        }
        add(metadata(doc.metadata()));
    }

    /** Each entity once, with how often the document mentions it, most mentioned first. */
    private static Div entityList(List<ReportDocument.EntityMention> mentions) {
        Map<String, List<ReportDocument.EntityMention>> byEntity = new LinkedHashMap<>();
        mentions.forEach(m -> byEntity.computeIfAbsent(m.id(), k -> new ArrayList<>()).add(m));
        Div list = new Div();
        list.addClassName("cf-spellings");
        list.setId("document-entities");
        byEntity.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<ReportDocument.EntityMention>> e) -> -e.getValue().size()))
                .forEach(e -> {
                    ReportDocument.EntityMention first = e.getValue().getFirst();
                    Anchor link = new Anchor(EntityView.href(e.getKey()), first.type().equals("person") ? first.text()
                            : first.value());
                    Span chip = new Span(EntityLabels.badge(first.type()), link);
                    if (e.getValue().size() > 1) {
                        chip.add(new Span(" ×" + e.getValue().size()));
                    }
                    chip.addClassName("cf-chip");
                    list.add(chip);
                });
        return list;
    }

    private void showMissing() {
        title = "Document not found · Crossforce";
        Div empty = new Div();
        empty.setText("This document does not exist, or you may not see it.");
        empty.addClassName("cf-empty");
        empty.setId("document-missing");
        add(empty);
    }

    private Component properties(DocumentDetails doc) {
        PropertiesTable table = new PropertiesTable();
        table.row("Force", forces.nameOf(ForceCode.of(doc.force())) + " (" + doc.force() + ")");
        table.row("Date", Dates.formatWithTime(doc.date()));
        table.row("Marking", doc.marking());
        table.row("Handling code", doc.handling());
        table.row("Source system", doc.sourceSystem());
        table.row(doc.path() != null && doc.path().contains("/") ? "Inside" : "Original file",
                doc.path() != null ? doc.path() : doc.fileName());
        table.row("Format", doc.mediaType());
        table.row("Size", String.format("%,d bytes", doc.size()));
        table.row("Author", doc.author());
        if (doc.email() != null) {
            table.row("From", doc.email().from());
            table.row("To", doc.email().to() == null ? null : String.join(", ", doc.email().to()));
            table.row("Cc", doc.email().cc() == null || doc.email().cc().isEmpty() ? null : String.join(", ", doc.email().cc()));
            table.row("Sent", Dates.formatWithTime(doc.email().sent()));
        }
        if (doc.photo() != null) {
            table.row("Taken", Dates.formatWithTime(doc.photo().captured()));
            table.row("Camera", join(doc.photo().cameraMake(), doc.photo().cameraModel()));
        }
        if (doc.location() != null) {
            table.row("Position", String.format("%.5f, %.5f", doc.location().lat(), doc.location().lon()));
        }
        if (doc.pageCount() != null) {
            table.row("Pages", doc.pageCount().toString());
        }
        if (doc.language() != null) {
            table.row("Language", doc.language());
        }
        if (doc.ocr()) {
            table.row("Text source", "Optical character recognition (check against the original)");
        }
        table.row("Created", Dates.formatWithTime(doc.created()));
        table.row("Modified", Dates.formatWithTime(doc.modified()));
        table.row("Ingested", Dates.formatWithTime(doc.ingestedAt()));
        table.row("SHA-256", doc.sha256());
        table.row("Document id", doc.id());
        Div wrapper = table.holder();
        wrapper.setId("document-properties");
        return wrapper;
    }

    private static Component tree(List<TreeNode> nodes, String current) {
        Div list = new Div();
        list.setId("document-tree");
        list.addClassName("cf-tree");
        for (TreeNode node : nodes) {
            Div row = new Div();
            row.addClassName("cf-tree-row");
            row.getStyle().set("padding-left", (node.depth() * 1.5) + "em");
            String label = node.fileName() + (node.mediaType() == null ? "" : "  ·  " + node.mediaType());
            if (node.id().equals(current)) {
                Span here = new Span(label);
                here.addClassName("cf-tree-current");
                row.add(here);
            } else {
                row.add(new RouterLink(label, DocumentView.class, new RouteParameters("id", node.id())));
            }
            if (node.failure() != null) {
                Span failed = new Span("could not be read");
                failed.addClassName("cf-tree-failed");
                failed.getElement().setAttribute("title", node.failure());
                row.add(failed);
            }
            list.add(row);
        }
        return list;
    }

    private static Component deliveries(DocumentDetails doc) {
        PropertiesTable table = new PropertiesTable();
        for (var delivery : doc.deliveries()) {
            table.row(Dates.formatWithTime(delivery.at()), delivery.fileName() + " · " + delivery.channel() + " by "
                    + delivery.user() + (delivery.origin() == null ? "" : " from " + delivery.origin())
                    + " · job " + delivery.job());
        }
        Div wrapper = table.holder();
        wrapper.setId("document-deliveries");
        return wrapper;
    }

    private static String join(String a, String b) {
        String joined = ((a == null ? "" : a) + " " + (b == null ? "" : b)).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static Component metadata(Map<String, List<String>> metadata) {
        PropertiesTable table = new PropertiesTable();
        metadata.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> table.row(e.getKey(), String.join("; ", e.getValue())));
        Div content = table.holder();
        Details details = new Details("All file metadata (" + metadata.size() + " fields)", content);
        details.setWidthFull();
        return details;
    }

}
