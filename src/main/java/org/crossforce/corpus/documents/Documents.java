package org.crossforce.corpus.documents;

import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Population;

/**
 * Makes the file for a slot. Everything about it follows from the seed, the slot and the
 * population, nothing from the clock or from other files, so slots can be made in parallel.
 */
public final class Documents {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final ZonedDateTime START = ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, LONDON);

    private final Population population;
    private final long seed;
    private final int digits;

    public Documents(Population population, long seed, int digits) {
        this.population = population;
        this.seed = seed;
        this.digits = digits;
    }

    public String path(Slot slot) {
        return slot.path(digits);
    }

    public Made make(Slot slot) {
        Dice dice = Dice.of(seed, "file", slot.index());
        ZonedDateTime created = created(slot.kind(), dice);
        Context ctx = new Context(slot, population, dice, created, Markings.marking(slot.kind(), dice),
                Markings.handling(slot.kind(), dice), path(slot));
        return switch (slot.kind()) {
            case INCIDENT_REPORT_TXT, INCIDENT_REPORT_HTML -> IncidentReports.make(ctx);
            case WITNESS_STATEMENT_DOCX, WITNESS_STATEMENT_PDF -> WitnessStatements.typed(ctx);
            case SCANNED_STATEMENT_PDF, SCANNED_STATEMENT_PNG -> WitnessStatements.scanned(ctx);
            case EMAIL, EMAIL_WITH_ATTACHMENT, EMAIL_WITH_ZIP -> Emails.make(ctx);
            case PHOTO -> Photos.make(ctx);
            case INTELLIGENCE_LOG_TXT, INTELLIGENCE_LOG_HTML -> IntelligenceLogs.make(ctx);
            case BEACON_RMS -> BeaconRms.make(ctx);
            case HARBOUR_INTEL -> HarbourIntel.make(ctx);
        };
    }

    /** Some time in 2024 or 2025: office hours for paperwork, any hour, evenings most, for photos. */
    private static ZonedDateTime created(Kind kind, Dice dice) {
        int hour = kind == Kind.PHOTO ? (dice.chance(0.5) ? dice.between(17, 23) : dice.between(0, 23))
                : dice.chance(0.8) ? dice.between(7, 18) : dice.between(0, 23);
        return START.plusDays(dice.below(731)).withHour(hour).withMinute(dice.below(60)).withSecond(dice.below(60));
    }
}
