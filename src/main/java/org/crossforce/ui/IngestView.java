package org.crossforce.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.crossforce.forces.Forces;
import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.ingestion.IngestService;
import org.crossforce.ingestion.IngestStatus;
import org.crossforce.ingestion.JobStatus;
import org.crossforce.ingestion.StagingDirectory;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;

/**
 * The ingestion pipeline at work: jobs with their progress, each file's outcome, failures with
 * their reasons, and a retry of the failed files. Refreshes itself every two seconds.
 */
@Route("ingest")
@RolesAllowed("INTAKE")
@PageTitle("Ingestion · Crossforce")
public class IngestView extends VerticalLayout {

    private final IngestService ingestion;
    private final Forces forces;
    private final CurrentCaller caller;

    private final Div banner = new Div();
    private final ComboBox<String> forceFilter = new ComboBox<>("Force");
    private final Grid<JobStatus> jobs = new Grid<>(JobStatus.class, false);
    private final H3 jobHeading = new H3();
    private final Select<IngestStatus> statusFilter = new Select<>();
    private final Button retry = new Button("Retry failed files", VaadinIcon.REFRESH.create());
    private final Grid<IngestOutcome> outcomes = new Grid<>(IngestOutcome.class, false);
    private final VerticalLayout jobPanel = new VerticalLayout();
    private String selectedJob;

