package org.crossforce.intake;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/** The intake shelf under the data directory, and retention once an hour. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IntakeProperties.class)
class IntakeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IntakeConfiguration.class);

    @Bean
    Shelf intakeShelf(@Value("${crossforce.data-dir}") Path dataDirectory) {
        return new Shelf(dataDirectory.resolve("intake").resolve("files"));
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService intakeRetention() {
        return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("intake-retention").daemon().factory());
    }

    @EventListener(ApplicationReadyEvent.class)
    void scheduleRetention(ApplicationReadyEvent ready) {
        Retention retention = ready.getApplicationContext().getBean(Retention.class);
        ScheduledExecutorService worker = ready.getApplicationContext().getBean("intakeRetention",
                ScheduledExecutorService.class);
        worker.scheduleWithFixedDelay(() -> {
            try {
                retention.run(Instant.now());
            } catch (RuntimeException e) {
                log.warn("Retention of public reports failed, to be tried again in an hour: {}", e.toString());
            }
        }, 1, 60, TimeUnit.MINUTES);
    }
}
