package org.crossforce.corpus.persons;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.crossforce.corpus.population.Address;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Nicknames;
import org.crossforce.corpus.population.Nominal;
import org.crossforce.corpus.writing.Noise;

/**
 * How one record writes a person's name, date of birth and address: the ways records of one person
 * disagree. The rates are per record; README.txt states them from these constants.
 */
final class Forms {

    static final double FORENAME_MISSING = 0.02;
    static final double FORENAME_INITIAL = 0.07;
    /** Of the records of people whose forename has a familiar form (Jon for Jonathan). */
    static final double FORENAME_FAMILIAR = 0.15;
    static final double SURNAME_TYPO = 0.06;
    static final double FORENAME_TYPO = 0.03;
    static final double SWAPPED = 0.03;
    /** A double-barrelled surname in full, with a space for the hyphen, or one half only. */
    static final int[] BARRELS = {60, 20, 20};
    static final double DOB_MISSING = 0.11;
    static final double DOB_YEAR_ONLY = 0.05;
    /** Of the dates whose day could be a month, and is not the month itself. */
    static final double DOB_SWAPPED = 0.05;
    static final double DOB_DIGIT = 0.04;
    static final double ADDRESS_MISSING = 0.20;
    /** Of the records of people who have moved. */
    static final double ADDRESS_PREVIOUS = 0.25;
    static final double ADDRESS_ABBREVIATED = 0.25;
    static final double ADDRESS_UPPER = 0.08;
    /** A flat written in full, without its comma, or left out. */
    private static final int[] FLATS = {70, 15, 15};
    /** Locality and town, the locality only, or the town only. */
    private static final int[] PLACES = {70, 20, 10};
    static final double POSTCODE = 0.9;

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);
    private static final int[] DIGITS = {0, 1, 3, 4, 8, 9};
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2010, 12, 31);
    private static final Map<String, String> SHORT_STREETS = Map.ofEntries(Map.entry("Road", "Rd"),
            Map.entry("Street", "St"), Map.entry("Avenue", "Ave"), Map.entry("Close", "Cl"), Map.entry("Lane", "Ln"),
            Map.entry("Gardens", "Gdns"), Map.entry("Crescent", "Cres"), Map.entry("Drive", "Dr"),
            Map.entry("Place", "Pl"), Map.entry("Square", "Sq"), Map.entry("Terrace", "Terr"),
            Map.entry("Grove", "Gr"), Map.entry("Court", "Ct"), Map.entry("Parade", "Pde"));

    /** A date of birth as the two columns hold it: the date, or the year alone when only it is known. */
    record Born(String date, String year) {
    }

    /** An address and its postcode, either empty. */
    record Lived(String address, String postcode) {
    }

    private Forms() {
    }

    /** In full, familiar, an initial, or not at all; now and then mistyped. */
    static String forename(String forename, Dice dice) {
        double roll = dice.unit();
        if (roll < FORENAME_MISSING) {
            return "";
        }
        if (roll < FORENAME_MISSING + FORENAME_INITIAL) {
            return forename.substring(0, 1);
        }
        List<String> familiar = Nicknames.of(forename);
        String written = roll < FORENAME_MISSING + FORENAME_INITIAL + FORENAME_FAMILIAR && !familiar.isEmpty()
                ? dice.pick(familiar) : forename;
        return dice.chance(FORENAME_TYPO) ? Noise.typo(written, dice) : written;
    }

    /** The surname, a double-barrelled one perhaps in part; now and then mistyped; in capitals as the system likes. */
    static String surname(Nominal nominal, double upper, Dice dice) {
        String surname = nominal.surname();
        if (nominal.doubleBarrelled()) {
            String first = surname.substring(0, surname.indexOf('-'));
            String second = surname.substring(surname.indexOf('-') + 1);
            surname = switch (dice.weighted(BARRELS)) {
                case 0 -> surname;
                case 1 -> first + " " + second;
                default -> dice.chance(0.6) ? first : second;
            };
        }
        if (dice.chance(SURNAME_TYPO)) {
            surname = typo(surname, dice);
        }
        return dice.chance(upper) ? surname.toUpperCase(Locale.ROOT) : surname;
    }

    /** A typing error in one part of a name of several. */
    private static String typo(String name, Dice dice) {
        int at = Math.max(name.indexOf('-'), name.indexOf(' '));
        if (at < 0) {
            return Noise.typo(name, dice);
        }
        String first = name.substring(0, at);
        String rest = name.substring(at + 1);
        return dice.chance(0.5) ? Noise.typo(first, dice) + name.charAt(at) + rest
                : first + name.charAt(at) + Noise.typo(rest, dice);
    }

    /** Exact, missing, the year only, day and month swapped, or one digit wrong (still a date). */
    static Born dateOfBirth(LocalDate born, Dice dice) {
        double roll = dice.unit();
        if (roll < DOB_MISSING) {
            return new Born("", "");
        }
        if (roll < DOB_MISSING + DOB_YEAR_ONLY) {
            return new Born("", String.valueOf(born.getYear()));
        }
        LocalDate written = born;
        if (roll < DOB_MISSING + DOB_YEAR_ONLY + DOB_SWAPPED) {
            if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
                written = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
            }
        } else if (roll < DOB_MISSING + DOB_YEAR_ONLY + DOB_SWAPPED + DOB_DIGIT) {
            written = oneDigitWrong(born, dice);
        }
        return new Born(UK_DATE.format(written), "");
    }

    /** One digit of the day, month or the year's last two changed, where the result is still a date. */
    private static LocalDate oneDigitWrong(LocalDate born, Dice dice) {
        char[] text = UK_DATE.format(born).toCharArray();
        for (int attempt = 0; attempt < 12; attempt++) {
            char[] changed = text.clone();
            int at = DIGITS[dice.below(DIGITS.length)];
            changed[at] = (char) ('0' + dice.below(10));
            try {
                LocalDate date = LocalDate.parse(new String(changed), UK_DATE);
                if (!date.equals(born) && !date.isBefore(EARLIEST) && !date.isAfter(LATEST)) {
                    return date;
                }
            } catch (DateTimeException e) {
                // not a date: try another digit
            }
        }
        return born;
    }

    /** The home, an earlier home, or none, written the way this record writes addresses. */
    static Lived address(Nominal nominal, Dice dice) {
        double roll = dice.unit();
        if (roll < ADDRESS_MISSING) {
            return new Lived("", "");
        }
        Address address = roll < ADDRESS_MISSING + ADDRESS_PREVIOUS && !nominal.previous().isEmpty()
                ? dice.pick(nominal.previous()) : nominal.person().home();
        String postcode = dice.chance(POSTCODE) ? Noise.postcode(address.postcode(), dice).text() : "";
        return new Lived(written(address, dice), postcode);
    }

    /** 12 Mare Street, Hackney, London; Flat 3 12 Mare St, Hackney; 4 CHURCH RD, MARGATE. */
    static String written(Address address, Dice dice) {
        String premises = address.premises();
        if (premises.startsWith("Flat ")) {
            premises = switch (dice.weighted(FLATS)) {
                case 0 -> premises;
                case 1 -> premises.replace(",", "");
                default -> premises.substring(premises.indexOf(',') + 2);
            };
        }
        String street = address.street();
        if (dice.chance(ADDRESS_ABBREVIATED)) {
            int space = street.lastIndexOf(' ');
            String suffix = SHORT_STREETS.get(street.substring(space + 1));
            street = suffix == null ? street : street.substring(0, space + 1) + suffix;
        }
        String place;
        if (address.locality().equals(address.town())) {
            place = address.town();
        } else {
            place = switch (dice.weighted(PLACES)) {
                case 0 -> address.locality() + ", " + address.town();
                case 1 -> address.locality();
                default -> address.town();
            };
        }
        String line = premises + " " + street + ", " + place;
        return dice.chance(ADDRESS_UPPER) ? line.toUpperCase(Locale.ROOT) : line;
    }
}
