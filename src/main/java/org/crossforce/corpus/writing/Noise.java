package org.crossforce.corpus.writing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Phone;

/**
 * The ways real records disagree about the same entity: typing errors, familiar forenames, names
 * in either order, day and month swapped, registration marks with or without their space, phone
 * numbers in national or international form. Each surface says which of these it carries.
 */
public final class Noise {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final double TYPO = 0.05;
    private static final double NICKNAME = 0.2;
    private static final double SWAPPED_DATE = 0.08;
    private static final String VOWELS = "aeiou";

    private Noise() {
    }

    public static Surface name(Person person, NameStyle style, Dice dice) {
        List<String> variants = new ArrayList<>(List.of(style.tag()));
        String forename = person.forename();
        String surname = person.surname();
        if (person.nickname() != null && style != NameStyle.INITIAL && dice.chance(NICKNAME)) {
            forename = person.nickname();
            variants.add("nickname");
        }
        if (dice.chance(TYPO)) {
            if (dice.chance(0.7)) {
                surname = typo(surname, dice);
            } else {
                forename = typo(forename, dice);
            }
            variants.add("typo");
        }
        String upper = surname.toUpperCase(Locale.ROOT);
        String text = switch (style) {
            case POLICE -> forename + " " + upper;
            case PLAIN -> forename + " " + surname;
            case SURNAME_FIRST -> upper + ", " + forename;
            case UPPER -> (forename + " " + surname).toUpperCase(Locale.ROOT);
            case INITIAL -> forename.charAt(0) + " " + upper;
        };
        return new Surface(text, List.copyOf(variants));
    }

    /** One plausible typing error: two letters swapped, one dropped or doubled, a vowel or sound changed. */
    public static String typo(String word, Dice dice) {
        if (word.length() < 4) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        for (int attempt = 0; attempt < 8; attempt++) {
            String changed = change(lower, dice);
            if (!changed.equals(lower) && changed.length() > 1) {
                return word.equals(word.toUpperCase(Locale.ROOT)) ? changed.toUpperCase(Locale.ROOT)
                        : Character.toUpperCase(changed.charAt(0)) + changed.substring(1);
            }
        }
        return word;
    }

    private static String change(String w, Dice dice) {
        int at = dice.between(1, w.length() - 2);
        return switch (dice.below(5)) {
            case 0 -> w.substring(0, at) + w.charAt(at + 1) + w.charAt(at) + w.substring(at + 2);
            case 1 -> w.substring(0, at) + w.substring(at + 1);
            case 2 -> w.substring(0, at) + w.charAt(at) + w.substring(at);
            case 3 -> {
                int v = firstVowelFrom(w, at);
                yield v < 0 ? w : w.substring(0, v) + VOWELS.charAt(dice.below(5)) + w.substring(v + 1);
            }
            default -> sound(w);
        };
    }

    private static int firstVowelFrom(String w, int from) {
        for (int i = from; i < w.length(); i++) {
            if (VOWELS.indexOf(w.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** Spellings that sound the same: Smyth and Smith, Philips and Filips, Mackenzie and Makenzie. */
    private static String sound(String w) {
        String[][] pairs = {{"y", "i"}, {"ph", "f"}, {"ck", "k"}, {"ll", "l"}, {"ey", "ie"}, {"son", "sen"},
                {"ie", "y"}, {"ou", "ow"}, {"ch", "sh"}, {"i", "y"}};
        for (String[] pair : pairs) {
            int at = w.indexOf(pair[0], 1);
            if (at > 0) {
                return w.substring(0, at) + pair[1] + w.substring(at + pair[0].length());
            }
        }
        return w;
    }

    /** dd/MM/yyyy; now and then with day and month swapped, where that still makes a date. */
    public static Surface dateOfBirth(LocalDate date, Dice dice) {
        if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue() && dice.chance(SWAPPED_DATE)) {
            LocalDate swapped = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
            return new Surface(UK_DATE.format(swapped), List.of("day-month-swapped"));
        }
        return Surface.plain(UK_DATE.format(date));
    }

    /** ISO yyyy-MM-dd, for record systems, with the same occasional swap. */
    public static Surface isoDateOfBirth(LocalDate date, Dice dice) {
        if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue() && dice.chance(SWAPPED_DATE)) {
            return new Surface(LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue()).toString(),
                    List.of("day-month-swapped"));
        }
        return Surface.plain(date.toString());
    }

    /** UX19 QFK, UX19QFK or now and then ux19 qfk. */
    public static Surface vrm(String vrm, Dice dice) {
        int roll = dice.below(100);
        if (roll < 62) {
            return Surface.plain(vrm);
        }
        if (roll < 94) {
            return new Surface(vrm.replace(" ", ""), List.of("no-space"));
        }
        return new Surface(vrm.toLowerCase(Locale.ROOT), List.of("lower-case"));
    }

    public static Surface phone(Phone phone, Dice dice) {
        String d = phone.digits();
        if (phone.mobile()) {
            String rest = d.substring(1);
            return switch (dice.weighted(45, 20, 20, 15)) {
                case 0 -> Surface.plain(d.substring(0, 5) + " " + d.substring(5));
                case 1 -> new Surface(d, List.of("compact"));
                case 2 -> new Surface("+44 " + rest.substring(0, 4) + " " + rest.substring(4), List.of("international"));
                default -> new Surface("+44" + rest, List.of("e164"));
            };
        }
        String local = d.substring(3, 7) + " " + d.substring(7);
        return switch (dice.weighted(55, 20, 15, 10)) {
            case 0 -> Surface.plain("020 " + local);
            case 1 -> new Surface("+44 20 " + local, List.of("international"));
            case 2 -> new Surface(d, List.of("compact"));
            default -> new Surface("(020) " + local, List.of("brackets"));
        };
    }

    /** +447700900481: how record systems that normalise numbers hold them. */
    public static String e164(Phone phone) {
        return "+44" + phone.digits().substring(1);
    }

    public static Surface postcode(String postcode, Dice dice) {
        int roll = dice.below(100);
        if (roll < 88) {
            return Surface.plain(postcode);
        }
        if (roll < 97) {
            return new Surface(postcode.replace(" ", ""), List.of("postcode-no-space"));
        }
        return new Surface(postcode.toLowerCase(Locale.ROOT), List.of("postcode-lower-case"));
    }
}
