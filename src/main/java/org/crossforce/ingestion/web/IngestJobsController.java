package org.crossforce.ingestion.web;

import java.util.List;
import java.util.Map;

import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.ingestion.IngestService;
import org.crossforce.ingestion.IngestStatus;
import org.crossforce.ingestion.JobStatus;
import org.crossforce.security.CurrentCaller;
import org.crossforce.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Ingest jobs: their progress, every file's outcome, and a retry of the failed ones. */
@RestController
class IngestJobsController {

    private final IngestService ingestion;
    private final CurrentCaller caller;

    IngestJobsController(IngestService ingestion, CurrentCaller caller) {
        this.ingestion = ingestion;
        this.caller = caller;
    }

    @GetMapping("/api/ingest/jobs")
    List<JobStatus> jobs(@RequestParam(defaultValue = "50") int limit) {
        return ingestion.jobs(caller.get(), Math.clamp(limit, 1, 1000));
    }

    @GetMapping("/api/ingest/jobs/{id}")
    JobDetails job(@PathVariable String id, @RequestParam(required = false) IngestStatus status) {
        JobStatus job = ingestion.job(caller.get(), id).orElseThrow(() -> new NotFoundException("Ingest job " + id));
        List<IngestOutcome> outcomes = ingestion.outcomes(caller.get(), id).stream()
                .filter(o -> status == null || o.status() == status).toList();
        return new JobDetails(job, outcomes);
    }

    @PostMapping("/api/ingest/jobs/{id}/retry")
    Map<String, Integer> retry(@PathVariable String id) {
        ingestion.job(caller.get(), id).orElseThrow(() -> new NotFoundException("Ingest job " + id));
        return Map.of("retried", ingestion.retryFailed(caller.get(), id));
    }

    @GetMapping("/api/ingest/status")
    IngestService.PipelineState status() {
        return ingestion.state();
    }

    record JobDetails(JobStatus job, List<IngestOutcome> outcomes) {
    }
}
