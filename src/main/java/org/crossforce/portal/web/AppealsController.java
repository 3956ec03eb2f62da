package org.crossforce.portal.web;

import java.io.IOException;
import java.nio.file.Files;

import jakarta.servlet.http.HttpServletResponse;
import org.crossforce.forces.Forces;
import org.crossforce.intake.FileContent;
import org.crossforce.intake.PublicDesk;
import org.crossforce.shared.ForceCode;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The police's current appeals, by force, each with its images and a way to answer it. */
@Controller
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
    ResponseEntity<FileSystemResource> image(@PathVariable String id, @PathVariable String image) throws IOException {
        FileContent content = desk.appealImage(id, image).orElse(null);
        if (content == null || !Files.exists(content.path())) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(content.mediaType()))
                .cacheControl(CacheControl.noStore()).body(new FileSystemResource(content.path()));
    }
}
