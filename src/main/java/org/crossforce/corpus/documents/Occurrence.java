package org.crossforce.corpus.documents;

import java.util.Arrays;
import java.util.List;

import org.crossforce.corpus.population.CorpusForce;
import org.crossforce.corpus.population.Dice;

/**
 * Types of occurrence, labelled as a records system lists them. {@code station} says whether it
 * can happen on the railway (the only kinds BTP files get); {@code atHome} places it at the
 * victim's home when that is in the force's area.
 */
public enum Occurrence {
    BURGLARY("Burglary - Residential", true, true, false, 12),
    VEHICLE_THEFT("Theft of Motor Vehicle", true, true, false, 7),
    THEFT_FROM_VEHICLE("Theft from Motor Vehicle", true, false, true, 6),
    ROBBERY("Robbery of Personal Property", true, false, true, 8),
    THEFT_FROM_PERSON("Theft from the Person", true, false, true, 6),
    ASSAULT("Assault Occasioning Actual Bodily Harm", true, false, true, 12),
    DRUGS("Possession with Intent to Supply - Class A", false, false, true, 12),
    WEAPON("Possession of an Offensive Weapon", false, false, true, 6),
    DAMAGE("Criminal Damage", true, true, true, 7),
    HARASSMENT("Harassment", true, true, false, 6),
    FRAUD("Fraud by False Representation", true, true, false, 5),
    SHOPLIFTING("Theft - Shoplifting", false, false, false, 7),
    MISSING("Missing Person", true, true, false, 3),
    DRINK_DRIVE("Drink Driving", false, false, false, 4);

    private final String label;
    private final boolean victim;
    private final boolean atHome;
    private final boolean station;
    private final int weight;

    Occurrence(String label, boolean victim, boolean atHome, boolean station, int weight) {
        this.label = label;
        this.victim = victim;
        this.atHome = atHome;
        this.station = station;
        this.weight = weight;
    }

    public String label() {
        return label;
    }

    public boolean hasVictim() {
        return victim;
    }

    public boolean atHome() {
        return atHome;
    }

    public static Occurrence pick(CorpusForce force, Dice dice) {
        List<Occurrence> possible = Arrays.stream(values()).filter(o -> force != CorpusForce.BTP || o.station).toList();
        return possible.get(dice.weighted(possible.stream().mapToInt(o -> o.weight).toArray()));
    }
}
