package org.crossforce.corpus.documents;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Scribe;

/**
 * Writes people the way police prose does: the full name (perhaps with a street name) the first
 * time, the surname after that. Every reference goes through the scribe, so the manifest sees the
 * later references too.
 */
final class Prose {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);

    private final Scribe scribe;
    private final NameStyle style;
    private final Set<String> introduced = new HashSet<>();

    Prose(Scribe scribe, NameStyle style) {
        this.scribe = scribe;
        this.style = style;
    }

    Scribe scribe() {
        return scribe;
    }

    Dice dice() {
        return scribe.dice();
    }

    String who(Person person) {
        if (introduced.add(person.id())) {
            return scribe.nameAka(person, style);
        }
        return dice().chance(0.75) ? scribe.surname(person) : scribe.name(person, style);
    }

    /** "a grey VW Golf", "an orange Ford Fiesta". */
    static String a(String phrase) {
        return ("aeiouAEIOU".indexOf(phrase.charAt(0)) >= 0 ? "an " : "a ") + phrase;
    }

    /** "I work as a nurse", "I am retired". */
    static String work(String occupation) {
        return switch (occupation) {
            case "unemployed", "retired" -> "I am " + occupation;
            case "student" -> "I am a student";
            default -> "I work as " + a(occupation);
        };
    }

    static String date(ZonedDateTime when) {
        return DATE.format(when);
    }

    static String time(ZonedDateTime when) {
        return TIME.format(when);
    }

    static String longDate(ZonedDateTime when) {
        return LONG_DATE.format(when);
    }
}
