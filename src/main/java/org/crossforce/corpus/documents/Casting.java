package org.crossforce.corpus.documents;

import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.Set;

import org.crossforce.corpus.population.Address;
import org.crossforce.corpus.population.CorpusForce;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Population;
import org.crossforce.corpus.population.Vehicle;

/** Chooses the people, vehicle and place of one occurrence from the population. */
final class Casting {

    private Casting() {
    }

    static Cast cast(Population population, CorpusForce force, Dice dice, ZonedDateTime reported) {
        return cast(population, force, dice, reported, Occurrence.pick(force, dice));
    }

    static Cast cast(Population population, CorpusForce force, Dice dice, ZonedDateTime reported, Occurrence type) {
        Set<Person> used = new HashSet<>();
        Person suspect = population.prolific(force, dice, used);
        used.add(suspect);
        Person accomplice = dice.chance(0.3) ? population.prolific(force, dice, used) : null;
        if (accomplice != null) {
            used.add(accomplice);
        }
        Person victim = type.hasVictim() ? population.anyone(force, dice, used) : null;
        if (victim != null) {
            used.add(victim);
        }
        Person witness = dice.chance(0.65) ? population.anyone(force, dice, used) : null;

        Vehicle vehicle;
        if (type == Occurrence.VEHICLE_THEFT || type == Occurrence.THEFT_FROM_VEHICLE) {
            vehicle = victim != null && victim.vehicle() != null ? victim.vehicle() : population.vehicle(dice);
        } else if (suspect.vehicle() != null && dice.chance(0.75)) {
            vehicle = suspect.vehicle();
        } else {
            vehicle = type == Occurrence.DRINK_DRIVE || dice.chance(0.3) ? population.vehicle(dice) : null;
        }

        Address scene = type.atHome() && victim != null && victim.homeForce() == force ? victim.home()
                : population.scene(force, dice);
        ZonedDateTime when = reported.minusMinutes(dice.between(20, 60 * 60));
        return new Cast(type, force, suspect, accomplice, victim, witness, vehicle, scene,
                population.officer(force, dice), when);
    }
}
