package org.crossforce.records;

import java.util.List;
import java.util.Map;

/**
 * A mapping file as written (YAML, snake_case keys). {@link MappingLoader} checks it and turns it
 * into a {@link Mapping}; the reference is {@code mappings/README.md}.
 */
record MappingSpec(
        String sourceSystem,
        String name,
        ExportFormat format,
        Csv csv,
        Xml xml,
        Detect detect,
        RecordType recordType,
        String timeZone,
        Key key,
        String title,
        Fields fields,
        String replaces) {

    /** @param delimiter one character, {@code ,} by default; @param encoding {@code UTF-8} by default */
    record Csv(String delimiter, String encoding) {
    }

    /** @param record the element name of one record, wherever it sits in the document */
    record Xml(String record) {
    }

    /**
     * How to recognise the system from a file's content.
     *
     * @param header   CSV: the exact set of header columns (order and case do not matter)
     * @param keys     JSON, XML: fields the first record must have (a path or the start of one)
     * @param root     XML: the document's root element
     * @param fileName a regular expression on the file name that breaks a tie between mappings
     */
    record Detect(List<String> header, List<String> keys, String root, String fileName) {
    }

    /**
     * How a row's source key is made.
     *
     * @param fields          the fields whose values, joined by {@code |}, identify the row
     * @param occurrence      append {@code #n}: the n-th row with that value in the file
     * @param whenMissing     {@code error} (default) or {@code content}: key a row whose fields are
     *                        empty by a hash of its content instead
     * @param contentIgnores  columns left out of that hash, because a re-delivery changes them
     */
    record Key(List<String> fields, Boolean occurrence, String whenMissing, List<String> contentIgnores) {
    }

    record Fields(
            FieldSpec occurred,
            FieldSpec crimeType,
            FieldSpec outcome,
            FieldSpec narrative,
            LocationFields location,
            List<PersonFields> persons,
            List<VehicleFields> vehicles,
            List<FieldSpec> phones,
            List<FieldSpec> emails,
            FieldSpec marking,
            FieldSpec handling,
            Map<String, FieldSpec> attributes,
            FieldSpec recordType) {
    }

    record LocationFields(FieldSpec address, FieldSpec postcode, FieldSpec latitude, FieldSpec longitude,
            Map<String, FieldSpec> attributes) {
    }

    record PersonFields(FieldSpec name, FieldSpec forename, FieldSpec surname, FieldSpec dateOfBirth,
            FieldSpec yearOfBirth, FieldSpec role, FieldSpec address, FieldSpec postcode, FieldSpec phone,
            FieldSpec email, FieldSpec pnc, Map<String, FieldSpec> attributes) {
    }

    record VehicleFields(FieldSpec vrm, FieldSpec make, FieldSpec model, FieldSpec colour) {
    }
}
