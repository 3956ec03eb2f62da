package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Mistakes in a mapping file are reported once, naming the file and the field. */
class MappingFileCheckTest {

    private static final String GOOD = """
            source_system: tiny
            format: csv
            detect: { header: [Ref, When, Who, Role] }
            record_type: CASE
            key: { fields: [Ref] }
            title: "{Ref}"
            fields:
              occurred: { from: When, format: dd/MM/yyyy }
              persons:
                - name: { from: Who, style: surname_first }
                  role: { from: Role, values: { S: SUSPECT } }
            """;

    @Test
    void aMisspeltSettingIsNamed() {
        assertThatThrownBy(() -> Mapping.fromYaml(GOOD.replace("title:", "titel:"), "tiny.yml"))
                .isInstanceOf(InvalidMappingException.class)
                .hasMessage("tiny.yml: titel is not a setting a mapping can have (see mappings/README.md)");
    }

    @Test
    void aMisspeltSettingDeepDownIsNamedWithItsPath() {
        assertThatThrownBy(() -> Mapping.fromYaml(GOOD.replace("role: { from: Role", "rol: { from: Role"), "tiny.yml"))
                .hasMessage("tiny.yml: fields.persons[0].rol is not a setting a mapping can have "
                        + "(see mappings/README.md)");
    }

    @Test
    void anUnknownRecordTypeIsNamed() {
        assertThatThrownBy(() -> Mapping.fromYaml(GOOD.replace("record_type: CASE", "record_type: ARREST"), "tiny.yml"))
                .hasMessageStartingWith("tiny.yml: record_type: ")
                .hasMessageContaining("ARREST");
    }

    @Test
    void everyProblemIsListedAtOnce() {
        String bad = GOOD.replace("dd/MM/yyyy", "dd/MM/yyyy bb")
                .replace("S: SUSPECT", "S: SUSPECTED")
                .replace("surname_first", "backwards")
                .replace("key: { fields: [Ref] }", "key: { fields: [] }");
        assertThatThrownBy(() -> Mapping.fromYaml(bad, "tiny.yml"))
                .isInstanceOf(InvalidMappingException.class)
                .hasMessageContaining("fields.occurred.format: 'dd/MM/yyyy bb' is not a date pattern")
                .hasMessageContaining("fields.persons.role: 'SUSPECTED' is not a role")
                .hasMessageContaining("fields.persons.name.style must be surname_first, forename_first or whole")
                .hasMessageContaining("a key made from a row's content needs occurrence: true");
    }

    @Test
    void aCsvMappingMustSayHowToRecogniseItsFiles() {
        assertThatThrownBy(() -> Mapping.fromYaml(GOOD.replace("detect: { header: [Ref, When, Who, Role] }\n", ""),
                "tiny.yml"))
                .hasMessageContaining("detect.header must list the columns of the file's header row");
    }

    @Test
    void aBrokenTemplateIsNamed() {
        assertThatThrownBy(() -> Mapping.fromYaml(GOOD.replace("title: \"{Ref}\"", "title: \"[{Ref}\""), "tiny.yml"))
                .hasMessageContaining("title: a '[' in \"[{Ref}\" is never closed");
    }
}
