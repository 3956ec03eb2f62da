package idp;

import java.util.List;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * A force's identity provider for the tests: Spring Security's authorization server, a real
 * OpenID Connect provider with a sign-in form, one user and one client (Crossforce). Its ID
 * tokens carry the user's Crossforce roles, force and clearance as claims. It runs in a process of
 * its own, as a force's provider does (in one JVM with Crossforce, Vaadin's security context
 * strategy, which is global, would hide its users from it), and lives outside Crossforce's
 * packages so that no Crossforce context picks it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration(excludeName = {"com.vaadin.flow.spring.SpringBootAutoConfiguration",
        "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration"})
public class ForceIdentityProvider {

    public static final String USER = "k.officer";
    public static final String PASSWORD = "force-idp-password";

    /** {@code PORT REDIRECT_URI}: what {@link #start} takes. */
    public static void main(String[] args) {
        start(Integer.parseInt(args[0]), args[1]);
    }

    /**
     * Starts the provider in a new JVM on the test class path and waits until it answers.
     *
     * @param redirectUri where the provider sends the browser back to Crossforce
     */
    public static Process launch(int port, String redirectUri) throws java.io.IOException, InterruptedException {
        java.nio.file.Path log = java.nio.file.Path.of("target", "app-logs", "force-idp-" + port + ".log");
        java.nio.file.Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), ForceIdentityProvider.class.getName(),
                Integer.toString(port), redirectUri).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.URI discovery = java.net.URI.create("http://127.0.0.1:" + port + "/.well-known/openid-configuration");
        long deadline = System.nanoTime() + java.time.Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The identity provider exited; see " + log.toAbsolutePath());
            }
            try {
                if (http.send(java.net.http.HttpRequest.newBuilder(discovery).build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return process;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The identity provider did not start; see " + log.toAbsolutePath());
    }

    /**
     * @param redirectUri where the provider sends the browser back to Crossforce
     */
    public static ConfigurableApplicationContext start(int port, String redirectUri) {
        String client = "spring.security.oauth2.authorizationserver.client.crossforce.";
        return new SpringApplicationBuilder(ForceIdentityProvider.class)
                .web(WebApplicationType.SERVLET)
                // As arguments: Crossforce's application.yml is on the same class path and would win
                // over default properties.
                .run("--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off",
                        "--spring.security.user.name=" + USER,
                        "--spring.security.user.password=" + PASSWORD,
                        "--spring.security.oauth2.authorizationserver.issuer=http://127.0.0.1:" + port,
                        "--" + client + "registration.client-id=crossforce",
                        "--" + client + "registration.client-secret={noop}crossforce-secret",
                        "--" + client + "registration.client-authentication-methods=client_secret_basic",
                        "--" + client + "registration.authorization-grant-types=authorization_code,refresh_token",
                        "--" + client + "registration.redirect-uris=" + redirectUri,
                        "--" + client + "registration.scopes=openid,profile",
                        "--" + client + "require-authorization-consent=false");
    }

    /** The claims a force's provider would add from its own directory. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> crossforceClaims() {
        return context -> {
            if ("id_token".equals(context.getTokenType().getValue())) {
                context.getClaims()
                        .claim("preferred_username", context.getPrincipal().getName())
                        .claim("name", "Kim Officer")
                        .claim("crossforce_roles", List.of("analyst", "not-a-crossforce-role"))
                        .claim("crossforce_force", "kent")
                        .claim("crossforce_clearance", "OFFICIAL-SENSITIVE");
            }
        };
    }
}
