package org.crossforce.security;

import java.util.List;
import java.util.Set;

import org.crossforce.shared.Marking;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The analyst every request acts as until sign-in exists.
 *
 * @param forces the forces the analyst works for; empty means every force in the register
 */
@ConfigurationProperties("crossforce.local-analyst")
public record LocalAnalystProperties(
        @DefaultValue("local-analyst") String user,
        @DefaultValue("analyst") Set<String> roles,
        @DefaultValue List<String> forces,
        @DefaultValue("SECRET") Marking clearance,
        @DefaultValue("") String purpose) {
}
