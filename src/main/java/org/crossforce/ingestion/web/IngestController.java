package org.crossforce.ingestion.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.crossforce.forces.Forces;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.ingestion.IngestService;
import org.crossforce.ingestion.StagingDirectory;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.util.FileSystemUtils;
import org.springframework.web.multipart.MultipartFile;

/** {@code POST /api/forces/{force}/documents}: one outcome per uploaded file. */
@RestController
class IngestController {

    private final IngestService ingestion;
    private final Forces forces;
    private final CurrentCaller caller;

    private final StagingDirectory staging;

    IngestController(IngestService ingestion, Forces forces, CurrentCaller caller, StagingDirectory staging) {
        this.ingestion = ingestion;
        this.forces = forces;
        this.caller = caller;
        this.staging = staging;
    }

    @PostMapping(path = "/api/forces/{force}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    List<IngestOutcome> upload(@PathVariable String force,
            @RequestParam("file") List<MultipartFile> files,
            @RequestParam(required = false) String marking,
            @RequestParam(required = false) String handling,
            @RequestParam(name = "source_system", required = false) String sourceSystem) throws IOException {
        ForceCode code = forces.require(force);
        IngestOptions options = new IngestOptions(
                marking == null ? null : Marking.parse(marking),
                handling == null ? null : Handling.parse(handling),
                sourceSystem);
        Path batch = Files.createTempDirectory(staging.path(), "upload-");
        try {
            List<IncomingFile> incoming = new ArrayList<>();
            for (MultipartFile file : files) {
                String name = IncomingFile.clientFileName(file.getOriginalFilename());
                Path onDisk = batch.resolve(incoming.size() + ".upload");
                file.transferTo(onDisk);
                incoming.add(new IncomingFile(name, onDisk));
            }
            return ingestion.ingest(caller.get(), code, incoming, options);
        } finally {
            FileSystemUtils.deleteRecursively(batch);
        }
    }
}
