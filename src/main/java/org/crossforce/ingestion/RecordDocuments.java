package org.crossforce.ingestion;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;

import org.crossforce.geography.GridCell;
import org.crossforce.geography.NationalGrid;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.ingestion.journal.EntryRecord;
import org.crossforce.ingestion.journal.JobRecord;
import org.crossforce.records.Location;
import org.crossforce.records.Person;
import org.crossforce.records.StructuredRecord;
import org.crossforce.records.Vehicle;
import org.crossforce.shared.DocumentId;

/**
 * A record as the index holds it: its fields for filters and facets, and a plain-text rendering
 * so that the ordinary search finds and highlights it like any statement.
 */
final class RecordDocuments {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private RecordDocuments() {
    }

    static ReportDocument of(StructuredRecord record, JobRecord job, EntryRecord entry, DocumentId rootId,
            List<ReportDocument.Delivery> deliveries, Instant now) {
        var location = record.location();
        Instant date = record.occurred() != null ? record.occurred()
                : record.month() == null ? null : record.month().atDay(1).atStartOfDay(UK).toInstant();
        ReportDocument.Record fields = new ReportDocument.Record(
                record.type().name().toLowerCase(java.util.Locale.ROOT), record.sourceKey(), record.line(),
                record.month() == null ? null : record.month().toString(), record.crimeType(), record.outcome(),
                location == null ? null : location.address(), location == null ? null : location.postcode(),
                location == null ? null : location.attributes().get("lsoa_code"), cells(location),
                record.persons().stream().map(RecordDocuments::person).toList(),
                record.vehicles().stream().map(v -> new ReportDocument.Vehicle(v.vrm(), v.make(), v.model(), v.colour()))
                        .toList(),
                record.phones(), record.emails(), record.attributes());
        return new ReportDocument(record.id().value(), record.force().value(), "record", rootId.value(), rootId.value(),
                entry.name() + "#line " + record.line(), 1, record.sourceSystem(),
                record.marking() == null ? job.marking() : record.marking().label(),
                record.handling() == null ? job.handling() : record.handling().name(),
                null, 0, entry.name(), null, record.title(), text(record), null, date, null, null, now, false,
                null, null, null, null, null,
                location != null && location.hasPoint()
                        ? new ReportDocument.GeoPoint(location.latitude(), location.longitude()) : null,
                null, deliveries, fields, null, null);
    }

    private static ReportDocument.Person person(Person p) {
        Person.Contact c = p.contact();
        return new ReportDocument.Person(p.name(), p.forename(), p.surname(), p.dateOfBirth(), p.yearOfBirth(),
                p.role().name().toLowerCase(java.util.Locale.ROOT), c.address(), c.postcode(), c.phone(), c.email(),
                c.pnc());
    }

    private static ReportDocument.Cells cells(Location location) {
        if (location == null || !location.hasPoint()
                || Math.abs(location.latitude()) > 90 || Math.abs(location.longitude()) > 180) {
            return null;
        }
        NationalGrid.Point p = NationalGrid.toGrid(location.latitude(), location.longitude());
        if (!NationalGrid.covers(p)) {
            return null;
        }
        return new ReportDocument.Cells(GridCell.at(p, 100).id(), GridCell.at(p, 250).id(), GridCell.at(p, 500).id(),
                GridCell.at(p, 1000).id());
    }

    static String text(StructuredRecord record) {
        StringBuilder text = new StringBuilder(record.title()).append('\n');
        line(text, "Record", record.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                + " " + record.sourceKey());
        line(text, "Offence", record.crimeType());
        line(text, "Outcome", record.outcome());
        if (record.location() != null) {
            line(text, "Location", join(record.location().address(), record.location().postcode()));
        }
        for (Person person : record.persons()) {
            line(text, person.role() == null ? "Person" : capitalised(person.role().name()), join(
                    person.name() != null ? person.name() : join(person.forename(), person.surname()),
                    person.dateOfBirth() != null ? "born " + person.dateOfBirth()
                            : person.yearOfBirth() == null ? null : "born " + person.yearOfBirth()));
            Person.Contact contact = person.contact();
            line(text, "  Address", join(contact.address(), contact.postcode()));
            line(text, "  Phone", contact.phone());
            line(text, "  Email", contact.email());
            line(text, "  PNC", contact.pnc());
        }
        for (Vehicle vehicle : record.vehicles()) {
            line(text, "Vehicle", join(vehicle.vrm(), join(vehicle.colour(), join(vehicle.make(), vehicle.model()))));
        }
        record.phones().forEach(phone -> line(text, "Phone", phone));
        record.emails().forEach(email -> line(text, "Email", email));
        if (record.narrative() != null && !record.narrative().isBlank()) {
            text.append('\n').append(record.narrative().strip()).append("\n\n");
        }
        text.append(record.attributes().entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("\n")));
        return text.toString().strip();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            text.append(label).append(": ").append(value.strip()).append('\n');
        }
    }

    private static String join(String a, String b) {
        if (a == null || a.isBlank()) {
            return b;
        }
        return b == null || b.isBlank() ? a : a + " " + b;
    }

    private static String capitalised(String word) {
        return word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

}
