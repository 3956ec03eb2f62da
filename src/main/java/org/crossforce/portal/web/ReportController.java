package org.crossforce.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.geography.Gazetteer;
import org.crossforce.intake.IntakeProperties;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.ReportKind;
import org.crossforce.portal.PortalEnabled;
import org.crossforce.portal.PortalProperties;
import org.crossforce.portal.ProofOfWork;
import org.crossforce.portal.WorkbenchUnavailableException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The report form, one question a page: each answer is checked before the next is asked. */
@Controller
@PortalEnabled
class ReportController {

    private final PublicDesk desk;
    private final Gazetteer gazetteer;
    private final ForceBoundaries boundaries;
    private final Forces forces;
    private final PortalProperties properties;
    private final IntakeProperties intake;

    ReportController(PublicDesk desk, Gazetteer gazetteer, ForceBoundaries boundaries, Forces forces,
            PortalProperties properties, IntakeProperties intake) {
        this.desk = desk;
        this.gazetteer = gazetteer;
        this.boundaries = boundaries;
        this.forces = forces;
        this.properties = properties;
        this.intake = intake;
    }

    @GetMapping({"/public", "/public/"})
    String start(Model model) {
        model.addAttribute("kinds", List.of(ReportKind.CRIME, ReportKind.HATE, ReportKind.ASB, ReportKind.INFORMATION));
        model.addAttribute("appeals", appealCount());
        return "portal/start";
    }

    /** None when a separate portal cannot reach the workbench: a report can still be written meanwhile. */
    private Integer appealCount() {
        try {
            return desk.appeals(null).size();
        } catch (WorkbenchUnavailableException e) {
            return null;
        }
    }

    @GetMapping("/public/report/new")
    String begin(@RequestParam String kind, @RequestParam(required = false) String appeal, HttpSession session) {
        ReportKind chosen = ReportKind.fromSlug(kind).orElse(null);
        if (chosen == null) {
            return "redirect:/public";
        }
        Draft draft = new Draft(chosen);
        if (chosen == ReportKind.APPEAL) {
            PublicAppeal answered = desk.appeal(appeal).orElse(null);
            if (answered == null) {
                return "redirect:/public/appeals";
            }
            draft.appealId = answered.id();
            draft.appealTitle = answered.title();
            draft.forceName = answered.forceName();
        }
        session.setAttribute(Draft.SESSION_KEY, draft);
        return "redirect:/public/report/" + Step.of(chosen).getFirst().path();
    }

    @GetMapping("/public/report/{page}")
    String ask(@PathVariable String page, HttpSession session, Model model) {
        Draft draft = draft(session);
        Step step = Step.of(page).orElse(null);
        if (draft == null || step == null || !Step.of(draft.kind).contains(step)) {
            return draft == null ? "redirect:/public/report/expired" : "redirect:/public";
        }
        return show(step, draft, Map.of(), model);
    }

    @PostMapping("/public/report/{page}")
    String answer(@PathVariable String page, @RequestParam MultiValueMap<String, String> form, HttpSession session,
            Model model) {
        Draft draft = draft(session);
        Step step = Step.of(page).orElse(null);
        if (draft == null || step == null || !Step.of(draft.kind).contains(step)) {
            return draft == null ? "redirect:/public/report/expired" : "redirect:/public";
        }
        Map<String, String> errors = switch (step) {
            case FILES -> Map.of();
            case WHERE -> new Places(gazetteer, boundaries, forces).read(draft, form);
            case PLACE -> new Places(gazetteer, boundaries, forces).confirm(draft, form);
            case CHECK -> Map.of();
            default -> Questions.read(step, draft, form);
        };
        if (!errors.isEmpty()) {
            return show(step, draft, errors, model);
        }
        if (step == Step.PLACE && "no".equals(form.getFirst("right"))) {
            return "redirect:/public/report/where";
        }
        if (step == Step.WHERE && draft.kind == ReportKind.APPEAL && !draft.hasPlace()) {
            // An appeal's answer may leave the place out: it goes to the appeal's force.
            return "redirect:/public/report/" + (draft.checking ? "check" : Step.YOU.path());
        }
        Step next = draft.checking && step != Step.WHERE ? Step.CHECK : step.next(draft.kind);
        return "redirect:/public/report/" + next.path();
    }

    @GetMapping("/public/report/expired")
    String expired(Model model) {
        model.addAttribute("title", "Your answers have been cleared");
        model.addAttribute("message", "To keep your information safe, answers are cleared after a while without "
                + "activity, or when you have sent the report. Nothing you had not sent was passed to the police.");
        model.addAttribute("again", true);
        return "portal/message";
    }

    private String show(Step step, Draft draft, Map<String, String> errors, Model model) {
        Step previous = step.previous(draft.kind);
        String back = draft.checking && step != Step.CHECK ? "/public/report/check"
                : previous == null ? (draft.appealId != null ? "/public/appeals/" + draft.appealId : "/public")
                : "/public/report/" + previous.path();
        model.addAttribute("draft", draft);
        model.addAttribute("back", back);
        model.addAttribute("errors", new LinkedHashMap<>(errors));
        model.addAttribute("caption", draft.appealTitle != null ? "Appeal: " + draft.appealTitle : draft.kind.label());
        return switch (step) {
            case FILES -> "portal/files";
            case WHERE -> {
                model.addAttribute("photos", draft.files.stream().filter(Draft.DraftFile::hasPosition).toList());
                yield "portal/where";
            }
            case PLACE -> "portal/place";
            case CHECK -> {
                draft.checking = true;
                draft.challenge = ProofOfWork.newChallenge();
                model.addAttribute("proofBits", properties.proofBits());
                model.addAttribute("summary", Summary.of(draft));
                yield "portal/check";
            }
            default -> {
                model.addAttribute("question", Questions.page(step, draft, errors, back, intake.retention()));
                yield "portal/question";
            }
        };
    }

    static Draft draft(HttpSession session) {
        return session.getAttribute(Draft.SESSION_KEY) instanceof Draft d ? d : null;
    }

    static String address(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
