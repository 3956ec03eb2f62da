package org.crossforce.corpus.persons;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.crossforce.corpus.population.Dice;
import org.crossforce.corpus.population.Nominal;
import org.crossforce.corpus.population.Nominals;
import org.crossforce.corpus.population.PopulationBuilder;

/**
 * The persons file: person records as several forces' custody, crime, intelligence and
 * stop-and-search systems hold them, each with the true identity of the person in its last
 * column, for identity resolution to be scored against. The header is a contract with the shipped
 * mapping {@code mappings/corpus-persons.yml}, which is written beside the file; change them only
 * together. Written on one thread, each row from dice of its own, so the same seed, size and count
 * give the same bytes.
 */
public final class PersonsFile {

    public static final String FOLDER = "persons";
    public static final List<String> HEADER = List.of("Record Id", "Force", "System", "Surname", "Forenames",
            "Date of Birth", "Year of Birth", "Address", "Postcode", "Phone", "Email", "PNC ID", "VRM", "Identity");
    private static final String MAPPING = "/mappings/corpus-persons.yml";
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setHeader(HEADER.toArray(String[]::new)).get();

    /** What was written: the CSV, its rows, how many people they are, and the CSV's bytes. */
    public record Written(Path csv, int records, int people, long bytes) {
    }

    private PersonsFile() {
    }

    /**
     * Writes {@code persons.csv} and its mapping {@code persons.yml} into {@code dir}. The people
     * are those of the corpus of {@code size} files from {@code seed}, then as many more as
     * {@code records} rows need.
     */
    public static Written write(long seed, int size, int records, Path dir) throws IOException {
        List<Nominal> nominals = nominals(seed, size, records);
        int[] owners = RecordCounts.owners(seed, nominals, records);
        Files.createDirectories(dir);
        Path csv = dir.resolve("persons.csv");
        String id = "CP-%0" + Math.max(6, String.valueOf(records).length()) + "d";
        BitSet seen = new BitSet(nominals.size());
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(csv),
                StandardCharsets.UTF_8), 1 << 16);
                CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (int row = 0; row < owners.length; row++) {
                seen.set(owners[row]);
                printer.printRecord(PersonRow.of(nominals.get(owners[row]), String.format(Locale.ROOT, id, row + 1),
                        Dice.of(seed, "person-records", row)));
            }
        }
        try (InputStream mapping = PersonsFile.class.getResourceAsStream(MAPPING)) {
            if (mapping == null) {
                throw new IllegalStateException("The mapping " + MAPPING + " is not on the class path");
            }
            Files.write(dir.resolve("persons.yml"), mapping.readAllBytes());
        }
        return new Written(csv, records, seen.cardinality(), Files.size(csv));
    }

    /**
     * The people the file's rows are drawn from, with the truth about each: the corpus's people,
     * then enough more for {@code records} rows at 4.5 a person, then the namesakes.
     */
    public static List<Nominal> nominals(long seed, int size, int records) {
        int people = (int) Math.max(PopulationBuilder.count(size), Math.ceil(records / RecordCounts.MEAN));
        return Nominals.of(seed, PopulationBuilder.people(seed, size, people));
    }

    /** The README's account of the file, its columns and how often each kind of difference comes up. */
    public static String readme(Written written) {
        return String.format(Locale.ROOT, """
                persons/persons.csv
                -------------------
                %,d person records of %,d people, as custody, crime, intelligence and stop-and-search
                systems of the five forces hold them, for identity resolution. Identity is the truth:
                the population id (P00042) of the person the row is about; the documents of a corpus
                of the same seed and size use the same ids. The same seed, size and number of records
                give the same bytes. persons/persons.yml is the mapping that reads the file (Crossforce ships it as
                corpus-persons), so an upload needs no configuration; Identity lands in the record's
                attributes only. Columns:
                  %s
                Rows are shuffled. Most people have 1-3 records, some 5-15, a few up to %d. About
                %.0f%% of people have a double-barrelled surname, a third a PNC id (YYYY/NNNNNNNL with
                its check letter), most have lived at one or two earlier addresses in their force, and
                %.1f%% have a namesake: a parent or child of the same name at the same address, born
                18-35 years apart. Common names also recur by chance. Per record:
                  forename: familiar form (Jon for Jonathan) %.0f%% where there is one, initial %.0f%%,
                    missing %.0f%%, typo %.0f%%; surname typo %.0f%%; forename and surname swapped %.0f%%;
                    surname in capitals in most custody and intelligence rows; a double-barrelled
                    surname whole, with a space for the hyphen or only one half.
                  date of birth: missing %.0f%%, year only (Year of Birth) %.0f%%, one digit wrong %.0f%%,
                    day and month swapped in %.0f%% of the dates where the day could be a month.
                  address: missing %.0f%%, an earlier home in %.0f%% of the rows of people who moved,
                    otherwise the current one; abbreviated (Rd, St) %.0f%%, capitals %.0f%%, flats and
                    town written in several ways; postcode with %.0f%% of addresses.
                  phone %.0f%% and email %.0f%% of rows of people who have one; VRM %.0f%% of rows of
                    keepers; PNC id in %.0f%% of custody rows of people who have one, seldom elsewhere.
                """, written.records(), written.people(), String.join(",", HEADER), RecordCounts.MOST,
                percent(Nominals.DOUBLE_BARRELLED), percent(Nominals.NAMESAKE), percent(Forms.FORENAME_FAMILIAR),
                percent(Forms.FORENAME_INITIAL),
                percent(Forms.FORENAME_MISSING), percent(Forms.FORENAME_TYPO), percent(Forms.SURNAME_TYPO),
                percent(Forms.SWAPPED), percent(Forms.DOB_MISSING), percent(Forms.DOB_YEAR_ONLY),
                percent(Forms.DOB_DIGIT), percent(Forms.DOB_SWAPPED), percent(Forms.ADDRESS_MISSING),
                percent(Forms.ADDRESS_PREVIOUS), percent(Forms.ADDRESS_ABBREVIATED), percent(Forms.ADDRESS_UPPER),
                percent(Forms.POSTCODE), percent(PersonRow.PHONE), percent(PersonRow.EMAIL), percent(PersonRow.VRM),
                percent(RecordSystem.CUSTODY.pnc()));
    }

    private static double percent(double rate) {
        return rate * 100;
    }
}
