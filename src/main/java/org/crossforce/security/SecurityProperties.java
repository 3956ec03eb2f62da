package org.crossforce.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings.
 *
 * @param lockoutAttempts  failed passwords in a row that lock an account
 * @param lockoutDuration  how long a locked account stays locked, unless an administrator unlocks it
 * @param sessionIdle      a sign-in ends after this long without a request
 * @param sessionMaximum   and after this long whatever happens, as a shift ends
 * @param tokenLifetime    how long an API token works unless revoked
 * @param secureCookies    send the sign-in cookie only over HTTPS even when the request reached
 *                         Crossforce over plain HTTP (behind a proxy that ends TLS)
 * @param firstAdministrator the account created, with a one-time password, when there is none
 * @param oidc             sign-in through a force's identity provider
 */
@ConfigurationProperties("crossforce.security")
public record SecurityProperties(
        @DefaultValue("5") int lockoutAttempts,
        @DefaultValue("15m") Duration lockoutDuration,
        @DefaultValue("30m") Duration sessionIdle,
        @DefaultValue("10h") Duration sessionMaximum,
        @DefaultValue("90d") Duration tokenLifetime,
        @DefaultValue("false") boolean secureCookies,
        @DefaultValue("admin") String firstAdministrator,
        @DefaultValue Oidc oidc) {

    /**
     * @param registration the Spring Security client registration id of the force's provider
     *                     ({@code spring.security.oauth2.client.registration.<id>}); empty: off
     * @param label        the sign-in button's words
     * @param rolesClaim   the claim listing the user's Crossforce roles
     * @param forceClaim   the claim naming the user's home force
     * @param clearanceClaim the claim giving the user's clearance
     */
    public record Oidc(
            @DefaultValue("") String registration,
            @DefaultValue("Sign in with your force account") String label,
            @DefaultValue("crossforce_roles") String rolesClaim,
            @DefaultValue("crossforce_force") String forceClaim,
            @DefaultValue("crossforce_clearance") String clearanceClaim) {

        public boolean enabled() {
            return !registration.isBlank();
        }
    }
}
