package org.crossforce.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public portal ({@code crossforce.portal.*}).
 *
 * @param enabled   whether this workbench serves the public pages under {@code /public} itself;
 *                  false where a separate portal process serves them ({@link PortalEnabled})
 * @param proofBits how much work a browser does before sending a report: the number of leading
 *                  zero bits of the SHA-256 it must find (16: some 65,000 hashes, a second or two)
 */
@ConfigurationProperties(prefix = "crossforce.portal")
public record PortalProperties(@DefaultValue("true") boolean enabled, @DefaultValue Limits limits,
        @DefaultValue("16") int proofBits) {

    /**
     * Requests allowed, per address or per link, in a sliding hour or minute.
     *
     * @param reportsPerHour       reports sent from one address with the proof of work done
     * @param unprovedPerHour      reports sent from one address without it (script turned off)
     * @param repliesPerHour       messages sent through one link
     * @param uploadsPerHour       files sent from one address
     * @param pagesPerMinute       pages asked for by one address
     */
    public record Limits(@DefaultValue("10") int reportsPerHour, @DefaultValue("3") int unprovedPerHour,
            @DefaultValue("30") int repliesPerHour, @DefaultValue("100") int uploadsPerHour,
            @DefaultValue("300") int pagesPerMinute) {
    }
}
