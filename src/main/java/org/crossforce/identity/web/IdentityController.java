package org.crossforce.identity.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossforce.identity.IdentitiesNotReadyException;
import org.crossforce.identity.IdentityProfile;
import org.crossforce.identity.IdentityService;
import org.crossforce.identity.PairExplanation;
import org.crossforce.identity.PersonIdentity;
import org.crossforce.identity.ResolutionStats;
import org.crossforce.identity.ReviewItem;
import org.crossforce.security.CurrentCaller;
import org.crossforce.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Identities over REST: the identity of a record, an identity's profile and candidates, the review
 * queue, judgements, and the export. Every answer holds only records the caller may see.
 */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Identities",
        description = "One person across forces: identities, their explanations, the review queue and judgements")
class IdentityController {

    private final IdentityService identities;
    private final CurrentCaller caller;

    IdentityController(IdentityService identities, CurrentCaller caller) {
        this.identities = identities;
        this.caller = caller;
    }

    /** The identity of each person a record or document names, or of one person ({@code <id>#<n>}). */
    @io.swagger.v3.oas.annotations.Operation(summary = "The identity of each person a record names, or of one person ({id} ending #n, the # encoded as %23)")
    @GetMapping("/api/records/{id}/identity")
    List<PersonIdentity> identityOf(@PathVariable String id) {
        List<PersonIdentity> found = identities.identitiesOf(caller.get(), id);
        if (found.isEmpty()) {
            throw new NotFoundException("No resolved person in record " + id);
        }
        return found;
    }

    @io.swagger.v3.oas.annotations.Operation(summary = "An identity: every record joined that the caller may see, its spellings, dates of birth, forces, systems and judgements")
    @GetMapping("/api/identities/{id}")
    IdentityProfile profile(@PathVariable String id) {
        return identities.profile(caller.get(), id).orElseThrow(() -> new NotFoundException("Identity " + id));
    }

    /** Records weighed against this identity's and not joined, with why, strongest first. */
    @io.swagger.v3.oas.annotations.Operation(summary = "Records weighed against the identity's and not joined, strongest first, each with its explanation")
    @GetMapping("/api/identities/{id}/candidates")
    List<PairExplanation> candidates(@PathVariable String id, @RequestParam(defaultValue = "20") int limit) {
        return identities.candidates(caller.get(), id, Math.clamp(limit, 1, 200));
    }

    /** Why two person records are, or are not, one person. */
    @io.swagger.v3.oas.annotations.Operation(summary = "Why two person records are, or are not, one person: each field's level, m, u and weight")
    @GetMapping("/api/identities/explain")
    PairExplanation explain(@RequestParam String a, @RequestParam String b) {
        return identities.explain(caller.get(), a, b).orElseThrow(() -> new NotFoundException("Records " + a + ", " + b));
    }

    /** Uncertain candidate matches, highest impact first. */
    @io.swagger.v3.oas.annotations.Operation(summary = "The review queue: uncertain candidate matches, highest impact first; name filters by any record's name")
    @GetMapping("/api/identities/review")
    List<ReviewItem> review(@RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) String name) {
        return identities.review(caller.get(), Math.clamp(limit, 1, 500), name);
    }

    /**
     * A judgement on two person records: {@code same} true confirms a match, false rejects it.
     *
     * @return the records whose identity changed
     */
    @io.swagger.v3.oas.annotations.Operation(summary = "Judge two person records one person (same true) or different people (same false); applied at once")
    @PostMapping("/api/identities/judgements")
    Map<String, List<String>> judge(@RequestBody JudgementRequest request) {
        if (request.a() == null || request.b() == null || request.same() == null) {
            throw new IllegalArgumentException("A judgement needs a, b and same");
        }
        return Map.of("moved", identities.judge(caller.get(), request.a(), request.b(), request.same(), request.reason()));
    }

    /** Takes a record out of its identity. */
    @io.swagger.v3.oas.annotations.Operation(summary = "Take one record out of the identity: judged a different person from each of its other records")
    @PostMapping("/api/identities/{id}/split")
    Map<String, List<String>> split(@PathVariable String id, @RequestBody SplitRequest request) {
        if (request.record() == null) {
            throw new IllegalArgumentException("Say which record to split out: record");
        }
        return Map.of("moved", identities.split(caller.get(), id, request.record(), request.reason()));
    }

    /** Joins another identity into this one. */
    @io.swagger.v3.oas.annotations.Operation(summary = "Join another identity into this one")
    @PostMapping("/api/identities/{id}/merge")
    Map<String, List<String>> merge(@PathVariable String id, @RequestBody MergeRequest request) {
        if (request.with() == null) {
            throw new IllegalArgumentException("Say which identity to merge with: with");
        }
        return Map.of("moved", identities.merge(caller.get(), id, request.with(), request.reason()));
    }

    /** Re-resolves everything, after a change of model or thresholds: supervisors and administrators. */
    @io.swagger.v3.oas.annotations.Operation(summary = "Re-resolve everything from scratch (supervisors and administrators)")
    @PostMapping("/api/identities/resolve")
    ResolutionStats resolve() {
        return identities.resolveAll(caller.get(), stage -> { });
    }

    /** {@code source_system,source_key,identity_id} for every record the caller may see, or one system's. */
    @io.swagger.v3.oas.annotations.Operation(summary = "The resolution as CSV (source_system,source_key,identity_id) of the records the caller may see")
    @GetMapping(value = "/api/identities/export", produces = "text/csv")
    ResponseEntity<byte[]> export(@RequestParam(name = "source_system", required = false) String sourceSystem)
            throws java.io.IOException {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader("source_system", "source_key", "identity_id").get())) {
            for (String[] row : identities.export(caller.get(), sourceSystem)) {
                csv.printRecord((Object[]) row);
            }
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"identities"
                        + (sourceSystem == null ? "" : "-" + sourceSystem.replaceAll("[^A-Za-z0-9._-]", "_")) + ".csv\"")
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    @ExceptionHandler(IdentitiesNotReadyException.class)
    ProblemDetail notReady(IdentitiesNotReadyException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    @ExceptionHandler(IdentityService.NotFound.class)
    ProblemDetail notFound(IdentityService.NotFound e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    /** @param same true: one person; false: different people */
    record JudgementRequest(String a, String b, Boolean same, String reason) {
    }

    record SplitRequest(String record, String reason) {
    }

    record MergeRequest(String with, String reason) {
    }
}
