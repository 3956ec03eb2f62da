package org.crossforce.portal;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

import org.crossforce.intake.SubmissionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HTTP to the workbench's intake API with the portal's service token: a refusal comes back as the
 * refusal it was (its reason is for the public), nothing found as nothing, and anything else as
 * the workbench being unavailable, logged here and never shown.
 */
final class WorkbenchClient {

    private static final Logger log = LoggerFactory.getLogger(WorkbenchClient.class);

    private final HttpClient http;
    private final WorkbenchProperties settings;
    private final JsonMapper json;

    WorkbenchClient(WorkbenchProperties settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        // HTTP/1.1: a streamed upload goes out as it is read, with no upgrade negotiated first.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** A request to the API at this path and query, already encoded, with the token. */
    HttpRequest.Builder request(String pathAndQuery, Duration timeout) {
        return HttpRequest.newBuilder(URI.create(settings.url() + pathAndQuery)).timeout(timeout)
                .header("Authorization", "Bearer " + settings.token());
    }

    HttpRequest.Builder request(String pathAndQuery) {
        return request(pathAndQuery, settings.timeout());
    }

    HttpRequest.BodyPublisher jsonBody(Object body) {
        return HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body));
    }

    /** The answer as JSON of this type; empty when the workbench found nothing. */
    <T> Optional<T> json(HttpRequest request, Class<T> type, boolean changes) {
        return json(request, json.constructType(type), changes);
    }

    <T> Optional<T> json(HttpRequest request, JavaType type, boolean changes) {
        return send(request, changes).map(response -> {
            try (InputStream in = response.body()) {
                return json.readValue(in, type);
            } catch (IOException e) {
                throw unavailable(request, e, changes);
            }
        });
    }

    /**
     * @param changes the request hands something in (a report, a reply), so that an answer lost on
     *                the way back leaves it unknown whether that was stored
     * @return the answer, whose body the caller closes; empty when the workbench found nothing
     * @throws SubmissionRefusedException    when the workbench refused it, with the reason
     * @throws WorkbenchUnavailableException when there was no usable answer
     */
    Optional<HttpResponse<InputStream>> send(HttpRequest request, boolean changes) {
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw unavailable(request, e, changes && !neverArrived(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable(request, e, changes);
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return Optional.of(response);
        }
        try (InputStream body = response.body()) {
            if (status == 404) {
                return Optional.empty();
            }
            if (status == 422) {
                throw new SubmissionRefusedException(reason(body.readAllBytes()));
            }
            String problem = new String(body.readNBytes(2000), java.nio.charset.StandardCharsets.UTF_8);
            if (status == 401 || status == 403) {
                log.error("The workbench refused the portal's token ({}): check crossforce.portal.workbench.token, "
                        + "an API token of an account with the role portal alone. {}", status, problem);
            }
            throw unavailable(request, new IOException("The workbench answered " + status + ": " + problem), false);
        } catch (IOException e) {
            throw unavailable(request, e, changes);
        }
    }

    /** The workbench found nothing where it always answers: not the intake API this portal expects. */
    static WorkbenchUnavailableException missing(HttpRequest request) {
        return unavailable(request, new IOException("Not found: is crossforce.portal.workbench.url a Crossforce "
                + "workbench with the intake API?"), false);
    }

    private String reason(byte[] problem) {
        try {
            JsonNode detail = json.readTree(problem).path("detail");
            return detail.isString() ? detail.asString() : "What you sent could not be taken.";
        } catch (RuntimeException notJson) {
            return "What you sent could not be taken.";
        }
    }

    private static boolean neverArrived(IOException e) {
        return e instanceof ConnectException || e instanceof HttpConnectTimeoutException
                || e.getCause() instanceof ConnectException;
    }

    private static WorkbenchUnavailableException unavailable(HttpRequest request, Exception cause,
            boolean perhapsReceived) {
        // The address only: a follow-up link travels in bodies, and no report's content is logged.
        log.warn("The workbench did not answer {} {}: {}", request.method(), request.uri().getPath(), cause.toString());
        return new WorkbenchUnavailableException("The workbench did not answer: " + cause, perhapsReceived, cause);
    }
}
