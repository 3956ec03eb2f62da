package org.crossforce.demo;

import java.util.Random;

/**
 * The 14 data.police.uk crime categories of the generated demo crime: each with its share of an
 * ordinary English force's month, how the first lockdown (April 2020) moved it, and the outcomes
 * it ends in. Anti-social behaviour is an incident, not a crime: it has no outcome.
 */
enum CrimeCategory {

    ANTI_SOCIAL_BEHAVIOUR("Anti-social behaviour", 300, 1.6, Outcomes.NONE),
    VIOLENCE_AND_SEXUAL_OFFENCES("Violence and sexual offences", 250, 0.85, Outcomes.CONTESTED),
    OTHER_THEFT("Other theft", 75, 0.6, Outcomes.UNDETECTED),
    CRIMINAL_DAMAGE_AND_ARSON("Criminal damage and arson", 70, 0.85, Outcomes.UNDETECTED),
    SHOPLIFTING("Shoplifting", 60, 0.5, Outcomes.RETAIL),
    PUBLIC_ORDER("Public order", 55, 0.9, Outcomes.CONTESTED),
    VEHICLE_CRIME("Vehicle crime", 55, 0.7, Outcomes.UNDETECTED),
    BURGLARY("Burglary", 50, 0.75, Outcomes.UNDETECTED),
    DRUGS("Drugs", 25, 1.3, Outcomes.PROACTIVE),
    OTHER_CRIME("Other crime", 15, 0.9, Outcomes.CONTESTED),
    THEFT_FROM_THE_PERSON("Theft from the person", 15, 0.35, Outcomes.UNDETECTED),
    BICYCLE_THEFT("Bicycle theft", 12, 0.9, Outcomes.UNDETECTED),
    ROBBERY("Robbery", 10, 0.5, Outcomes.UNDETECTED),
    POSSESSION_OF_WEAPONS("Possession of weapons", 8, 0.9, Outcomes.WEAPONS);

    /** What data.police.uk writes in the file. */
    final String label;
    /** Per mille of an ordinary force's crime and anti-social behaviour. */
    final int share;
    /**
     * April 2020 against an ordinary April: streets emptied (theft from the person, shoplifting)
     * while reports of lockdown breaches were logged as anti-social behaviour and patrols found
     * more drugs.
     */
    final double lockdown;
    private final Outcomes outcomes;

    CrimeCategory(String label, int share, double lockdown, Outcomes outcomes) {
        this.label = label;
        this.share = share;
        this.lockdown = lockdown;
        this.outcomes = outcomes;
    }

    /**
     * An outcome as data.police.uk reports it: the newest months are mostly still under
     * investigation, as in any real download.
     *
     * @param monthsOld how many months before the last published month the crime was recorded
     */
    String outcome(Random random, int monthsOld) {
        if (outcomes == Outcomes.NONE) {
            return "";
        }
        double open = switch (monthsOld) {
            case 0 -> 0.5;
            case 1 -> 0.3;
            case 2 -> 0.18;
            case 3 -> 0.1;
            default -> 0.03;
        };
        return random.nextDouble() < open ? "Under investigation" : outcomes.pick(random);
    }

    /** The outcomes of crimes that end alike, with weights from real data.police.uk months. */
    private enum Outcomes {
        NONE(),
        UNDETECTED("Investigation complete; no suspect identified", 62, "Unable to prosecute suspect", 14,
                "Status update unavailable", 6, "Further investigation is not in the public interest", 3,
                "Court result unavailable", 3, "Local resolution", 3, "Awaiting court outcome", 3,
                "Offender given a caution", 2, "Action to be taken by another organisation", 1,
                "Formal action is not in the public interest", 1, "Offender sent to prison", 1,
                "Offender given community sentence", 1),
        CONTESTED("Unable to prosecute suspect", 45, "Investigation complete; no suspect identified", 16,
                "Status update unavailable", 6, "Awaiting court outcome", 6, "Local resolution", 6,
                "Court result unavailable", 5, "Offender given a caution", 5,
                "Further investigation is not in the public interest", 3,
                "Formal action is not in the public interest", 2, "Action to be taken by another organisation", 2,
                "Offender sent to prison", 2, "Offender given community sentence", 1,
                "Offender given suspended prison sentence", 1),
        PROACTIVE("Offender given a drugs possession warning", 22, "Local resolution", 14, "Awaiting court outcome", 14,
                "Court result unavailable", 10, "Offender given a caution", 10, "Unable to prosecute suspect", 8,
                "Offender given penalty notice", 6, "Formal action is not in the public interest", 6,
                "Status update unavailable", 5, "Offender fined", 3,
                "Further investigation is not in the public interest", 2),
        WEAPONS("Awaiting court outcome", 22, "Unable to prosecute suspect", 18, "Court result unavailable", 16,
                "Offender given a caution", 10, "Offender sent to prison", 8, "Status update unavailable", 8,
                "Offender given suspended prison sentence", 5, "Local resolution", 5,
                "Investigation complete; no suspect identified", 5, "Defendant sent to Crown Court", 3),
        RETAIL("Investigation complete; no suspect identified", 38, "Local resolution", 12,
                "Unable to prosecute suspect", 12, "Awaiting court outcome", 9, "Court result unavailable", 8,
                "Offender given a caution", 6, "Status update unavailable", 5, "Offender given penalty notice", 3,
                "Offender fined", 3, "Formal action is not in the public interest", 2,
                "Offender given conditional discharge", 2);

        private final String[] names;
        private final int[] cumulative;

        /** @param weighted an outcome, its weight, the next outcome, its weight, ... */
        Outcomes(Object... weighted) {
            names = new String[weighted.length / 2];
            cumulative = new int[weighted.length / 2];
            int total = 0;
            for (int i = 0; i < names.length; i++) {
                names[i] = (String) weighted[2 * i];
                total += (Integer) weighted[2 * i + 1];
                cumulative[i] = total;
            }
        }

        String pick(Random random) {
            int drawn = random.nextInt(cumulative[cumulative.length - 1]);
            int i = 0;
            while (cumulative[i] <= drawn) {
                i++;
            }
            return names[i];
        }
    }
}
