package org.crossforce.portal.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.PublicSubmission;
import org.crossforce.intake.Receipt;
import org.crossforce.intake.ReportKind;
import org.crossforce.intake.ReportPlace;
import org.crossforce.intake.Reporter;
import org.crossforce.intake.SubmissionRefusedException;
import org.crossforce.intake.HateStrand;
import org.crossforce.portal.Limits;
import org.crossforce.portal.PortalEnabled;
import org.crossforce.portal.PortalProperties;
import org.crossforce.portal.ProofOfWork;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sends the report, past the honeypot, the proof of work and the limits; the reference is shown
 * only once the desk has stored it.
 */
@Controller
@PortalEnabled
class SendController {

    private final PublicDesk desk;
    private final Limits limits;
    private final PortalProperties properties;

    SendController(PublicDesk desk, Limits limits, PortalProperties properties) {
        this.desk = desk;
        this.limits = limits;
        this.properties = properties;
    }

    @PostMapping("/public/report/send")
    String send(@RequestParam(name = "website", required = false) String honeypot,
            @RequestParam(name = "nonce", required = false) String nonce, HttpSession session, HttpServletRequest request,
            Model model, RedirectAttributes redirect, jakarta.servlet.http.HttpServletResponse response) {
        Draft draft = ReportController.draft(session);
        if (draft == null) {
            return "redirect:/public/report/expired";
        }
        String address = ReportController.address(request);
        if (honeypot != null && !honeypot.isBlank()) {
            // Only software fills a field nobody can see.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return message(model, "Your report could not be sent", "Something about the form was not right. "
                    + "Go back to the start and try again.");
        }
        boolean proved = ProofOfWork.solves(draft.challenge, nonce, properties.proofBits());
        if (!limits.allow(proved ? Limits.Kind.REPORT : Limits.Kind.UNPROVED_REPORT, address)) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return message(model, "Too many reports from your connection", "So many reports have been sent from "
                    + "your internet connection in the last hour that Crossforce has stopped taking more for now. "
                    + "Your answers are kept: try again later. In an emergency, call 999.");
        }
        Receipt receipt;
        try {
            receipt = desk.submit(submission(draft, address));
        } catch (SubmissionRefusedException e) {
            model.addAttribute("draft", draft);
            model.addAttribute("back", "/public/report/you");
            model.addAttribute("caption", draft.kind.label());
            model.addAttribute("errors", Map.of("send", e.getMessage()));
            model.addAttribute("summary", Summary.of(draft));
            model.addAttribute("proofBits", properties.proofBits());
            return "portal/check";
        }
        session.removeAttribute(Draft.SESSION_KEY);
        redirect.addFlashAttribute("receipt", receipt);
        redirect.addFlashAttribute("email", draft.email);
        return "redirect:/public/report/done";
    }

    @GetMapping("/public/report/done")
    String done(Model model) {
        if (!model.containsAttribute("receipt")) {
            return "redirect:/public";
        }
        return "portal/done";
    }

    static PublicSubmission submission(Draft d, String address) {
        ReportPlace place = d.hasPlace() ? new ReportPlace(d.latitude, d.longitude,
                d.placeText == null ? d.placeLabel : d.placeText + " – " + d.placeLabel, d.placeHow) : null;
        Reporter reporter = Boolean.TRUE.equals(d.anonymous) ? Reporter.ANONYMOUS
                : new Reporter(d.name, d.email, d.phone, false);
        return new PublicSubmission(d.kind, d.appealId, d.category,
                d.strands.stream().map(HateStrand::valueOf).collect(java.util.stream.Collectors.toSet()), d.description,
                Questions.date(d), Questions.time(d.time), Boolean.TRUE.equals(d.ongoing),
                Boolean.TRUE.equals(d.anyoneHurt), d.involved, place, reporter,
                d.files.stream().map(Draft.DraftFile::id).toList(), Boolean.TRUE.equals(d.consent), address);
    }

    static String message(Model model, String title, String text) {
        model.addAttribute("title", title);
        model.addAttribute("message", text);
        return "portal/message";
    }

    static boolean isAppeal(Draft d) {
        return d.kind == ReportKind.APPEAL;
    }
}
