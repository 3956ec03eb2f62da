package org.crossforce.intake;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

import org.crossforce.shared.ForceCode;

/**
 * All the public side of Crossforce may do: hand reports and files in, follow its own reports by
 * their secret link, and read the appeals. Nothing here reads police data; in the embedded portal
 * it is a bean, in a separate portal process the same calls go over the workbench's intake API.
 */
public interface PublicDesk {

    /** Why a place is asked again: it lies outside every force's area. */
    String OUTSIDE_EVERY_FORCE = "That place is outside the areas of the police forces of England, Wales and Northern "
            + "Ireland. In Scotland, call Police Scotland on 101. Otherwise, choose the place again";

    /**
     * Keeps a photo or video for a report still being written, after checking it is one.
     *
     * @throws SubmissionRefusedException when it is not a photo or video, or too large
     */
    StagedFile stage(String name, InputStream content);

    /** A staged file, while it waits for its report. */
    Optional<StagedFile> staged(String id);

    /**
     * Stores the report, durably, and only then answers with its reference.
     *
     * @throws SubmissionRefusedException when something the reporter must change is wrong
     */
    Receipt submit(PublicSubmission submission);

    /** The report behind a follow-up link, unless the link is wrong or has expired. */
    Optional<FollowUp> follow(String link);

    /**
     * Adds a message, and files, from the reporter.
     *
     * @throws SubmissionRefusedException when the link is wrong or expired, or the report closed
     */
    FollowUp reply(String link, String text, List<String> files, String sender);

    /** The appeals now open, of one force or (null) of every force, newest first. */
    List<PublicAppeal> appeals(ForceCode force);

    Optional<PublicAppeal> appeal(String id);

    /** An image the police published with an appeal, open for reading: the caller closes it. */
    Optional<AppealImage> appealImage(String appealId, String imageId);
}
