package org.crossforce.security;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import org.crossforce.audit.AuditAction;
import org.crossforce.audit.AuditEvent;
import org.crossforce.audit.AuditOutcome;
import org.crossforce.audit.AuditTrail;
import org.crossforce.shared.Caller;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Nothing police-related is reachable without signing in. Two doors: the REST API under
 * {@code /api}, for scripts with an API token and for the browser with its sign-in cookie; and
 * the Vaadin UI, with its sign-in page. Roles are then checked in the services, which are handed
 * the caller (docs/decisions/0012-sign-in-and-sessions.md).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@ConditionalOnWebApplication
class WebSecurityConfiguration {

    /**
     * Vaadin's client needs inline styles and {@code eval} for the scripts the server sends; all else
     * comes from this origin only, and no page may frame Crossforce.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' "
            + "'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    private static final java.util.Set<String> SAFE = java.util.Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    /** The intake API a separate portal process calls (docs/decisions/0024-separate-portal-process.md). */
    static final String PUBLIC_DESK = "/api/public-desk/**";
    private static final String PORTAL_ROLE = Roles.PORTAL.toUpperCase(java.util.Locale.ROOT);

    private final String policy;

    /** @param tileUrl the hotspot map's tile server, whose images the policy then lets in */
    WebSecurityConfiguration(@org.springframework.beans.factory.annotation.Value("${crossforce.map.tile-url:}") String tileUrl) {
        this.policy = contentSecurityPolicy(tileUrl);
    }

    static String contentSecurityPolicy(String tileUrl) {
        if (tileUrl == null || tileUrl.isBlank()) {
            return CONTENT_SECURITY_POLICY;
        }
        java.net.URI tiles = java.net.URI.create(tileUrl.strip().replaceAll("\\{[a-z]}", "0"));
        String origin = tiles.getScheme() + "://" + tiles.getRawAuthority();
        return CONTENT_SECURITY_POLICY.replace("img-src 'self' data: blob:;", "img-src 'self' data: blob: " + origin + ";");
    }

    @Bean
    SignInSessions signInSessions(JdbcClient jdbc, Accounts accounts, SecurityProperties settings,
            SignedInUsers users, AuditTrail audit,
            org.springframework.beans.factory.ObjectProvider<org.springframework.security.core.context.SecurityContextHolderStrategy> holders) {
        return new SignInSessions(jdbc, accounts, settings, users, audit, holders);
    }

    @Bean
    PasswordSignIn passwordSignIn(Accounts accounts, AuditTrail audit, SecurityProperties settings,
            PasswordEncoder passwords) {
        return new PasswordSignIn(accounts, audit, settings, passwords);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, SignInSessions sessions, Accounts accounts) throws Exception {
        return http.securityMatcher("/api/**")
                // The portal's service account opens the public desk, and nothing else whatever a
                // service would let any signed-in caller see; nobody else opens the public desk.
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_DESK).hasRole(PORTAL_ROLE)
                        .anyRequest().access(AuthorizationManagers.allOf(
                                AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasRole(PORTAL_ROLE)))))
                .securityContext(c -> c.securityContextRepository(
                        new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                                sessions)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                // Only a request that carries the browser's sign-in cookie can be forged from another site.
                .csrf(c -> c.requireCsrfProtectionMatcher(request -> !SAFE.contains(request.getMethod())
                        && request.getCookies() != null && java.util.Arrays.stream(request.getCookies())
                                .anyMatch(cookie -> SignInSessions.COOKIE.equals(cookie.getName()))))
                // A script sends its API token; the browser's own GETs (an original's download) its cookie.
                // Requests with a token are exempt from CSRF checks, which guard the cookie's.
                .oauth2ResourceServer(o -> o.opaqueToken(t -> t.introspector(new ApiTokens(accounts)))
                        .authenticationEntryPoint((request, response, e) -> problem(response, 401,
                                "Sign in first: send an API token as 'Authorization: Bearer <token>'.")))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> problem(response, 401,
                                "Sign in first: send an API token as 'Authorization: Bearer <token>'."))
                        .accessDeniedHandler((request, response, ex) -> problem(response, 403,
                                "Refused: " + ex.getMessage())))
                .headers(this::headers)
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain ui(HttpSecurity http, SignInSessions sessions, SecurityProperties settings,
            ObjectProvider<ClientRegistrationRepository> registrations, AuditTrail audit) throws Exception {
        http.authorizeHttpRequests(a -> a
                        // Error pages say only what went wrong; what they concern was checked on the way in.
                        .requestMatchers("/error").permitAll()
                        // Vaadin refuses what it does not know to be public: the product's own style sheet is.
                        .requestMatchers("/crossforce.css").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll())
                .securityContext(c -> c.securityContextRepository(
                        new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
                                sessions)))
                .headers(this::headers);
        if (settings.oidc().enabled() && registrations.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login").defaultSuccessUrl("/", true)
                    .failureHandler((request, response, failure) -> {
                        // The user is not known when the provider's answer fails; the reason is kept here.
                        audit.record(new AuditEvent(new Caller("(identity provider " + settings.oidc().registration()
                                + ")", java.util.Set.of(), java.util.Set.of(), Marking.OFFICIAL, "",
                                request.getRemoteAddr(), java.util.List.of()), AuditAction.SIGN_IN_FAILED,
                                AuditOutcome.DENIED, java.util.List.of(), Map.of("via", "oidc", "reason",
                                        String.valueOf(failure.getMessage()))));
                        request.getSession().setAttribute(
                                org.springframework.security.web.WebAttributes.AUTHENTICATION_EXCEPTION, failure);
                        response.sendRedirect(request.getContextPath() + "/login?error");
                    }));
        }
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .loginView("/login")
                .defaultSuccessUrl("/", true)
                .addLogoutHandler(sessions))
                .build();
    }

    private void headers(
            org.springframework.security.config.annotation.web.configurers.HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .frameOptions(f -> f.deny())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN));
    }

    private static void problem(HttpServletResponse response, int status, String reason) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String json = tools.jackson.databind.json.JsonMapper.builder().build()
                .writeValueAsString(Map.of("status", status, "reason", reason, "detail", reason));
        response.getWriter().write(json);
    }
}
