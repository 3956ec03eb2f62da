package org.crossforce.portal;

import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.crossforce.intake.AppealImage;
import org.crossforce.intake.FollowUp;
import org.crossforce.intake.PublicAppeal;
import org.crossforce.intake.PublicDesk;
import org.crossforce.intake.PublicDeskApi;
import org.crossforce.intake.PublicSubmission;
import org.crossforce.intake.Receipt;
import org.crossforce.intake.StagedFile;
import org.crossforce.shared.ForceCode;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public desk of a separate portal process: each call goes to the workbench's intake API, and
 * nothing is kept here. A report is acknowledged only with the reference the workbench answered,
 * once it has stored it; files pass through as streams.
 */
final class RemoteDesk implements PublicDesk {

    private final WorkbenchClient workbench;
    private final WorkbenchProperties settings;
    private final JavaType appealList;

    RemoteDesk(WorkbenchProperties settings, JsonMapper json) {
        this.workbench = new WorkbenchClient(settings, json);
        this.settings = settings;
        this.appealList = json.getTypeFactory().constructCollectionType(List.class, PublicAppeal.class);
    }

    @Override
    public StagedFile stage(String name, InputStream content) {
        HttpRequest request = workbench.request(PublicDeskApi.FILES + "?name=" + encode(name), settings.uploadTimeout())
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> content)).build();
        return workbench.json(request, StagedFile.class, false).orElseThrow(() -> unexpected(request));
    }

    @Override
    public Optional<StagedFile> staged(String id) {
        if (id == null || !id.matches("[0-9A-Z]{26}")) {
            return Optional.empty();
        }
        return workbench.json(workbench.request(PublicDeskApi.FILES + "/" + id).GET().build(), StagedFile.class, false);
    }

    @Override
    public Receipt submit(PublicSubmission submission) {
        HttpRequest request = post(PublicDeskApi.REPORTS, submission);
        return workbench.json(request, Receipt.class, true).orElseThrow(() -> unexpected(request));
    }

    @Override
    public Optional<FollowUp> follow(String link) {
        if (link == null || link.isBlank()) {
            return Optional.empty();
        }
        return workbench.json(post(PublicDeskApi.FOLLOW, new PublicDeskApi.Follow(link)), FollowUp.class, false);
    }

    @Override
    public FollowUp reply(String link, String text, List<String> files, String sender) {
        HttpRequest request = post(PublicDeskApi.REPLIES, new PublicDeskApi.Reply(link, text, files, sender));
        return workbench.json(request, FollowUp.class, true).orElseThrow(() -> unexpected(request));
    }

    @Override
    public List<PublicAppeal> appeals(ForceCode force) {
        String query = force == null ? "" : "?force=" + encode(force.value());
        return workbench.<List<PublicAppeal>>json(workbench.request(PublicDeskApi.APPEALS + query).GET().build(),
                appealList, false).orElse(List.of());
    }

    @Override
    public Optional<PublicAppeal> appeal(String id) {
        if (id == null || !id.matches("AP-[0-9A-Z]{6}")) {
            return Optional.empty();
        }
        return workbench.json(workbench.request(PublicDeskApi.APPEALS + "/" + id).GET().build(), PublicAppeal.class,
                false);
    }

    @Override
    public Optional<AppealImage> appealImage(String appealId, String imageId) {
        if (appealId == null || !appealId.matches("AP-[0-9A-Z]{6}") || imageId == null
                || !imageId.matches("[0-9A-Z]{1,40}")) {
            return Optional.empty();
        }
        HttpRequest request = workbench.request(PublicDeskApi.APPEALS + "/" + appealId + "/images/" + imageId)
                .GET().build();
        return workbench.send(request, false).map(response -> new AppealImage(
                response.headers().firstValue("Content-Type").orElse("application/octet-stream"),
                response.headers().firstValueAsLong("Content-Length").orElse(-1), response.body()));
    }

    private HttpRequest post(String path, Object body) {
        return workbench.request(path).header("Content-Type", "application/json").POST(workbench.jsonBody(body))
                .build();
    }

    private static WorkbenchUnavailableException unexpected(HttpRequest request) {
        return WorkbenchClient.missing(request);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text == null ? "" : text, StandardCharsets.UTF_8);
    }
}
