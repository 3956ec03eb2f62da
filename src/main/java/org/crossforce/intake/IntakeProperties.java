package org.crossforce.intake;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the public intake ({@code crossforce.intake.*}).
 *
 * @param linkLifetime  how long a reporter's follow-up link works after their last use of it
 * @param retention     how long a report never accepted is kept, from its last activity,
 *                      unless its reporter agreed to its transfer
 * @param stagedLifetime how long a file waits for the report it was sent with
 * @param maxFileSize   the largest photo or video taken
 * @param maxFiles      files one report or reply may carry
 * @param mediaTypes    what the public may send, as detected from content: type prefixes
 * @param publicUrl     the portal's address as the public reaches it, for the links in emails
 * @param mailFrom      the sender of emails to reporters
 */
@ConfigurationProperties(prefix = "crossforce.intake")
public record IntakeProperties(
        @DefaultValue("180d") Duration linkLifetime,
        @DefaultValue("90d") Duration retention,
        @DefaultValue("24h") Duration stagedLifetime,
        @DefaultValue("1GB") DataSize maxFileSize,
        @DefaultValue("20") int maxFiles,
        @DefaultValue({"image/", "video/"}) List<String> mediaTypes,
        @DefaultValue("http://localhost:8080/public") String publicUrl,
        @DefaultValue("no-reply@crossforce.invalid") String mailFrom) {

    public static IntakeProperties defaults() {
        return new IntakeProperties(Duration.ofDays(180), Duration.ofDays(90), Duration.ofHours(24),
                DataSize.ofGigabytes(1), 20, List.of("image/", "video/"), "http://localhost:8080/public",
                "no-reply@crossforce.invalid");
    }
}
