package org.crossforce.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.search.SearchHit;
import org.crossforce.search.SearchQuery;
import org.crossforce.search.SearchResults;
import org.crossforce.search.SearchService;
import org.crossforce.search.SearchSort;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Search across forces: a query box, a force facet that filters when clicked, highlighted hits
 * and paging. The query lives in the address, so a search can be bookmarked or shared.
 */
@Route("search")
@RolesAllowed({"ANALYST", "SUPERVISOR"})
@PageTitle("Search · Crossforce")
public class SearchView extends VerticalLayout implements BeforeEnterObserver {

    static final int PAGE_SIZE = 20;
    private static final Logger log = LoggerFactory.getLogger(SearchView.class);

    private final SearchService search;
    private final Forces forces;
    private final CurrentCaller caller;

    private final TextField query = new TextField();
    private final Select<SearchSort> sort = new Select<>();
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final CheckboxGroup<String> forceFacet = new CheckboxGroup<>();
    private final Span summary = new Span();
    private final VerticalLayout results = new VerticalLayout();
    private final HorizontalLayout pager = new HorizontalLayout();
    private final Map<String, Long> facetCounts = new HashMap<>();
    private boolean updatingFacet;
    private int page;

    SearchView(SearchService search, Forces forces, CurrentCaller caller) {
        this.search = search;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);

        query.setPlaceholder("Search reports, statements and intelligence across forces");
        query.setHelperText("Words, \"exact phrases\", AND / OR / NOT, -exclude, fuzzy~ — e.g. burglary AND \"AB12 CDE\"");
        query.setPrefixComponent(VaadinIcon.SEARCH.create());
        query.setClearButtonVisible(true);
        query.setWidthFull();
        query.setId("search-query");
        query.addKeyPressListener(Key.ENTER, e -> searchFromStart());
        query.setAriaLabel("Search");

        Button go = new Button("Search", e -> searchFromStart());
        go.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        go.setId("search-button");

        sort.setLabel("Order");
        sort.setItems(SearchSort.RELEVANCE, SearchSort.DATE);
        sort.setItemLabelGenerator(s -> s == SearchSort.DATE ? "Newest first" : "Best match");
        sort.setValue(SearchSort.RELEVANCE);
        sort.addValueChangeListener(e -> { if (e.isFromClient()) searchFromStart(); });
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        from.addValueChangeListener(e -> { if (e.isFromClient()) searchFromStart(); });
        to.addValueChangeListener(e -> { if (e.isFromClient()) searchFromStart(); });

        HorizontalLayout bar = new HorizontalLayout(query, go);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.expand(query);
        HorizontalLayout options = new HorizontalLayout(sort, from, to);
        options.setAlignItems(FlexComponent.Alignment.BASELINE);

        forceFacet.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
        forceFacet.setId("force-facet");
        forceFacet.setItemLabelGenerator(code -> forces.nameOf(ForceCode.of(code)) + "  (" + facetCounts.getOrDefault(code, 0L) + ")");
        forceFacet.addValueChangeListener(e -> { if (!updatingFacet && e.isFromClient()) searchFromStart(); });
        VerticalLayout facets = new VerticalLayout(new H4("Force"), forceFacet);
        facets.addClassName("cf-facets");
        facets.setPadding(false);
        facets.setSpacing(false);

        summary.addClassName("cf-muted");
        summary.setId("result-summary");
        results.addClassName("cf-results");
        results.setPadding(false);
        results.setId("results");
        pager.setAlignItems(FlexComponent.Alignment.CENTER);
        VerticalLayout main = new VerticalLayout(summary, results, pager);
        main.setPadding(false);

