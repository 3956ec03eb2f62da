package org.crossforce.identity;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of identity resolution ({@code crossforce.identity.*}).
 *
 * @param autoJoin      the match probability at which records join without asking (default 0.99)
 * @param review        the match probability from which a pair waits for an analyst (default 0.5)
 * @param maxBlock      the most records one blocking key gathers before it is narrowed (default 400)
 * @param resolveOnStart whether Crossforce resolves everything when it starts (default true)
 * @param poll          how often records indexed since are resolved (default 5 s; 0 turns it off)
 */
@ConfigurationProperties("crossforce.identity")
public record IdentityProperties(Double autoJoin, Double review, Integer maxBlock, Boolean resolveOnStart,
        Duration poll) {

    public IdentityProperties {
        autoJoin = autoJoin == null ? ResolutionSettings.DEFAULTS.autoJoin() : autoJoin;
        review = review == null ? ResolutionSettings.DEFAULTS.review() : review;
        maxBlock = maxBlock == null ? ResolutionSettings.DEFAULTS.maxBlock() : maxBlock;
        resolveOnStart = resolveOnStart == null || resolveOnStart;
        poll = poll == null ? Duration.ofSeconds(5) : poll;
    }

    ResolutionSettings settings() {
        ResolutionSettings d = ResolutionSettings.DEFAULTS;
        return new ResolutionSettings(autoJoin, review, maxBlock, d.randomPairs(), d.guardSample(), d.chainGuard());
    }
}
