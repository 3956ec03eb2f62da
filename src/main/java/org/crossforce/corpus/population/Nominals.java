package org.crossforce.corpus.population;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the persons file knows about people beyond what the documents show: double-barrelled
 * surnames, earlier addresses, PNC ids, and namesakes. Each person's draws come from dice of
 * their own, never from the population's, so adding them changes no document.
 */
public final class Nominals {

    public static final double DOUBLE_BARRELLED = 0.04;
    public static final double PNC = 1 / 3.0;
    /** A father and son (or mother and daughter) of one name at one address: records that must not be joined. */
    public static final double NAMESAKE = 0.015;
    /** How many earlier homes: none, one or two. */
    private static final int[] MOVES = {40, 40, 20};
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2008, 6, 30);

    private Nominals() {
    }

    /** One nominal per person, in order, then the namesakes, numbered on from the last person. */
    public static List<Nominal> of(long seed, List<Person> people) {
        List<Nominal> nominals = new ArrayList<>(people.size());
        List<Nominal> namesakes = new ArrayList<>();
        Set<String> pncs = new HashSet<>();
        for (int i = 0; i < people.size(); i++) {
            Person person = people.get(i);
            Dice dice = Dice.of(seed, "persons", i);
            String surname = dice.chance(DOUBLE_BARRELLED) && !person.surname().contains("-")
                    ? doubleBarrelled(person.surname(), people, dice) : person.surname();
            List<Address> previous = previous(person, people, dice);
            String pnc = dice.chance(PNC) ? Pnc.issue(person.dateOfBirth(), dice, pncs) : null;
            String namesake = null;
            if (dice.chance(NAMESAKE)) {
                Dice kin = dice.fork("namesake");
                Person relative = namesake(person, people.size() + namesakes.size() + 1, kin);
                namesakes.add(new Nominal(relative, surname, previous(relative, people, kin),
                        kin.chance(PNC) ? Pnc.issue(relative.dateOfBirth(), kin, pncs) : null, person.id()));
                namesake = relative.id();
            }
            nominals.add(new Nominal(person, surname, previous, pnc, namesake));
        }
        nominals.addAll(namesakes);
        return nominals;
    }

    /** Smith-Jones: the person's own surname first, another from the population second. */
    private static String doubleBarrelled(String surname, List<Person> people, Dice dice) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String other = dice.pick(people).surname();
            if (!other.equals(surname) && !other.contains("-")) {
                return surname + "-" + other;
            }
        }
        return surname;
    }

    private static List<Address> previous(Person person, List<Person> people, Dice dice) {
        List<Address> previous = new ArrayList<>();
        int moves = dice.weighted(MOVES);
        for (int n = 1; n <= moves; n++) {
            previous.add(PopulationBuilder.address(person.home().id() + "-" + n,
                    dice.pick(Places.residential(person.homeForce())), dice, d -> d.pick(people).surname()));
        }
        return previous;
    }

    /** The child, 18 to 35 years younger, or where the person is too young to have one, the parent. */
    private static Person namesake(Person person, int number, Dice dice) {
        int years = dice.between(18, 35);
        LocalDate born = person.dateOfBirth().plusYears(years).plusDays(dice.between(-120, 120));
        if (born.isAfter(LATEST_BIRTH)) {
            born = person.dateOfBirth().minusYears(years).plusDays(dice.between(-120, 120));
        }
        String email = dice.chance(0.4) ? PopulationBuilder.email(person.forename(), person.surname(),
                person.nickname(), born, dice) : null;
        return new Person(String.format(Locale.ROOT, "P%05d", number), person.forename(), person.surname(),
                person.nickname(), null, born, person.home(), List.of(), null, email, person.homeForce(),
                dice.pick(PopulationBuilder.OCCUPATIONS));
    }
}
