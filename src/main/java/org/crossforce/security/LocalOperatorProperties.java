package org.crossforce.security;

import java.util.List;
import java.util.Set;

import org.crossforce.shared.Marking;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who acts when work starts on this machine rather than through a sign-in: the {@code ingest}
 * command run without {@code --url}, and the demo set loaded at first start. Whoever can run
 * those can read the data directory anyway.
 *
 * @param forces the forces it may send files for; empty means every force in the register
 */
@ConfigurationProperties("crossforce.local-operator")
public record LocalOperatorProperties(
        @DefaultValue("local-operator") String user,
        @DefaultValue("intake") Set<String> roles,
        @DefaultValue List<String> forces,
        @DefaultValue("SECRET") Marking clearance) {
}
