package org.crossforce.support;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.ApplicationContext;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Crossforce's REST API as a user's script calls it, over real HTTP, with an API token: a reader's
 * for reading (with a stated purpose), an intake officer's of the force for uploading.
 */
public final class Api {

    public static final String PURPOSE = "Investigation: automated test";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final RestClient http;
    private final String base;
    private final String readToken;
    private final Function<String, String> uploadToken;
    private final String purpose;

    /** Without a token: what anybody who can reach Crossforce gets. */
    public Api(int port) {
        this(port, null, force -> null);
    }

    /** With tokens of real accounts made in this application's store. */
    public Api(int port, ApplicationContext context) {
        this(port, TestAccounts.readerEverywhere(context), force -> TestAccounts.intake(context, force));
    }

    public Api(int port, String readToken, Function<String, String> uploadToken) {
        this(RestClient.builder().baseUrl("http://localhost:" + port).build(), "http://localhost:" + port, readToken,
                uploadToken, PURPOSE);
    }

    private Api(RestClient http, String base, String readToken, Function<String, String> uploadToken,
            String purpose) {
        this.http = http;
        this.base = base;
        this.readToken = readToken;
        this.uploadToken = uploadToken;
        this.purpose = purpose;
    }

    /** The same API as the force's intake officer sees it: jobs and their outcomes. */
    public Api asIntakeOf(String force) {
        String token = uploadToken.apply(force);
        return new Api(http, base, token, f -> token, purpose);
    }

    /** The same API stating another purpose in its requests, or none when null. */
    public Api withPurpose(String other) {
        return new Api(http, base, readToken, uploadToken, other);
    }

    /** The same API called with one token for everything, as a script of one account does. */
    public static Api as(int port, String token) {
        return new Api(port, token, force -> token);
    }

    /** @param uri already encoded, as a user would paste it */
    public Response get(String uri) {
        return http.get().uri(java.net.URI.create(base + uri)).headers(h -> authorise(h, readToken))
                .exchange((request, response) ->
                        new Response(response.getStatusCode().value(), parse(response.getBody().readAllBytes())));
    }

    public Download download(String uri) {
        return http.get().uri(java.net.URI.create(base + uri)).headers(h -> authorise(h, readToken))
                .exchange((request, response) ->
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
        String token = uploadToken.apply(force);
        return http.post().uri("/api/forces/{force}/documents", force)
                .headers(h -> authorise(h, token))
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(body.build())
                .exchange((request, response) ->
                        new Response(response.getStatusCode().value(), parse(response.getBody().readAllBytes())));
    }

    public Response post(String uri) {
        return http.post().uri(java.net.URI.create(base + uri)).headers(h -> authorise(h, readToken))
                .exchange((request, response) ->
                        new Response(response.getStatusCode().value(), parse(response.getBody().readAllBytes())));
    }

    /** Posts text, such as a batch of queries, asking for JSON or, with {@code accept} text/csv, a CSV. */
    public Response post(String uri, String contentType, String body, String accept) {
        return http.post().uri(java.net.URI.create(base + uri)).headers(h -> authorise(h, readToken))
                .contentType(MediaType.parseMediaType(contentType))
                .accept(MediaType.parseMediaType(accept))
                .body(body)
                .exchange((request, response) ->
                        new Response(response.getStatusCode().value(), parse(response.getBody().readAllBytes())));
    }

    private void authorise(org.springframework.http.HttpHeaders headers, String token) {
        if (token != null) {
            headers.setBearerAuth(token);
        }
        if (token != null && purpose != null) {
            headers.set("Crossforce-Purpose", purpose);
        }
    }

    private static JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return JSON.getNodeFactory().textNode(new String(body, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public record Response(int status, JsonNode body) {
    }

    public record Download(int status, byte[] bytes, String contentDisposition) {
    }
}
