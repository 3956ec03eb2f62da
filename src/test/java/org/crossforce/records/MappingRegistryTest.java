package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shipped mappings, and a force's own in a directory: added, replacing, or broken. */
class MappingRegistryTest {

    private static final String LANTERN = """
            # A fictional custody system that exports XML.
            source_system: lantern-custody
            name: Lantern custody records
            format: xml
            xml: { record: custody }
            detect: { root: custodyExport, keys: ["@id", booked] }
            record_type: CUSTODY
            key: { fields: ["@id"] }
            title: "Custody {@id}[ – {offence}]"
            fields:
              occurred: { from: booked, format: "yyyy-MM-dd HH:mm" }
              crime_type: offence
              location: { address: suite }
              persons:
                - forename: "detainee[{i}].forename"
                  surname: "detainee[{i}].surname"
                  date_of_birth: { from: "detainee[{i}].dob", format: iso }
                  role: { value: SUBJECT }
            """;

    private static final String CUSTODY_XML = """
            <?xml version="1.0" encoding="UTF-8"?>
            <custodyExport system="lantern">
              <custody id="LC-0001">
                <booked>2025-12-14 22:10</booked>
                <detainee><forename>Jonathan</forename><surname>Smyth</surname><dob>1994-03-14</dob></detainee>
                <offence>Burglary</offence>
                <suite>Margate</suite>
              </custody>
              <custody id="LC-0002">
                <booked>last night</booked>
              </custody>
              <custody id="LC-0003">
                <booked>2025-12-16 01:00</booked>
                <detainee><forename>Priya</forename><surname>Patel</surname></detainee>
                <detainee><forename>Adam</forename><surname>Kowalski</surname></detainee>
              </custody>
            </custodyExport>
            """;

    @TempDir
    Path directory;

    @Test
    void theShippedMappingsAreAllThere() {
        assertThat(MappingRegistry.shipped().all()).extracting(Mapping::sourceSystem).containsExactlyInAnyOrder(
                "police-uk-street", "police-uk-outcomes", "police-uk-stop-and-search", "beacon-rms", "harbour-intel",
                "corpus-persons", "crossforce-portal");
        assertThat(MappingRegistry.shipped().problems()).isEmpty();
    }

    @Test
    void anAbsentUserDirectoryIsNoProblem() {
        MappingRegistry registry = new MappingRegistry(directory.resolve("not-there"));
        assertThat(registry.all()).hasSize(7);
        assertThat(registry.problems()).isEmpty();
    }

    @Test
    void aUsersXmlMappingIsLoadedRecognisedAndRead() throws IOException {
        Files.writeString(directory.resolve("lantern-custody.yml"), LANTERN);
        Path export = Files.writeString(directory.resolve("custody.xml"), CUSTODY_XML);
        ExportReader reader = new ExportReader(new MappingRegistry(directory));

        Mapping mapping = reader.detect(export, "custody.xml").orElseThrow();
        assertThat(mapping.sourceSystem()).isEqualTo("lantern-custody");
        assertThat(mapping.origin()).endsWith("lantern-custody.yml");

        ReadResult result = reader.read(export, mapping, Exports.KENT);
        assertThat(result.rows()).isEqualTo(3);
        assertThat(result.errors()).containsExactly(new RowError(9,
                "booked 'last night' is not a date in the form yyyy-MM-dd HH:mm."));
        StructuredRecord first = result.records().get(0);
        assertThat(first.sourceKey()).isEqualTo("LC-0001");
        assertThat(first.type()).isEqualTo(RecordType.CUSTODY);
        assertThat(first.title()).isEqualTo("Custody LC-0001 – Burglary");
        // December: GMT, so local time is UTC.
        assertThat(first.occurred()).isEqualTo(Instant.parse("2025-12-14T22:10:00Z"));
        assertThat(first.line()).isEqualTo(3);
        assertThat(first.persons()).containsExactly(new Person("Jonathan Smyth", "Jonathan", "Smyth",
                LocalDate.of(1994, 3, 14), PersonRole.SUBJECT, Map.of()));
        assertThat(first.attributes()).containsEntry("@id", "LC-0001").containsEntry("detainee.surname", "Smyth");
        StructuredRecord third = result.records().get(1);
        assertThat(third.title()).isEqualTo("Custody LC-0003");
        assertThat(third.persons()).extracting(Person::name).containsExactly("Priya Patel", "Adam Kowalski");
    }

    @Test
    void aUsersMappingReplacesTheShippedOneOfTheSameSystem() throws IOException {
        String beacon = new String(getClass().getResourceAsStream("/mappings/beacon-rms.yml").readAllBytes(),
                StandardCharsets.UTF_8)
                .replace("title: \"{Occurrence Type}[ – {Address}]\"", "title: \"{Occurrence No}: {Occurrence Type}\"");
        Files.writeString(directory.resolve("beacon-rms.yml"), beacon);
        ExportReader reader = new ExportReader(new MappingRegistry(directory));

        Mapping mapping = reader.detect(Exports.file("beacon-rms/occurrences-2025-10.csv"), null).orElseThrow();
        assertThat(mapping.origin()).isEqualTo(directory.resolve("beacon-rms.yml").toString());
        assertThat(reader.read(Exports.file("beacon-rms/occurrences-2025-10.csv"), mapping, Exports.KENT)
                .records().getFirst().title()).isEqualTo("BR-2025-000101: Burglary - dwelling");
    }

    @Test
    void aBrokenUserMappingIsLeftOutAndReportedWhileTheOthersLoad() throws IOException {
        Files.writeString(directory.resolve("a-broken.yml"), LANTERN.replace("record_type: CUSTODY", "record_type: ARREST"));
        Files.writeString(directory.resolve("b-lantern.yml"), LANTERN);
        Files.writeString(directory.resolve("notes.txt"), "not a mapping");
        MappingRegistry registry = new MappingRegistry(directory);
        assertThat(registry.find("lantern-custody")).isPresent();
        assertThat(registry.all()).hasSize(8);
        assertThat(registry.problems()).singleElement().asString()
                .contains("a-broken.yml").contains("ARREST");
    }

    @Test
    void twoUserFilesForOneSystemAreReported() throws IOException {
        Files.writeString(directory.resolve("one.yml"), LANTERN);
        Files.writeString(directory.resolve("two.yml"), LANTERN);
        MappingRegistry registry = new MappingRegistry(directory);
        assertThat(registry.find("lantern-custody").orElseThrow().origin()).endsWith("one.yml");
        assertThat(registry.problems()).singleElement().asString()
                .contains("two.yml").contains("already used by").contains("one.yml");
    }
}