        HorizontalLayout body = new HorizontalLayout(facets, main);
        body.setWidthFull();
        body.expand(main);
        add(bar, options, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        query.setValue(first(params, "q"));
        sort.setValue("date".equals(first(params, "sort")) ? SearchSort.DATE : SearchSort.RELEVANCE);
        from.setValue(date(first(params, "from")));
        to.setValue(date(first(params, "to")));
        updatingFacet = true;
        forceFacet.setValue(params.getOrDefault("force", List.of()).stream()
                .map(forces::find).flatMap(java.util.Optional::stream).map(f -> f.code().value())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        updatingFacet = false;
        page = parsePage(first(params, "page"));
        PurposeDialog.thenRun(caller, this::runSearch);
    }

    private void searchFromStart() {
        page = 0;
        runSearch();
    }

    private void runSearch() {
        Set<ForceCode> selected = forceFacet.getValue().stream()
                .map(forces::find).flatMap(java.util.Optional::stream).map(f -> f.code()).collect(Collectors.toSet());
        results.removeAll();
        pager.removeAll();
        SearchResults found;
        try {
            found = search.search(caller.get(), new SearchQuery(query.getValue(), selected, from.getValue(),
                    to.getValue(), page, PAGE_SIZE, sort.getValue()));
        } catch (IllegalArgumentException e) {
            showError(e.getMessage());
            return;
        } catch (RuntimeException e) {
            log.warn("Search failed", e);
            showError("Search is unavailable at the moment: Crossforce cannot reach its search index. "
                    + "Try again in a minute; if it persists, tell your system administrator.");
            return;
        }
        remember();
        showFacet(found.facets().force());
        showHits(found);
    }

    private void showFacet(Map<String, Long> counts) {
        facetCounts.clear();
        facetCounts.putAll(counts);
        Set<String> selected = forceFacet.getValue();
        List<String> codes = new ArrayList<>(counts.keySet());
        selected.stream().filter(s -> !codes.contains(s)).forEach(codes::add);
        codes.sort(Comparator.comparing((String c) -> -counts.getOrDefault(c, 0L)).thenComparing(c -> c));
        updatingFacet = true;
        forceFacet.setItems(codes);
        forceFacet.setValue(selected);
        updatingFacet = false;
    }

    private void showHits(SearchResults found) {
        String what = query.getValue().isBlank() ? "document" : "result";
        summary.setText(found.total() == 0 ? "" : String.format("%,d %s%s%s", found.total(), what,
                found.total() == 1 ? "" : "s", query.getValue().isBlank() ? ", newest first" : ""));
        if (found.total() == 0) {
            Div empty = new Div();
            empty.addClassName("cf-empty");
            empty.setId("no-results");
            if (query.getValue().isBlank() && forceFacet.getValue().isEmpty()) {
                empty.setText("No documents have been ingested yet. Upload files with POST /api/forces/{force}/documents "
                        + "or the ingest command.");
            } else {
                empty.setText("No documents match. Try fewer words, a fuzzy search such as smyth~, "
                        + "or clear the force and date filters.");
            }
            results.add(empty);
            return;
        }
        found.hits().forEach(hit -> results.add(new HitCard(hit, forces.nameOf(ForceCode.of(hit.force())))));
        int pages = (int) Math.min((found.total() + PAGE_SIZE - 1) / PAGE_SIZE, SearchQuery.MAX_WINDOW / PAGE_SIZE);
        if (pages > 1) {
            Button previous = new Button("Previous", VaadinIcon.ANGLE_LEFT.create(), e -> turnTo(page - 1));
            previous.setEnabled(page > 0);
            previous.setId("previous-page");
            Button next = new Button("Next", VaadinIcon.ANGLE_RIGHT.create(), e -> turnTo(page + 1));
            next.setIconAfterText(true);
            next.setEnabled(page + 1 < pages);
            next.setId("next-page");
            Span position = new Span("Page " + (page + 1) + " of " + pages);
            position.addClassName("cf-muted");
            pager.add(previous, position, next);
        }
    }

    private void turnTo(int newPage) {
        page = newPage;
        runSearch();
        getElement().executeJs("window.scrollTo(0, 0)");
    }

    private void showError(String message) {
        summary.setText("");
        Div error = new Div();
        error.setText(message);
        error.addClassName("cf-error");
        error.setId("search-error");
        results.add(error);
    }

    /** Puts the search in the address without a navigation, so back and bookmarks work. */
    private void remember() {
        Map<String, List<String>> params = new HashMap<>();
        if (!query.getValue().isBlank()) params.put("q", List.of(query.getValue()));
        if (!forceFacet.getValue().isEmpty()) params.put("force", List.copyOf(forceFacet.getValue()));
        if (sort.getValue() == SearchSort.DATE) params.put("sort", List.of("date"));
        if (from.getValue() != null) params.put("from", List.of(from.getValue().toString()));
        if (to.getValue() != null) params.put("to", List.of(to.getValue().toString()));
        if (page > 0) params.put("page", List.of(Integer.toString(page)));
        String location = "search" + (params.isEmpty() ? "" : "?" + new QueryParameters(params).getQueryString());
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, location));
    }

    private static String first(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        return values == null || values.isEmpty() ? "" : values.getFirst();
    }

    private static LocalDate date(String text) {
        try {
            return text.isBlank() ? null : LocalDate.parse(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static int parsePage(String text) {
        try {
            return text.isBlank() ? 0 : Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** One hit: its title linking to the document, where it comes from, and where the words matched. */
    static final class HitCard extends Div {

        HitCard(SearchHit hit, String forceName) {
            addClassName("cf-hit");
            RouterLink title = new RouterLink(hit.title(), DocumentView.class, new RouteParameters("id", hit.id()));
            title.addClassName("cf-hit-title");
            Div meta = new Div(Badges.marking(hit.marking()));
            if ("C".equals(hit.handling())) {
                meta.add(Badges.handling(hit.handling()));
            }
            meta.add(new Span(forceName), new Span(hit.date() == null ? "undated" : Dates.format(hit.date())));
            meta.addClassName("cf-hit-meta");
            add(title, meta);
            if (hit.conditions() != null) {
                add(Badges.conditions(hit.conditions()));
            }
            if (hit.path() != null) {
                Span inside = new Span("Inside " + hit.path());
                inside.addClassName("cf-hit-path");
                add(inside);
            }
            for (String snippet : hit.highlights()) {
                // Only <em> is markup in a highlight: SearchService escapes everything else.
                add(new Html("<div class=\"cf-snippet\">…" + snippet + "…</div>"));
            }
        }
    }
}
