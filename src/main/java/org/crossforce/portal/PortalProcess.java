package org.crossforce.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import jakarta.servlet.DispatcherType;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.geography.Gazetteer;
import org.crossforce.geography.GeographyProperties;
import org.crossforce.intake.IntakeProperties;
import org.crossforce.intake.PublicDesk;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.ConfigurationPropertiesAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.ssl.SslAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.HttpEncodingAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartAutoConfiguration;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.MapPropertySource;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public pages as a process of their own, for a separate network zone:
 * {@code java -jar crossforce.jar portal}. It holds the portal's pages, the forces and places they
 * route by, and a {@link PublicDesk} that hands everything to the workbench's intake API with the
 * portal's service token; no Elasticsearch, database, workbench screens, REST API or ingestion.
 * Auto-configuration is a list of what the pages need, so that what the workbench adds later does
 * not arrive here unasked (docs/decisions/0024-separate-portal-process.md).
 *
 * <p>Deliberately not a {@code @Configuration}: the workbench's component scan must not find it.
 */
@ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, ConfigurationPropertiesAutoConfiguration.class,
        SslAutoConfiguration.class, TomcatServletWebServerAutoConfiguration.class,
        DispatcherServletAutoConfiguration.class, WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class,
        HttpEncodingAutoConfiguration.class, MultipartAutoConfiguration.class, JacksonAutoConfiguration.class,
        HttpMessageConvertersAutoConfiguration.class, ThymeleafAutoConfiguration.class,
        ServletWebSecurityAutoConfiguration.class, SecurityFilterAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties({WorkbenchProperties.class, IntakeProperties.class, GeographyProperties.class})
@Import({PortalConfiguration.class, PortalSecurityConfiguration.class, Limits.class, Forces.class,
        ForceBoundaries.class, Gazetteer.class})
@ComponentScan("org.crossforce.portal.web")
public class PortalProcess {

    /** The first argument that starts this process instead of the workbench. */
    public static final String COMMAND = "portal";

    PortalProcess() {
    }

    public static ConfigurableApplicationContext run(String... args) {
        SpringApplication portal = new SpringApplication(PortalProcess.class);
        // Nothing is served from the class path but the portal's own assets.
        portal.setDefaultProperties(Map.of("spring.web.resources.add-mappings", "false"));
        portal.addListeners(new ItsOwnSettings());
        return portal.run(args);
    }

    /**
     * This process is the portal: the switch that takes the pages off a workbench does not apply, and
     * its logs say which process wrote them (set before logging starts, hence so early).
     */
    private static final class ItsOwnSettings implements ApplicationListener<ApplicationEnvironmentPreparedEvent>,
            Ordered {

        @Override
        public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
            event.getEnvironment().getPropertySources().addFirst(new MapPropertySource("portal-process",
                    Map.of(PortalEnabled.SETTING, "true", "spring.application.name", "crossforce-portal")));
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE + 15; // after the settings are read, before logging starts
        }
    }

    @Bean
    PublicDesk remoteDesk(WorkbenchProperties workbench, JsonMapper json) {
        return new RemoteDesk(workbench, json);
    }

    /** Everything outside the public pages is not here, whoever asks. */
    @Bean
    @Order(1)
    SecurityFilterChain nothingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.requestMatchers("/").permitAll()
                        // An error of a public page is shown through Boot's error page.
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().denyAll())
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.NOT_FOUND))
                        .accessDeniedHandler((request, response, denied) -> response.sendError(404)))
                .csrf(c -> c.disable())
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .build();
    }

    @Bean
    WebMvcConfigurer startAtThePublicPages() {
        return new WebMvcConfigurer() {
            @Override
            public void addViewControllers(ViewControllerRegistry registry) {
                registry.addRedirectViewController("/", "/public");
            }
        };
    }

    /** Tomcat keeps a large upload there while the portal passes it on; it must exist before the first. */
    @Bean
    Path uploadsInTransit(MultipartProperties multipart) {
        Path directory = Path.of(multipart.getLocation() == null || multipart.getLocation().isBlank()
                ? System.getProperty("java.io.tmpdir") : multipart.getLocation());
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("The portal cannot create its upload directory " + directory
                    + " (spring.servlet.multipart.location)", e);
        }
    }
}
