package org.crossforce.portal.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.crossforce.intake.IntakeProperties;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.StagedFile;
import org.crossforce.intake.SubmissionRefusedException;
import org.crossforce.portal.Limits;
import org.crossforce.portal.PortalEnabled;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Photos and video for the report: each is checked as it arrives, and a bad one is named with its reason. */
@Controller
@PortalEnabled
class FilesController {

    private final PublicDesk desk;
    private final Limits limits;
    private final IntakeProperties intake;

    FilesController(PublicDesk desk, Limits limits, IntakeProperties intake) {
        this.desk = desk;
        this.limits = limits;
        this.intake = intake;
    }

    @PostMapping("/public/report/files/add")
    String add(@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpSession session,
            HttpServletRequest request, Model model) {
        Draft draft = ReportController.draft(session);
        if (draft == null) {
            return "redirect:/public/report/expired";
        }
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> problems = stage(files, draft.files.size(), ReportController.address(request), staged -> draft.files
                .add(new Draft.DraftFile(staged.id(), staged.name(), staged.mediaType(), staged.size(),
                        staged.latitude(), staged.longitude())));
        if (files == null || files.stream().allMatch(MultipartFile::isEmpty)) {
            problems.add("Choose a photo or video to add");
        }
        if (!problems.isEmpty()) {
            errors.put("files", String.join(". ", problems));
            model.addAttribute("draft", draft);
            model.addAttribute("errors", errors);
            model.addAttribute("caption", draft.kind.label());
            model.addAttribute("back", "/public/report/files");
            return "portal/files";
        }
        return "redirect:/public/report/files";
    }

    @PostMapping("/public/report/files/remove")
    String remove(@RequestParam String id, HttpSession session) {
        Draft draft = ReportController.draft(session);
        if (draft == null) {
            return "redirect:/public/report/expired";
        }
        draft.files.removeIf(f -> f.id().equals(id));
        return "redirect:/public/report/files";
    }

    /** Stages each file; returns what went wrong, file by file, in words for the sender. */
    List<String> stage(List<MultipartFile> files, int already, String address,
            java.util.function.Consumer<StagedFile> kept) {
        List<String> problems = new ArrayList<>();
        int count = already;
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            if (file.isEmpty()) {
                continue;
            }
            String name = org.crossforce.ingestion.IncomingFile.clientFileName(file.getOriginalFilename());
            if (count >= intake.maxFiles()) {
                problems.add(name + " was not added: a report can carry up to " + intake.maxFiles() + " files");
                continue;
            }
            if (file.getSize() > intake.maxFileSize().toBytes()) {
                // Refused here, before a separate portal sends a gigabyte on to be refused there.
                problems.add(name + " was not added: it is larger than " + intake.maxFileSize().toMegabytes()
                        + " MB, the largest the police can take here. Send a shorter clip, or ask for another way");
                continue;
            }
            if (!limits.allow(Limits.Kind.UPLOAD, address)) {
                problems.add(name + " was not added: too many files have been sent from your connection in the last "
                        + "hour. Try again later");
                continue;
            }
            try (InputStream in = file.getInputStream()) {
                kept.accept(desk.stage(name, in));
                count++;
            } catch (SubmissionRefusedException e) {
                problems.add(e.getMessage().replaceAll("\\.$", ""));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return problems;
    }
}
