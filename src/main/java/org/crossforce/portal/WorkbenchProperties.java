package org.crossforce.portal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where a separate portal process hands its reports in ({@code crossforce.portal.workbench.*}).
 *
 * @param url            the workbench's address as the portal reaches it, e.g.
 *                       {@code https://crossforce.internal:8443}
 * @param token          the API token of the portal's service account (role {@code portal}); best
 *                       given as the environment variable {@code CROSSFORCE_PORTAL_WORKBENCH_TOKEN}
 * @param connectTimeout how long to wait for the workbench to take the connection
 * @param timeout        how long to wait for an answer to anything but a file
 * @param uploadTimeout  how long a file may take to reach the workbench and be checked there
 */
@ConfigurationProperties("crossforce.portal.workbench")
record WorkbenchProperties(URI url, String token, @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("30s") Duration timeout, @DefaultValue("15m") Duration uploadTimeout) {

    WorkbenchProperties {
        if (url == null || token == null || token.isBlank()) {
            throw new IllegalArgumentException("A separate portal needs the workbench's address and its service "
                    + "token: set crossforce.portal.workbench.url and crossforce.portal.workbench.token "
                    + "(README, \"The portal as its own process\").");
        }
        url = URI.create(url.toString().replaceAll("/+$", ""));
    }
}