    IngestView(IngestService ingestion, Forces forces, CurrentCaller caller, StagingDirectory staging) {
        this.ingestion = ingestion;
        this.forces = forces;
        this.caller = caller;
        addClassName("cf-page");
        setPadding(false);

        banner.setId("ingest-state");
        forceFilter.setItemLabelGenerator(code -> forces.nameOf(ForceCode.of(code)));
        forceFilter.setClearButtonVisible(true);
        forceFilter.setPlaceholder("All forces");
        forceFilter.addValueChangeListener(e -> refresh());

        configureJobs();
        configureOutcomes();
        jobPanel.setId("ingest-view-job");
        jobPanel.setPadding(false);
        jobPanel.setVisible(false);
        UploadPanel upload = new UploadPanel(ingestion, forces, caller, staging, job -> {
            selectedJob = job;
            refresh();
        });
        add(new H2("Ingestion"), banner, upload, forceFilter, jobs, jobPanel);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(2000);
        event.getUI().addPollListener(e -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    private void configureJobs() {
        jobs.setId("jobs");
        jobs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        jobs.setWidthFull();
        jobs.addColumn(j -> Dates.formatWithTime(j.created())).setHeader("Started").setWidth("10em").setFlexGrow(0);
        jobs.addColumn(j -> forces.nameOf(ForceCode.of(j.force()))).setHeader("Force").setFlexGrow(2);
        jobs.addColumn(j -> j.channel() + " · " + j.user()).setHeader("Sent by").setFlexGrow(2);
        jobs.addComponentColumn(IngestView::progress).setHeader("Progress").setWidth("11em").setFlexGrow(0);
        jobs.addColumn(JobStatus::indexed).setHeader("Indexed").setWidth("6em").setTextAlign(ColumnTextAlign.END).setFlexGrow(0);
        jobs.addColumn(JobStatus::duplicate).setHeader("Dupl.").setWidth("5em").setTextAlign(ColumnTextAlign.END).setFlexGrow(0)
                .setTooltipGenerator(j -> j.duplicate() + " already held");
        jobs.addColumn(JobStatus::failed).setHeader("Failed").setWidth("5em").setTextAlign(ColumnTextAlign.END).setFlexGrow(0)
                .setPartNameGenerator(j -> j.failed() > 0 ? "cf-failed" : null);
        jobs.addColumn(j -> String.format("%.1f", j.filesPerSecond())).setHeader("Files/s").setWidth("6em").setTextAlign(ColumnTextAlign.END).setFlexGrow(0);
        jobs.addColumn(j -> j.eta() == null ? (j.finished() ? "done" : "—") : remaining(j.eta()))
                .setHeader("ETA").setWidth("5em").setFlexGrow(0);
        jobs.addColumn(JobStatus::id).setHeader("Job").setFlexGrow(1).setPartNameGenerator(j -> "cf-job-id");
        jobs.addSelectionListener(e -> {
            selectedJob = e.getFirstSelectedItem().map(JobStatus::id).orElse(null);
            showJob();
        });
        jobs.setEmptyStateText("No files have been ingested yet. Upload files above, drop them into a force's "
                + "inbox folder, send them to POST /api/forces/{force}/documents, or use the ingest command.");
    }

    private void configureOutcomes() {
        statusFilter.setLabel("Outcome");
        statusFilter.setItems(IngestStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("All outcomes");
        statusFilter.addValueChangeListener(e -> showJob());
        retry.setId("retry-failed");
        retry.addThemeVariants(ButtonVariant.LUMO_ERROR);
        retry.addClickListener(e -> {
            int count = ingestion.retryFailed(caller.get(), selectedJob);
            Notification.show(count + " file(s) sent through the pipeline again", 4000, Notification.Position.BOTTOM_START);
            refresh();
        });
        outcomes.setId("outcomes");
        outcomes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        outcomes.setEmptyStateText("No file of this job has this outcome.");
        outcomes.addColumn(IngestOutcome::name).setHeader("File").setAutoWidth(true).setFlexGrow(1);
        outcomes.addComponentColumn(IngestView::statusBadge).setHeader("Outcome").setAutoWidth(true).setFlexGrow(0);
        outcomes.addComponentColumn(o -> o.id() == null || o.status() == IngestStatus.FAILED || o.status() == IngestStatus.QUEUED
                ? new Span() : new RouterLink("Open", DocumentView.class, new RouteParameters("id", o.id())))
                .setHeader("Document").setAutoWidth(true).setFlexGrow(0);
        outcomes.addColumn(o -> o.reason() == null ? (o.truncated() ? "Text cut at the extraction limit" : "") : o.reason())
                .setHeader("Reason").setFlexGrow(2);
        HorizontalLayout tools = new HorizontalLayout(statusFilter, retry);
        tools.setAlignItems(Alignment.BASELINE);
        jobPanel.add(jobHeading, tools, outcomes);
    }

    private void refresh() {
        IngestService.PipelineState state = ingestion.state();
        banner.removeAll();
        banner.setClassName(state.waitingForElasticsearch() ? "cf-error" : "cf-muted");
        if (state.waitingForElasticsearch()) {
            banner.add(VaadinIcon.HOURGLASS.create(), new Span(" Waiting for Elasticsearch: " + state.pending()
                    + " file(s) are safe in the journal and will be indexed when it is back. (" + state.reason() + ")"));
        } else {
            banner.setText(state.pending() == 0 ? "The pipeline is idle." : state.pending() + " file(s) in the pipeline.");
        }
        List<JobStatus> latest = ingestion.jobs(caller.get(), 200);
        forceFilter.setItems(latest.stream().map(JobStatus::force).distinct().sorted().toList());
        List<JobStatus> shown = latest.stream()
                .filter(j -> forceFilter.getValue() == null || j.force().equals(forceFilter.getValue())).toList();
        // New items clear the grid's selection, which would otherwise close the job being watched.
        String watched = selectedJob;
        jobs.setItems(shown);
        // A few jobs are shown whole; more scroll, keeping the chosen job's outcomes in sight.
        jobs.setAllRowsVisible(shown.size() <= 8);
        jobs.setHeight(shown.size() <= 8 ? null : "20em");
        selectedJob = watched;
        shown.stream().filter(j -> j.id().equals(watched)).findFirst().ifPresent(jobs::select);
        showJob();
    }

    private void showJob() {
        Optional<JobStatus> job = Optional.ofNullable(selectedJob).flatMap(id -> ingestion.job(caller.get(), id));
        jobPanel.setVisible(job.isPresent());
        job.ifPresent(j -> {
            jobHeading.setText("Job " + j.id() + ": " + j.done() + " of " + j.files() + " files done");
            retry.setEnabled(j.failed() > 0);
            retry.setText("Retry failed files (" + j.failed() + ")");
            List<IngestOutcome> shown = ingestion.outcomes(caller.get(), j.id()).stream()
                    .filter(o -> statusFilter.getValue() == null || Objects.equals(o.status(), statusFilter.getValue()))
                    .toList();
            outcomes.setItems(shown);
            outcomes.setAllRowsVisible(shown.size() <= 15);
            outcomes.setHeight(shown.size() <= 15 ? null : "28em");
        });
    }

    private static Component progress(JobStatus job) {
        ProgressBar bar = new ProgressBar(0, Math.max(1, job.files()), job.done());
        Span count = new Span(job.done() + " / " + job.files());
        count.addClassName("cf-muted");
        HorizontalLayout cell = new HorizontalLayout(bar, count);
        cell.setAlignItems(Alignment.CENTER);
        cell.setSpacing(true);
        return cell;
    }

    private static Span statusBadge(IngestOutcome outcome) {
        Span badge = new Span(outcome.status().name());
        badge.addClassNames("cf-marking", "cf-outcome-" + outcome.status().name().toLowerCase(java.util.Locale.ROOT));
        return badge;
    }

    private static String remaining(Instant eta) {
        long seconds = Math.max(0, Duration.between(Instant.now(), eta).toSeconds());
        return seconds < 90 ? seconds + " s" : (seconds / 60) + " min";
    }
}
