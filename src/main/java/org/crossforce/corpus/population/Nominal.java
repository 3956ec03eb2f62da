package org.crossforce.corpus.population;

import java.util.List;

/**
 * A person as their records know them, for the persons file: the population's person, with what
 * a long record adds.
 *
 * @param surname  the surname in full, double-barrelled for some (Smith-Jones); the documents write
 *                 only its first half, as many records do
 * @param previous earlier homes in the same force, most recent first; often empty
 * @param pnc      a Police National Computer id such as {@code 2009/0345678Y}, or null
 * @param namesake the id of the parent or child of the same name at the same address, or null
 */
public record Nominal(Person person, String surname, List<Address> previous, String pnc, String namesake) {

    public Nominal {
        previous = List.copyOf(previous);
    }

    public String id() {
        return person.id();
    }

    public boolean doubleBarrelled() {
        return !surname.equals(person.surname());
    }
}
