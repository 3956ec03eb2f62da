package org.crossforce.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The public pages' own chain: nobody signs in, no sign-in session is read, and the pages can
 * reach nothing but the public desk. Script and style come from Crossforce only, without inline
 * code; a follow-up link never leaves in a Referer header; no page is cached.
 */
@Configuration(proxyBeanMethods = false)
@PortalEnabled
@ConditionalOnWebApplication
class PortalSecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'self'";

    @Bean
    @Order(0)
    SecurityFilterChain publicPortal(HttpSecurity http) throws Exception {
        return http.securityMatcher("/public", "/public/**")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(c -> c.disable())
                .anonymous(a -> a.principal("public"))
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .build();
    }
}
