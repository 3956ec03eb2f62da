package org.crossforce.intake;

import java.time.Instant;
import java.util.Set;

import org.crossforce.shared.ForceCode;

/**
 * One line of a force's intake queue.
 *
 * @param seriousness 3 someone hurt or still going on, 2 a hate crime or crime, 1 information, 0
 *                    anti-social behaviour (see {@link Seriousness})
 * @param summary     the start of what the reporter wrote
 */
public record IntakeItem(String reference, ForceCode force, ReportKind kind, String category, Set<HateStrand> strands,
        ReportStatus status, int seriousness, Instant submitted, String place, String summary, int files,
        String appealId) {

    public IntakeItem {
        strands = Set.copyOf(strands);
    }
}
