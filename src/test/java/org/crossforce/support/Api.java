package org.crossforce.support;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Crossforce's REST API as a user's script calls it, over real HTTP. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RestClient http;
    private final String base;

    public Api(int port) {
        this.base = "http://localhost:" + port;
        this.http = RestClient.builder().baseUrl(base).build();
    }

    /** @param uri already encoded, as a user would paste it */
    public Response get(String uri) {
        return http.get().uri(java.net.URI.create(base + uri)).exchange((request, response) ->
                new Response(response.getStatusCode().value(), parse(response.getBody().readAllBytes())));
    }

    public Download download(String uri) {
        return http.get().uri(java.net.URI.create(base + uri)).exchange((request, response) ->
                new Download(response.getStatusCode().value(), response.getBody().readAllBytes(),
                        response.getHeaders().getFirst("Content-Disposition")));
    }

    public Response upload(String force, Map<String, String> fields, java.util.List<Path> files) {
        return upload(force, fields, files.toArray(Path[]::new));
    }

    public Response upload(String force, Map<String, String> fields, Path... files) {
        MultipartBodyBuilder body = new MultipartBodyBuilder();
        for (Path file : files) {
            body.part("file", new FileSystemResource(file));
        }
        fields.forEach(body::part);
        return http.post().uri("/api/forces/{force}/documents", force)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body.build())
                .exchange((request, response) ->
                        new Response(response.getStatusCode().value(), parse(response.getBody().readAllBytes())));
    }

    private static JsonNode parse(byte[] body) {
        return body.length == 0 ? JSON.nullNode() : JSON.readTree(body);
    }

    public record Response(int status, JsonNode body) {
    }

    public record Download(int status, byte[] bytes, String contentDisposition) {
    }
}
