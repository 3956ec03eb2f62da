package org.crossforce.identity;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * Resolves everything once Crossforce has started, then every few seconds resolves what was
 * indexed since: new records join identities as they arrive, without a re-run.
 */
@Configuration
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityUpkeep {

    private static final Logger log = LoggerFactory.getLogger(IdentityUpkeep.class);

    private final IdentityService identities;
    private final IdentityProperties properties;
    private ScheduledExecutorService worker;

    IdentityUpkeep(IdentityService identities, IdentityProperties properties) {
        this.identities = identities;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!properties.resolveOnStart()) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("identities").daemon().factory());
        worker.execute(() -> {
            try {
                identities.resolveAll(stage -> log.debug("Identities: {}", stage));
            } catch (RuntimeException e) {
                log.warn("Resolving identities failed: {}", e.toString());
            }
        });
        long every = properties.poll().toMillis();
        if (every > 0) {
            worker.scheduleWithFixedDelay(this::resolveNewSafely, every, every, TimeUnit.MILLISECONDS);
        }
    }

    private void resolveNewSafely() {
        try {
            int n = identities.resolveNew();
            if (n > 0) {
                log.debug("Identities: resolved {} new person records", n);
            }
        } catch (RuntimeException e) {
            log.warn("Resolving new person records failed: {}", e.toString());
        }
    }

    @PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }
}
