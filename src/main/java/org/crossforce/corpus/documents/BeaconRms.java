package org.crossforce.corpus.documents;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.Vehicle;
import org.crossforce.corpus.writing.Expected;
import org.crossforce.corpus.writing.NameStyle;
import org.crossforce.corpus.writing.Scribe;

/**
 * An export of the fictional records system {@code beacon-rms}: a CSV, every field quoted, one
 * occurrence per row. The header, the date formats and the "SURNAME, Forename" names are a
 * contract with the mapping that reads these files ({@code mappings/beacon-rms.yml}); change them
 * only together. Like a real system's, older rows keep older codes for marking and handling.
 */
final class BeaconRms {

    static final String SYSTEM = "beacon-rms";
    static final List<String> HEADER = List.of("Occurrence No", "Reported", "Occurrence Type", "Address", "Postcode",
            "Latitude", "Longitude", "Person 1 Name", "Person 1 DOB", "Person 1 Role", "Person 2 Name", "Person 2 DOB",
            "Person 2 Role", "Vehicle VRM", "Vehicle Make", "Vehicle Colour", "Phone", "Narrative",
            "Protective Marking", "Handling Code");
    static final int ROWS = 200;
    private static final DateTimeFormatter REPORTED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.UK);

    private BeaconRms() {
    }

    static Made make(Context ctx) {
        Dice dice = ctx.dice().fork("rows");
        Scribe root = new Scribe(dice);
        // Exports from different systems disagree about line endings; readers must take both.
        String separator = dice.chance(0.7) ? "\r\n" : "\n";
        CSVFormat format = CSVFormat.DEFAULT.builder().setQuoteMode(QuoteMode.ALL).setRecordSeparator(separator)
                .setHeader(HEADER.toArray(String[]::new)).get();
        StringWriter out = new StringWriter();
        String marking = "OFFICIAL";
        String handling = "P";
        List<String> numbers = new ArrayList<>();
        try (CSVPrinter csv = new CSVPrinter(out, format)) {
            for (int r = 0; r < ROWS; r++) {
                ZonedDateTime reported = ctx.created().minusMinutes(dice.between(0, 60 * 24 * 30));
                String number = "BR/" + String.format(Locale.ROOT, "%02d", reported.getYear() % 100) + "/"
                        + String.format(Locale.ROOT, "%07d", ctx.slot().ordinal() * ROWS + r + 1);
                numbers.add(number);
                Cast cast = Casting.cast(ctx.population(), ctx.force(), dice, reported);
                Scribe row = root.part("record " + number);
                String rowMarking = dice.chance(0.6) ? "OFFICIAL" : "OFFICIAL-SENSITIVE";
                String rowHandling = dice.chance(0.15) ? "C" : "P";
                marking = Markings.higher(marking, rowMarking);
                handling = "C".equals(rowHandling) ? "C" : handling;
                csv.printRecord(row(cast, row, number, reported, legacyMarking(rowMarking, reported, dice),
                        legacyHandling(rowHandling, reported, dice)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("records", ROWS);
        facts.put("firstRecord", numbers.getFirst());
        facts.put("lastRecord", numbers.getLast());
        String phrase = numbers.get(ctx.dice().below(numbers.size()));
        return new Made(out.toString().getBytes(StandardCharsets.UTF_8), null, marking, handling, SYSTEM,
                ctx.created(), facts, List.of(new Expected(phrase, "text", null)), root.mentions());
    }

    /** Rows from before 2025 sometimes keep the old abbreviations, O and OS. */
    private static String legacyMarking(String marking, ZonedDateTime reported, Dice dice) {
        if (reported.getYear() < 2025 && dice.chance(0.06)) {
            return marking.equals("OFFICIAL") ? "O" : "OS";
        }
        return marking;
    }

    /** ... and sometimes a 5x5x5 handling code: 1 may be shared, 2 to 5 carry conditions. */
    private static String legacyHandling(String handling, ZonedDateTime reported, Dice dice) {
        if (reported.getYear() < 2025 && dice.chance(0.08)) {
            return handling.equals("P") ? "1" : String.valueOf(dice.between(2, 5));
        }
        return handling;
    }

    private static List<String> row(Cast cast, Scribe s, String number, ZonedDateTime reported, String marking,
            String handling) {
        Dice d = s.dice();
        Person second = cast.victim() != null ? cast.victim() : cast.witness();
        String secondRole = cast.victim() != null ? "VIC" : "WIT";
        Vehicle v = cast.vehicle();
        List<String> narrative = Narratives.circumstances(new Prose(s, NameStyle.POLICE), cast);
        String phone = cast.suspect().phone() != null && d.chance(0.7) ? s.phone(cast.suspect().phone()) : "";
        List<String> fields = new ArrayList<>(List.of(number, REPORTED.format(reported), cast.occurrence().label()));
        fields.add(structured(s, "address", cast.scene().id(), cast.scene().line()));
        fields.add(structured(s, "postcode", cast.scene().id(), cast.scene().postcode()));
        fields.add(String.format(Locale.ROOT, "%.5f", cast.scene().lat()));
        fields.add(String.format(Locale.ROOT, "%.5f", cast.scene().lon()));
        person(fields, s, cast.suspect(), "SUS");
        person(fields, s, second, secondRole);
        fields.add(v == null ? "" : s.vrm(v));
        fields.add(v == null ? "" : d.chance(0.6) ? v.shortMake() : v.make());
        fields.add(v == null ? "" : capitalised(v.colour()));
        fields.add(phone);
        fields.add(String.join(" ", narrative));
        fields.add(marking);
        fields.add(handling);
        return fields;
    }

    private static void person(List<String> fields, Scribe s, Person person, String role) {
        if (person == null) {
            fields.addAll(List.of("", "", ""));
            return;
        }
        fields.add(s.name(person, NameStyle.SURNAME_FIRST));
        fields.add(s.dice().chance(0.06) ? "" : s.dateOfBirth(person));
        fields.add(role);
    }

    private static String structured(Scribe s, String type, String id, String value) {
        s.note(type, id, value, List.of("field"));
        return value;
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
