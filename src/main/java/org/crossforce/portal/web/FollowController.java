package org.crossforce.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.crossforce.intake.FollowUp;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.SubmissionRefusedException;
import org.crossforce.portal.Limits;
import org.crossforce.portal.PortalEnabled;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** A report behind its secret link: where it stands, the messages, and a reply with more files. */
@Controller
@PortalEnabled
class FollowController {

    private final PublicDesk desk;
    private final Limits limits;
    private final FilesController files;

    FollowController(PublicDesk desk, Limits limits, FilesController files) {
        this.desk = desk;
        this.limits = limits;
        this.files = files;
    }

    @GetMapping("/public/follow/{link}")
    String follow(@PathVariable String link, Model model, HttpServletResponse response) {
        return desk.follow(link).map(report -> show(report, link, Map.of(), model))
                .orElseGet(() -> unknown(model, response));
    }

    @PostMapping("/public/follow/{link}/reply")
    String reply(@PathVariable String link, @RequestParam(required = false) String message,
            @RequestParam(name = "files", required = false) List<MultipartFile> attached, HttpServletRequest request,
            Model model, HttpServletResponse response) {
        FollowUp report = desk.follow(link).orElse(null);
        if (report == null) {
            return unknown(model, response);
        }
        if (!limits.allow(Limits.Kind.REPLY, link)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return show(report, link, Map.of("message", "Many messages have been sent about this report in the last "
                    + "hour: wait a while before you send another"), model);
        }
        List<String> ids = new ArrayList<>();
        List<String> problems = files.stage(attached, 0, ReportController.address(request), staged -> ids.add(staged.id()));
        if (!problems.isEmpty()) {
            return show(report, link, Map.of("files", String.join(". ", problems)), model);
        }
        try {
            desk.reply(link, message, ids, ReportController.address(request));
        } catch (SubmissionRefusedException e) {
            return show(report, link, Map.of("message", e.getMessage()), model);
        }
        return "redirect:/public/follow/" + link + "?sent";
    }

    private String show(FollowUp report, String link, Map<String, String> errors, Model model) {
        model.addAttribute("report", report);
        model.addAttribute("link", link);
        model.addAttribute("errors", errors);
        return "portal/follow";
    }

    private static String unknown(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        return SendController.message(model, "This link does not work",
                "The link may have been copied wrongly, or it has expired. Use the link in the most recent email "
                        + "about your report. If you have no email, make a new report and give its reference, "
                        + "if you have it, in what you write.");
    }
}
