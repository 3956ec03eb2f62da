package org.crossforce.portal.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.crossforce.forces.Forces;
import org.crossforce.intake.AppealImage;
import org.crossforce.intake.PublicDesk;
import org.crossforce.portal.PortalEnabled;
import org.crossforce.shared.ForceCode;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The police's current appeals, by force, each with its images and a way to answer it. */
@Controller
@PortalEnabled
class AppealsController {

    private final PublicDesk desk;
    private final Forces forces;

    AppealsController(PublicDesk desk, Forces forces) {
        this.desk = desk;
        this.forces = forces;
    }

    @GetMapping("/public/appeals")
    String appeals(@RequestParam(required = false) String force, Model model) {
        ForceCode chosen = force == null || force.isBlank() ? null : forces.find(force).map(f -> f.code()).orElse(null);
        model.addAttribute("appeals", desk.appeals(chosen));
        model.addAttribute("forces", forces.all());
        model.addAttribute("chosen", chosen == null ? "" : chosen.value());
        model.addAttribute("chosenName", chosen == null ? null : forces.nameOf(chosen));
        return "portal/appeals";
    }

    @GetMapping("/public/appeals/{id}")
    String appeal(@PathVariable String id, Model model, HttpServletResponse response) {
        return desk.appeal(id).filter(a -> a.withdrawnAt() == null).map(a -> {
            model.addAttribute("appeal", a);
            model.addAttribute("current", a.current(java.time.LocalDate.now(Questions.UK)));
            return "portal/appeal";
        }).orElseGet(() -> {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return SendController.message(model, "This appeal is not here",
                    "It may have been withdrawn. See the appeals open now.");
        });
    }

    @GetMapping("/public/appeals/{id}/images/{image}")
    void image(@PathVariable String id, @PathVariable String image, HttpServletResponse response) throws IOException {
        Optional<AppealImage> found = desk.appealImage(id, image);
        if (found.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return;
        }
        try (AppealImage content = found.get()) {
            response.setContentType(MediaType.parseMediaType(content.mediaType()).toString());
            if (content.size() >= 0) {
                response.setContentLengthLong(content.size());
            }
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            content.content().transferTo(response.getOutputStream());
        }
    }
}
