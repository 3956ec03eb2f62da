package org.crossforce.intake.web;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crossforce.intake.AppealImage;
import org.crossforce.intake.FollowUp;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.PublicDeskApi;
import org.crossforce.intake.PublicSubmission;
import org.crossforce.intake.Receipt;
import org.crossforce.intake.StagedFile;
import org.crossforce.intake.SubmissionRefusedException;
import org.crossforce.shared.ForceCode;
import org.crossforce.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public desk over HTTP, for a portal run as its own process ({@link PublicDeskApi}). Only the
 * portal's service account gets this far (the API's security chain); what it hands in is stored and
 * audited exactly as the embedded portal's, with the reporter's address the portal passes on.
 */
@RestController
class PublicDeskController {

    private final PublicDesk desk;

    PublicDeskController(PublicDesk desk) {
        this.desk = desk;
    }

    @PostMapping(path = PublicDeskApi.FILES, consumes = MediaType.APPLICATION_OCTET_STREAM_VALUE)
    StagedFile stage(@RequestParam String name, HttpServletRequest request) throws IOException {
        // From the connection straight to the shelf: a gigabyte of video is never held in memory.
        return desk.stage(name, request.getInputStream());
    }

    @GetMapping(PublicDeskApi.FILES + "/{id}")
    StagedFile staged(@PathVariable String id) {
        return found(desk.staged(id), "The staged file " + id);
    }

    @PostMapping(PublicDeskApi.REPORTS)
    Receipt submit(@RequestBody PublicSubmission submission) {
        return desk.submit(submission);
    }

    @PostMapping(PublicDeskApi.FOLLOW)
    FollowUp follow(@RequestBody PublicDeskApi.Follow request) {
        return found(desk.follow(request.link()), "A report behind this link");
    }

    @PostMapping(PublicDeskApi.REPLIES)
    FollowUp reply(@RequestBody PublicDeskApi.Reply reply) {
        return desk.reply(reply.link(), reply.text(), reply.files(), reply.sender());
    }

    @GetMapping(PublicDeskApi.APPEALS)
    List<PublicAppeal> appeals(@RequestParam(required = false) String force) {
        return desk.appeals(force == null || force.isBlank() ? null : ForceCode.of(force));
    }

    @GetMapping(PublicDeskApi.APPEALS + "/{id}")
    PublicAppeal appeal(@PathVariable String id) {
        return found(desk.appeal(id), "The appeal " + id);
    }

    @GetMapping(PublicDeskApi.APPEALS + "/{id}/images/{image}")
    void image(@PathVariable String id, @PathVariable String image, HttpServletResponse response) throws IOException {
        try (AppealImage content = found(desk.appealImage(id, image), "The image " + image + " of appeal " + id)) {
            response.setContentType(MediaType.parseMediaType(content.mediaType()).toString());
            if (content.size() >= 0) {
                response.setContentLengthLong(content.size());
            }
            content.content().transferTo(response.getOutputStream());
        }
    }

    /** The reason is for the member of the public: the portal shows it as it is. */
    @ExceptionHandler(SubmissionRefusedException.class)
    ProblemDetail refused(SubmissionRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    private static <T> T found(Optional<T> answer, String what) {
        return answer.orElseThrow(() -> new NotFoundException(what));
    }
}
