package org.crossforce.intake;

import java.util.List;

/**
 * The intake API a separate portal process calls instead of the {@link PublicDesk} bean: one
 * address per call, opened only by the portal's service account. Its paths and the bodies of its
 * requests are written here once, for the workbench that serves them and the portal that sends them
 * (docs/decisions/0024-separate-portal-process.md).
 */
public final class PublicDeskApi {

    public static final String BASE = "/api/public-desk";
    /**
     * POST a file's bytes as the body ({@code application/octet-stream}) and its name as
     * {@code ?name=}: the staged file. GET {@code /{id}}: a staged file.
     */
    public static final String FILES = BASE + "/files";
    /** POST a {@link PublicSubmission}: the {@link Receipt}. */
    public static final String REPORTS = BASE + "/reports";
    /** POST a {@link Follow}: the {@link FollowUp}. */
    public static final String FOLLOW = BASE + "/follow";
    /** POST a {@link Reply}: the {@link FollowUp} with it. */
    public static final String REPLIES = BASE + "/replies";
    /** GET, {@code ?force=} optional: the appeals. {@code /{id}}: one; {@code /{id}/images/{image}}: its bytes. */
    public static final String APPEALS = BASE + "/appeals";

    private PublicDeskApi() {
    }

    /** A follow-up link goes in a body, not an address, so that it stays out of access logs. */
    public record Follow(String link) {
    }

    /** @param sender the reporter's network address as the portal saw it, for the audit trail */
    public record Reply(String link, String text, List<String> files, String sender) {
    }
}
