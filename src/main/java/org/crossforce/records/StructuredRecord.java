package org.crossforce.records;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;

/**
 * One row of a structured export, whatever system it came from, in one POLE shape: people,
 * objects (vehicles, phones, emails), a location and an event (type, time, outcome).
 *
 * @param id           derived from (force, source system, source key): the same row delivered again
 *                     has the same id, so a re-delivery updates rather than doubles
 * @param force        the force the caller says the export belongs to
 * @param sourceSystem the mapping's {@code source_system}, such as {@code police-uk-street}
 * @param sourceKey    the row's key within that system (see the mapping's {@code key})
 * @param type         what kind of record this is
 * @param title        a one-line title built from the mapping's template
 * @param occurred     when it happened, or null when only the month is known (data.police.uk)
 * @param month        the month it happened in, whenever any date is known, else null
 * @param location     where, or null when the export says nothing about place
 * @param persons      people named, in the order the export lists them
 * @param vehicles     vehicles named
 * @param phones       telephone numbers as delivered
 * @param emails       email addresses as delivered
 * @param narrative    free text, or null
 * @param marking      the security marking the export gives the row, or null: the caller's default applies
 * @param handling     the handling code the export gives the row, or null: the caller's default applies
 * @param outcome      outcome or status text, or null
 * @param crimeType    crime or occurrence type, or null
 * @param attributes   every source column or field (JSON/XML: dotted path) and its value exactly as
 *                     delivered, in the file's order, plus the mapping's derived attributes;
 *                     nothing in the row is lost
 * @param line         the line of the file on which the row starts (the header is line 1)
 */
public record StructuredRecord(
        DocumentId id,
        ForceCode force,
        String sourceSystem,
        String sourceKey,
        RecordType type,
        String title,
        Instant occurred,
        YearMonth month,
        Location location,
        List<Person> persons,
        List<Vehicle> vehicles,
        List<String> phones,
        List<String> emails,
        String narrative,
        Marking marking,
        Handling handling,
        String outcome,
        String crimeType,
        Map<String, String> attributes,
        long line) {

    public StructuredRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(force, "force");
        Objects.requireNonNull(sourceSystem, "sourceSystem");
        Objects.requireNonNull(sourceKey, "sourceKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(title, "title");
        persons = List.copyOf(persons);
        vehicles = List.copyOf(vehicles);
        phones = List.copyOf(phones);
        emails = List.copyOf(emails);
        // Map.copyOf would lose the file's column order, which users expect to see again.
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }
}
