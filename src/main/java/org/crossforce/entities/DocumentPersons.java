package org.crossforce.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Which mentions of a name in one document are the same person. A name never joins two
 * documents (two John Smiths are not one man), but inside one document "Mr Okafor", "Okafor"
 * and "Chidi Okafor" are one person, and so is the record's own suspect when the narrative
 * names him. Each person of the document gets a number: the record's persons first, in their
 * order, then the persons only the text names.
 */
public final class DocumentPersons {

    private DocumentPersons() {
    }

    /**
     * @param recordNames the normalised names of the record's persons, each a person of its own
     * @param mentions    persons found in the text, normalised values as {@link PersonNames#normalise}
     * @return for each mention, the number of its person
     */
    public static int[] number(List<String> recordNames, List<Mention> mentions) {
        List<Person> persons = new ArrayList<>();
        for (String name : recordNames) {
            persons.add(new Person(persons.size(), name, words(name)));
        }
        int[] numbers = new int[mentions.size()];
        List<List<String>> words = mentions.stream().map(m -> words(m.value())).toList();
        // Full names first, so that "Okafor" early in the text finds "Chidi Okafor" written later.
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mentions.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> -words.get(i).size()).thenComparing(i -> i));
        for (int i : order) {
            String name = mentions.get(i).value();
            Person person = find(persons, name, words.get(i));
            if (person == null) {
                person = new Person(persons.size(), name, words.get(i));
                persons.add(person);
            }
            numbers[i] = person.number();
        }
        return numbers;
    }

    private record Person(int number, String name, List<String> words) {
    }

    /** The same name, else the one person whose name holds every word of this one (initials match a word they begin). */
    private static Person find(List<Person> persons, String name, List<String> words) {
        for (Person person : persons) {
            if (person.name().equals(name)) {
                return person;
            }
        }
        Person match = null;
        for (Person person : persons) {
            if (holds(person.words(), words)) {
                if (match != null && !match.name().equals(person.name())) {
                    // "Tyler" with both "Tyler Batty" and "Tyler Shipley" in the text: nobody can say which.
                    return null;
                }
                if (match == null) {
                    match = person;
                }
            }
        }
        return match;
    }

    private static boolean holds(List<String> longer, List<String> shorter) {
        if (shorter.isEmpty() || shorter.size() > longer.size()) {
            return false;
        }
        Set<String> available = Set.copyOf(longer);
        for (String word : shorter) {
            boolean found = available.contains(word)
                    || word.length() == 1 && longer.stream().anyMatch(w -> w.startsWith(word));
            if (!found) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String name) {
        return name.isBlank() ? List.of() : List.of(name.strip().split(" +"));
    }
}
