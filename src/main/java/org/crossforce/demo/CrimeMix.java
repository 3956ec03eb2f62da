package org.crossforce.demo;

import java.util.EnumMap;
import java.util.Map;

/** What a place's crime is made of: an ordinary neighbourhood's, or that of the kind of hotspot it is. */
enum CrimeMix {

    GENERAL(),
    /** Shops, pubs and the night-time economy. */
    TOWN_CENTRE(CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, 240, CrimeCategory.VIOLENCE_AND_SEXUAL_OFFENCES, 240,
            CrimeCategory.SHOPLIFTING, 150, CrimeCategory.OTHER_THEFT, 80, CrimeCategory.PUBLIC_ORDER, 80,
            CrimeCategory.THEFT_FROM_THE_PERSON, 55, CrimeCategory.CRIMINAL_DAMAGE_AND_ARSON, 40,
            CrimeCategory.DRUGS, 35, CrimeCategory.ROBBERY, 20, CrimeCategory.BICYCLE_THEFT, 15,
            CrimeCategory.VEHICLE_CRIME, 15, CrimeCategory.BURGLARY, 10, CrimeCategory.POSSESSION_OF_WEAPONS, 10,
            CrimeCategory.OTHER_CRIME, 10),
    /** A street market with open drug dealing: robbery, snatch thefts and knives. */
    MARKET(CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, 200, CrimeCategory.VIOLENCE_AND_SEXUAL_OFFENCES, 200,
            CrimeCategory.DRUGS, 120, CrimeCategory.THEFT_FROM_THE_PERSON, 100, CrimeCategory.PUBLIC_ORDER, 80,
            CrimeCategory.OTHER_THEFT, 80, CrimeCategory.ROBBERY, 60, CrimeCategory.SHOPLIFTING, 60,
            CrimeCategory.POSSESSION_OF_WEAPONS, 40, CrimeCategory.CRIMINAL_DAMAGE_AND_ARSON, 30,
            CrimeCategory.OTHER_CRIME, 15, CrimeCategory.VEHICLE_CRIME, 10, CrimeCategory.BICYCLE_THEFT, 10),
    /** Streets of flats and houses worked by burglars. */
    BURGLARY(CrimeCategory.BURGLARY, 550, CrimeCategory.ANTI_SOCIAL_BEHAVIOUR, 120,
            CrimeCategory.VIOLENCE_AND_SEXUAL_OFFENCES, 100, CrimeCategory.CRIMINAL_DAMAGE_AND_ARSON, 80,
            CrimeCategory.VEHICLE_CRIME, 60, CrimeCategory.OTHER_THEFT, 50, CrimeCategory.BICYCLE_THEFT, 20,
            CrimeCategory.PUBLIC_ORDER, 20);

    private final Map<CrimeCategory, Double> shares = new EnumMap<>(CrimeCategory.class);

    /** @param weighted a category, its weight, the next category, ...; none: each category's ordinary share */
    CrimeMix(Object... weighted) {
        Map<CrimeCategory, Integer> weights = new EnumMap<>(CrimeCategory.class);
        if (weighted.length == 0) {
            for (CrimeCategory category : CrimeCategory.values()) {
                weights.put(category, category.share);
            }
        }
        for (int i = 0; i < weighted.length; i += 2) {
            weights.put((CrimeCategory) weighted[i], (Integer) weighted[i + 1]);
        }
        double total = weights.values().stream().mapToInt(Integer::intValue).sum();
        weights.forEach((category, weight) -> shares.put(category, weight / total));
    }

    /** The category's part of the place's crime, between 0 and 1. */
    double share(CrimeCategory category) {
        return shares.getOrDefault(category, 0.0);
    }

    static CrimeMix parse(String name) {
        return valueOf(name.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
