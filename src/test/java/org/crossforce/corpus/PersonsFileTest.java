package org.crossforce.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.crossforce.corpus.persons.PersonsFile;
import org.crossforce.corpus.population.Nicknames;
import org.crossforce.corpus.population.Nominal;
import org.crossforce.corpus.population.Person;
import org.crossforce.corpus.population.PopulationBuilder;
import org.crossforce.entities.Identifiers;
import org.crossforce.records.ExportReader;
import org.crossforce.records.Mapping;
import org.crossforce.records.MappingRegistry;
import org.crossforce.records.ReadResult;
import org.crossforce.records.RecordType;
import org.crossforce.records.StructuredRecord;
import org.crossforce.shared.ForceCode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The persons file of 2,000 records, written alone, read as Crossforce reads an upload of it. */
class PersonsFileTest {

    static final int SIZE = 100;
    static final long SEED = 7;
    static final int RECORDS = 2_000;
    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @TempDir
    static Path root;

    static PersonsSummary summary;
    static List<CSVRecord> rows;
    static Map<String, Nominal> truth;

    @BeforeAll
    static void generate() throws IOException {
        summary = new CorpusGenerator().generatePersons(request(root.resolve("persons-7"), 2));
        try (Reader reader = Files.newBufferedReader(summary.csv())) {
            rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        truth = PersonsFile.nominals(SEED, SIZE, RECORDS).stream()
                .collect(Collectors.toMap(Nominal::id, n -> n));
    }

    static CorpusRequest request(Path out, int threads) {
        return new CorpusRequest(SIZE, SEED, out, threads, false, RECORDS);
    }

    @Test
    void theSameSeedAndCountGiveTheSameBytesWhateverTheThreadCount() throws IOException {
        PersonsSummary again = new CorpusGenerator().generatePersons(request(root.resolve("again"), 5));

        assertThat(Files.readAllBytes(again.csv())).isEqualTo(Files.readAllBytes(summary.csv()));
        Path other = new CorpusGenerator().generatePersons(new CorpusRequest(SIZE, 8, root.resolve("seed-8"), 1, false,
                RECORDS)).csv();
        assertThat(Files.readAllBytes(other)).isNotEqualTo(Files.readAllBytes(summary.csv()));
    }

    @Test
    void theShippedMappingReadsEveryRowAndTheCopyBesideTheFileIsThatMapping() throws IOException {
        ExportReader reader = new ExportReader(MappingRegistry.shipped());
        Mapping mapping = reader.detect(summary.csv(), "persons.csv").orElseThrow();
        assertThat(mapping.sourceSystem()).isEqualTo("corpus-persons");

        ReadResult result = reader.read(summary.csv(), mapping, ForceCode.of("kent"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.records()).hasSize(RECORDS);
        assertThat(result.records()).allSatisfy(record -> {
            assertThat(record.type()).isEqualTo(RecordType.CUSTODY);
            assertThat(record.sourceKey()).matches("CP-\\d{6}");
            assertThat(record.persons()).hasSize(1);
            assertThat(record.attributes()).containsKey("Identity");
        });
        assertThat(result.records()).extracting(StructuredRecord::sourceKey).doesNotHaveDuplicates();
        assertThat(Files.readString(summary.csv().resolveSibling("persons.yml")))
                .isEqualTo(new String(getClass().getResourceAsStream("/mappings/corpus-persons.yml").readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8));
        assertThat(new MappingRegistry(summary.csv().getParent()).problems()).isEmpty();
    }

    @Test
    void theRecordsPersonsCarryTheirDetailsAndTheTruthStaysInTheAttributes() {
        ReadResult result = new ExportReader(MappingRegistry.shipped()).read(summary.csv(),
                MappingRegistry.shipped().find("corpus-persons").orElseThrow(), ForceCode.of("essex"));
        StructuredRecord withPnc = result.records().stream()
                .filter(r -> !r.attributes().getOrDefault("PNC ID", "").isEmpty()).findFirst().orElseThrow();
        assertThat(withPnc.persons().getFirst().contact().pnc()).isEqualTo(withPnc.attributes().get("PNC ID"));
        StructuredRecord yearOnly = result.records().stream()
                .filter(r -> !r.attributes().getOrDefault("Year of Birth", "").isEmpty()).findFirst().orElseThrow();
        assertThat(yearOnly.persons().getFirst().dateOfBirth()).isNull();
        assertThat(yearOnly.persons().getFirst().yearOfBirth())
                .isEqualTo(Integer.valueOf(yearOnly.attributes().get("Year of Birth")));
        assertThat(result.records()).allSatisfy(r -> assertThat(r.persons().getFirst().attributes()).isEmpty());
    }

    @Test
    void theTruthColumnGroupsTheRowsOfEachPerson() {
        Map<String, List<CSVRecord>> byIdentity = rows.stream().collect(Collectors.groupingBy(r -> r.get("Identity")));
        assertThat(byIdentity).hasSize(summary.people());
        assertThat(truth.keySet()).containsAll(byIdentity.keySet());
        long dated = 0;
        long exact = 0;
        for (Map.Entry<String, List<CSVRecord>> group : byIdentity.entrySet()) {
            Nominal nominal = truth.get(group.getKey());
            String born = UK_DATE.format(nominal.person().dateOfBirth());
            Set<String> surnames = surnameForms(nominal);
            List<CSVRecord> written = group.getValue().stream().filter(r -> !r.get("Date of Birth").isEmpty()).toList();
            long own = written.stream().filter(r -> r.get("Date of Birth").equals(born)).count();
            dated += written.size();
            exact += own;
            if (group.getValue().size() >= 5) {
                // Among five records or more, some carry the person's own date of birth and surname.
                assertThat(own).as(group.getKey()).isPositive();
                assertThat(group.getValue()).as(group.getKey()).anyMatch(r ->
                        surnames.contains(r.get("Surname").toUpperCase(Locale.ROOT))
                                || surnames.contains(r.get("Forenames").toUpperCase(Locale.ROOT)));
            }
        }
        // A date of birth that is written is nearly always the person's own.
        assertThat(exact / (double) dated).isGreaterThan(0.85);
        // Bounded: most have a few records, some many, none more than 40; rows are shuffled.
        Collection<List<CSVRecord>> groups = byIdentity.values();
        assertThat(groups).allSatisfy(g -> assertThat(g.size()).isBetween(1, 40));
        assertThat(share(groups, g -> g.size() <= 3)).isBetween(0.45, 0.72);
        assertThat(share(groups, g -> g.size() >= 5 && g.size() <= 15)).isBetween(0.15, 0.40);
        int adjacent = 0;
        for (int i = 1; i < rows.size(); i++) {
            adjacent += rows.get(i).get("Identity").equals(rows.get(i - 1).get("Identity")) ? 1 : 0;
        }
        assertThat(adjacent).isLessThan(RECORDS / 50);
    }

    @Test
    void theFirstPeopleAreThoseTheDocumentsName() {
        List<Person> documents = PopulationBuilder.build(SEED, SIZE).people();

        assertThat(PopulationBuilder.people(SEED, SIZE, documents.size() * 3).subList(0, documents.size()))
                .isEqualTo(documents);
        for (Person person : documents) {
            assertThat(truth.get(person.id()).person()).isEqualTo(person);
        }
    }

    @Test
    void fatherAndSonShareNameAndAddressButNotTheirDateOfBirth() {
        Map<String, Set<String>> identitiesByNameAndPlace = new HashMap<>();
        Map<String, Set<String>> datesByNameAndPlace = new HashMap<>();
        for (CSVRecord row : rows) {
            if (row.get("Forenames").isEmpty() || row.get("Postcode").isEmpty() || row.get("Date of Birth").isEmpty()) {
                continue;
            }
            String key = row.get("Surname").toUpperCase(Locale.ROOT) + "|" + row.get("Forenames") + "|"
                    + row.get("Postcode").toUpperCase(Locale.ROOT).replace(" ", "");
            identitiesByNameAndPlace.computeIfAbsent(key, k -> new HashSet<>()).add(row.get("Identity"));
            datesByNameAndPlace.computeIfAbsent(key, k -> new HashSet<>()).add(row.get("Date of Birth"));
        }
        List<String> namesakes = identitiesByNameAndPlace.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .map(Map.Entry::getKey).toList();

        // Rows of two people alike in name and address, with different dates of birth: a pair made so.
        assertThat(namesakes).anySatisfy(key -> {
            List<String> identities = List.copyOf(identitiesByNameAndPlace.get(key));
            assertThat(truth.get(identities.getFirst()).namesake()).isIn(identities);
            assertThat(datesByNameAndPlace.get(key)).hasSizeGreaterThan(1);
        });
        List<Nominal> pairs = truth.values().stream().filter(n -> n.namesake() != null).toList();
        assertThat(pairs).isNotEmpty().allSatisfy(n -> {
            Nominal other = truth.get(n.namesake());
            assertThat(other.namesake()).isEqualTo(n.id());
            assertThat(other.person().forename()).isEqualTo(n.person().forename());
            assertThat(other.surname()).isEqualTo(n.surname());
            assertThat(other.person().home()).isEqualTo(n.person().home());
            long apart = Math.abs(other.person().dateOfBirth().getYear() - n.person().dateOfBirth().getYear());
            assertThat(apart).isBetween(17L, 36L);
        });
    }

    @Test
    void thePopulationHasDoubleBarrelledSurnamesPncIdsAndEarlierAddressesInItsForce() {
        Collection<Nominal> people = truth.values();
        assertThat(share(people, Nominal::doubleBarrelled)).isBetween(0.015, 0.08);
        assertThat(people).filteredOn(Nominal::doubleBarrelled)
                .allSatisfy(n -> assertThat(n.surname()).matches("\\S+-\\S+").startsWith(n.person().surname()));
        assertThat(share(people, n -> n.pnc() != null)).isBetween(0.25, 0.42);
        assertThat(people).filteredOn(n -> n.pnc() != null)
                .allSatisfy(n -> assertThat(Identifiers.pnc(n.pnc())).contains(n.pnc()));
        assertThat(share(people, n -> !n.previous().isEmpty())).isBetween(0.45, 0.75);
        assertThat(people).allSatisfy(n -> assertThat(n.previous()).hasSizeLessThanOrEqualTo(2)
                .allSatisfy(a -> assertThat(a.force()).isEqualTo(n.person().homeForce())));
    }

    @Test
    void identifiersAreValidAndPlainlyFictional() {
        for (CSVRecord row : rows) {
            if (!row.get("PNC ID").isEmpty()) {
                assertThat(Identifiers.pnc(row.get("PNC ID"))).as(row.get("PNC ID")).isPresent();
            }
            if (!row.get("Phone").isEmpty()) {
                assertThat(row.get("Phone").replaceAll("\\D", "").replaceFirst("^44", "0"))
                        .matches("07700900\\d{3}|0207946\\d{4}");
            }
            if (!row.get("Email").isEmpty()) {
                assertThat(row.get("Email")).endsWith(".example");
            }
            if (!row.get("VRM").isEmpty()) {
                assertThat(row.get("VRM").toUpperCase(Locale.ROOT)).matches("[TUZ][A-Z]\\d{2} ?[A-Z]{3}");
            }
            if (!row.get("Postcode").isEmpty()) {
                assertThat(Identifiers.postcode(row.get("Postcode"))).isPresent();
            }
        }
    }

    @Test
    void recordsDisagreeAboutOnePersonAtRoughlyTheDocumentedRates() {
        Tally t = new Tally();
        for (CSVRecord row : rows) {
            Nominal nominal = truth.get(row.get("Identity"));
            Person person = nominal.person();
            String forename = row.get("Forenames");
            String surname = row.get("Surname");
            boolean swapped = !forename.isEmpty() && surnameForms(nominal).contains(forename.toUpperCase(Locale.ROOT))
                    && !surnameForms(nominal).contains(surname.toUpperCase(Locale.ROOT));
            t.count("swapped", swapped);
            if (swapped) {
                String was = forename;
                forename = surname;
                surname = was;
            }
            t.count("forename missing", forename.isEmpty());
            t.count("forename initial", forename.length() == 1);
            if (!Nicknames.of(person.forename()).isEmpty()) {
                t.count("familiar, where there is one", Nicknames.of(person.forename()).contains(forename));
            }
            if (!nominal.doubleBarrelled()) {
                t.count("surname typo", !surname.equalsIgnoreCase(nominal.surname()));
            }
            if (row.get("System").equals("custody")) {
                t.count("custody capitals", surname.equals(surname.toUpperCase(Locale.ROOT)));
            }
            if (row.get("System").equals("stop-search")) {
                t.count("stop-search capitals", surname.equals(surname.toUpperCase(Locale.ROOT)));
            }
            LocalDate born = person.dateOfBirth();
            String date = row.get("Date of Birth");
            t.count("date missing", date.isEmpty() && row.get("Year of Birth").isEmpty());
            t.count("year only", date.isEmpty() && !row.get("Year of Birth").isEmpty());
            t.count("date exact", date.equals(UK_DATE.format(born)));
            if (born.getDayOfMonth() <= 12 && born.getDayOfMonth() != born.getMonthValue()) {
                LocalDate turned = LocalDate.of(born.getYear(), born.getDayOfMonth(), born.getMonthValue());
                t.count("day and month swapped, where they can be", date.equals(UK_DATE.format(turned)));
            }
            String postcode = row.get("Postcode").toUpperCase(Locale.ROOT).replace(" ", "");
            t.count("address missing", row.get("Address").isEmpty());
            if (!nominal.previous().isEmpty()) {
                t.count("earlier address, of people who moved", !postcode.isEmpty() && nominal.previous().stream()
                        .anyMatch(a -> a.postcode().replace(" ", "").equals(postcode)));
            }
            if (!person.phones().isEmpty()) {
                t.count("phone", !row.get("Phone").isEmpty());
            }
            if (person.email() != null) {
                t.count("email", !row.get("Email").isEmpty());
            }
            if (person.vehicle() != null) {
                t.count("vrm", !row.get("VRM").isEmpty());
            }
            if (nominal.pnc() != null) {
                t.count(row.get("System").equals("custody") ? "custody pnc" : "other pnc",
                        !row.get("PNC ID").isEmpty());
            }
        }
        assertThat(t.rate("swapped")).isBetween(0.01, 0.06);
        assertThat(t.rate("forename missing")).isBetween(0.005, 0.045);
        assertThat(t.rate("forename initial")).isBetween(0.04, 0.11);
        assertThat(t.rate("familiar, where there is one")).isBetween(0.07, 0.25);
        assertThat(t.rate("surname typo")).isBetween(0.03, 0.10);
        assertThat(t.rate("custody capitals")).isGreaterThan(0.8);
        assertThat(t.rate("stop-search capitals")).isLessThan(0.15);
        assertThat(t.rate("date missing")).isBetween(0.07, 0.16);
        assertThat(t.rate("year only")).isBetween(0.025, 0.08);
        assertThat(t.rate("date exact")).isBetween(0.70, 0.85);
        assertThat(t.rate("day and month swapped, where they can be")).isBetween(0.02, 0.10);
        assertThat(t.rate("address missing")).isBetween(0.15, 0.25);
        assertThat(t.rate("earlier address, of people who moved")).isBetween(0.15, 0.33);
        assertThat(t.rate("phone")).isBetween(0.30, 0.50);
        assertThat(t.rate("email")).isBetween(0.14, 0.27);
        assertThat(t.rate("vrm")).isBetween(0.05, 0.16);
        assertThat(t.rate("custody pnc")).isBetween(0.45, 0.75);
        assertThat(t.rate("other pnc")).isLessThan(0.12);
    }

    private static Set<String> surnameForms(Nominal nominal) {
        Set<String> forms = new HashSet<>();
        String full = nominal.surname().toUpperCase(Locale.ROOT);
        forms.add(full);
        forms.add(full.replace('-', ' '));
        forms.addAll(List.of(full.split("-")));
        return forms;
    }

    private static <T> double share(Collection<T> items, Predicate<T> test) {
        return items.stream().filter(test).count() / (double) items.size();
    }

    /** How often something was seen, out of the rows where it could be. */
    private static final class Tally {

        private final Map<String, int[]> counts = new HashMap<>();

        void count(String what, boolean seen) {
            int[] c = counts.computeIfAbsent(what, k -> new int[2]);
            c[0] += seen ? 1 : 0;
            c[1]++;
        }

        double rate(String what) {
            int[] c = counts.get(what);
            assertThat(c).as(what).isNotNull();
            return c[0] / (double) c[1];
        }
    }
}
