package org.crossforce.cli;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestOutcome;
import org.crossforce.shared.ForceCode;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.json.JsonMapper;

/** A running Crossforce, reached through the same upload endpoint users' scripts use. */
final class RemoteIngestor implements Ingestor {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final RestClient http;

    RemoteIngestor(URI url, String token) {
        RestClient.Builder builder = RestClient.builder().baseUrl(url.toString());
        if (token != null && !token.isBlank()) {
            builder.defaultHeader("Authorization", "Bearer " + token.strip());
        }
        this.http = builder.build();
    }

    @Override
    public List<IngestOutcome> ingest(ForceCode force, List<IncomingFile> files, IngestOptions options) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        files.forEach(f -> body.part("file", new NamedFile(f)));
        body.part("marking", options.marking().label());
        body.part("handling", options.handling().name());
        body.part("source_system", options.sourceSystem());
        return http.post().uri("/api/forces/{force}/documents", force.value())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body.build())
                .exchange((request, response) -> {
                    byte[] answer = response.getBody().readAllBytes();
                    if (!response.getStatusCode().is2xxSuccessful()) {
                        var problem = JSON.readTree(answer);
                        throw new IllegalStateException(problem.path("reason").asString(
                                "Crossforce answered " + response.getStatusCode().value()));
                    }
                    return Arrays.asList(JSON.readValue(answer, IngestOutcome[].class));
                });
    }

    /** Sends the file under the name it had on disk. */
    private static final class NamedFile extends FileSystemResource {
        private final String name;

        NamedFile(IncomingFile file) {
            super(file.path());
            this.name = file.name();
        }

        @Override
        public String getFilename() {
            return name;
        }
    }
}
