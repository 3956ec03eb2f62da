package org.crossforce.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.crossforce.entities.Identifiers;
import org.crossforce.records.Person;
import org.crossforce.records.StructuredRecord;
import org.crossforce.records.Vehicle;

/**
 * The person records of a structured record: one for each person it names. A person's own address,
 * phone, email and PNC id are theirs; the record's phones, emails and vehicles are counted as the
 * person's only when the record names nobody else, since otherwise nobody can say whose they are.
 */
public final class PersonRecords {

    private PersonRecords() {
    }

    public static List<PersonRecord> of(StructuredRecord record) {
        List<PersonRecord> out = new ArrayList<>();
        // Numbered as the entity marker numbers them: only persons with a name become nodes.
        List<Person> persons = record.persons().stream()
                .filter(p -> !org.crossforce.entities.PersonNames.normalise(written(p)).isEmpty()).toList();
        boolean alone = persons.size() == 1;
        for (int n = 0; n < persons.size(); n++) {
            Person p = persons.get(n);
            Person.Contact c = p.contact();
            List<PersonRecord.Address> addresses = c.address() == null && c.postcode() == null ? List.of()
                    : List.of(new PersonRecord.Address(c.address(), c.postcode()));
            List<String> phones = normalised(c.phone(), Identifiers::phone);
            List<String> emails = normalised(c.email(), Identifiers::email);
            List<String> vrms = new ArrayList<>();
            if (alone) {
                phones = merged(phones, record.phones(), Identifiers::phone);
                emails = merged(emails, record.emails(), Identifiers::email);
                vrms = merged(vrms, record.vehicles().stream().map(Vehicle::vrm).toList(), Identifiers::vrm);
            }
            String forenames = p.forename();
            String surname = p.surname();
            if (forenames == null && surname == null) {
                // "SMYTH, Jon" kept whole: turned round so that the surname comes last.
                forenames = p.name() == null ? null : org.crossforce.entities.PersonNames.normalise(p.name());
            }
            out.add(new PersonRecord(record.id().value() + "#" + n, record.force().value(), record.sourceSystem(),
                    alone ? record.sourceKey() : record.sourceKey() + "#" + n, forenames, surname, p.dateOfBirth(),
                    p.yearOfBirth(), addresses, phones, emails, vrms, normalised(c.pnc(), Identifiers::pnc)));
        }
        return out;
    }

    /** The name as the entity marker reads it, so that persons are numbered alike. */
    private static String written(Person p) {
        return org.crossforce.entities.PersonNames.written(p.name(), p.forename(), p.surname());
    }

    private static List<String> normalised(String raw, Function<String, Optional<String>> normalise) {
        return raw == null || raw.isBlank() ? List.of() : normalise.apply(raw).map(List::of).orElse(List.of());
    }

    private static List<String> merged(List<String> own, List<String> more, Function<String, Optional<String>> normalise) {
        List<String> out = new ArrayList<>(own);
        for (String raw : more) {
            if (raw != null && !raw.isBlank()) {
                normalise.apply(raw).filter(v -> !out.contains(v)).ifPresent(out::add);
            }
        }
        return out;
    }
}
