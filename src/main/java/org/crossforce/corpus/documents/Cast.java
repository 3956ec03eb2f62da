package org.crossforce.corpus.documents;

import java.time.ZonedDateTime;

import org.crossforce.corpus.population.Address;
import org.crossforce.corpus.population.CorpusForce;
import org.crossforce.corpus.population.Officer;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Vehicle;

/**
 * Who and what one occurrence involves. {@code accomplice}, {@code victim}, {@code witness} and
 * {@code vehicle} may be null. For a missing person the victim is the missing person and the
 * suspect the person they were last seen with.
 */
public record Cast(Occurrence occurrence, CorpusForce force, Person suspect, Person accomplice, Person victim,
        Person witness, Vehicle vehicle, Address scene, Officer officer, ZonedDateTime when) {
}
