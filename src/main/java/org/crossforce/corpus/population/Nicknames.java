package org.crossforce.corpus.population;

import java.util.List;
import java.util.Map;

/**
 * Familiar forms of forenames and street names. Records that spell the same person as Jonathan in
 * one force and Jon in another are exactly what identity resolution has to join up.
 */
public final class Nicknames {

    private static final Map<String, List<String>> SHORT = Map.ofEntries(
            Map.entry("Jonathan", List.of("Jon", "Jonny")), Map.entry("William", List.of("Will", "Billy")),
            Map.entry("Joshua", List.of("Josh")), Map.entry("Thomas", List.of("Tom", "Tommy")),
            Map.entry("Samuel", List.of("Sam", "Sammy")), Map.entry("Jacob", List.of("Jake")),
            Map.entry("Alexander", List.of("Alex")), Map.entry("Benjamin", List.of("Ben")),
            Map.entry("Daniel", List.of("Dan", "Danny")), Map.entry("Matthew", List.of("Matt")),
            Map.entry("Nicholas", List.of("Nick")), Map.entry("Zachary", List.of("Zac")),
            Map.entry("Edward", List.of("Ed", "Eddie")), Map.entry("Patrick", List.of("Paddy", "Pat")),
            Map.entry("Anthony", List.of("Tony", "Ant")), Map.entry("Christopher", List.of("Chris")),
            Map.entry("Joseph", List.of("Joe", "Joey")), Map.entry("Michael", List.of("Mike", "Micky")),
            Map.entry("Andrew", List.of("Andy")), Map.entry("David", List.of("Dave")),
            Map.entry("Charles", List.of("Charlie")), Map.entry("Gabriel", List.of("Gabe")),
            Map.entry("Nathan", List.of("Nate")), Map.entry("Cameron", List.of("Cam")),
            Map.entry("Callum", List.of("Cal")), Map.entry("Robert", List.of("Rob", "Bobby")),
            Map.entry("Richard", List.of("Rich", "Ricky")), Map.entry("James", List.of("Jim", "Jamie")),
            Map.entry("Stephen", List.of("Steve")), Map.entry("Steven", List.of("Steve")),
            Map.entry("Peter", List.of("Pete")), Map.entry("Timothy", List.of("Tim")),
            Map.entry("Frederick", List.of("Fred", "Freddie")), Map.entry("Henry", List.of("Harry")),
            Map.entry("Harrison", List.of("Harry")), Map.entry("Lachlan", List.of("Lachie")),
            Map.entry("Mitchell", List.of("Mitch")), Map.entry("Sebastian", List.of("Seb")),
            Map.entry("Kenneth", List.of("Ken", "Kenny")), Map.entry("Raymond", List.of("Ray")),
            Map.entry("Muhammad", List.of("Mo")), Map.entry("Mohammed", List.of("Mo")),
            Map.entry("Emmanuel", List.of("Manny")), Map.entry("Oluwaseun", List.of("Seun")),
            Map.entry("Isabella", List.of("Bella", "Izzy")), Map.entry("Isabelle", List.of("Izzy")),
            Map.entry("Charlotte", List.of("Lottie")), Map.entry("Olivia", List.of("Liv")),
            Map.entry("Jessica", List.of("Jess")), Map.entry("Abigail", List.of("Abi", "Abby")),
            Map.entry("Matilda", List.of("Tilly")), Map.entry("Amelia", List.of("Millie")),
            Map.entry("Elizabeth", List.of("Liz", "Beth")), Map.entry("Katherine", List.of("Kate", "Kat")),
            Map.entry("Rebecca", List.of("Becky")), Map.entry("Samantha", List.of("Sam")),
            Map.entry("Victoria", List.of("Vicky")), Map.entry("Jennifer", List.of("Jen")),
            Map.entry("Margaret", List.of("Maggie")), Map.entry("Deborah", List.of("Debbie")),
            Map.entry("Eleanor", List.of("Ellie")), Map.entry("Natalie", List.of("Nat")),
            Map.entry("Stephanie", List.of("Steph")), Map.entry("Alexandra", List.of("Alex", "Lexi")),
            Map.entry("Gabriella", List.of("Gabby")), Map.entry("Madeleine", List.of("Maddie")),
            Map.entry("Maddison", List.of("Maddie")), Map.entry("Sophia", List.of("Sophie")),
            Map.entry("Josephine", List.of("Jo", "Josie")), Map.entry("Kimberley", List.of("Kim")),
            Map.entry("Jasmine", List.of("Jas")), Map.entry("Georgia", List.of("Georgie")));

    /** Street names that recur across forces, after the manner of the names used in county-lines work. */
    public static final List<String> ALIASES = List.of("Smudge", "Tank", "KD", "Rizzy", "Little T", "Shadow",
            "Ghost", "Biggs", "Chopper", "Scrappy", "Deano", "Jay-Jay", "Spud", "Nutty", "Bones", "Lefty", "Taz",
            "Skinny", "Red", "Bizzle", "Trigga", "Snoops", "Lil Rich", "Moggy", "Tiny", "Dutch", "Fozzy", "Gunner",
            "Buzz", "Pepper", "Stitch", "Bugsy", "Marley", "Kash", "Zico", "Benny B", "Reno", "Mouse", "Flex",
            "Junior", "Scooby", "Dotty", "Vibes", "Prof", "Sparks", "Wiz", "Bullet", "Chubbs", "Kilo", "Nines");

    private Nicknames() {
    }

    /** The familiar forms of a forename, empty when it has none. */
    public static List<String> of(String forename) {
        return SHORT.getOrDefault(forename, List.of());
    }
}
