package org.crossforce.ingestion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.crossforce.entities.DocumentPersons;
import org.crossforce.entities.EntityFinder;
import org.crossforce.entities.EntityId;
import org.crossforce.entities.EntityType;
import org.crossforce.entities.Identifiers;
import org.crossforce.entities.Mention;
import org.crossforce.entities.PersonNames;
import org.crossforce.indexing.ReportDocument;
import org.crossforce.indexing.ReportDocument.EntityMention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Finds the entities of a document on its way to the index: identifiers, weapons, drugs and persons
 * in its text, and for a record also the persons, vehicles, phones, emails and postcode its fields name.
 * A field value that fails validation stays text and is never linked.
 */
@Component
public class EntityMarker {

    static final String FROM_RECORD = "record";
    private static final java.time.format.DateTimeFormatter EVENT_DATE = java.time.format.DateTimeFormatter
            .ofPattern("d MMM yyyy", java.util.Locale.UK).withZone(java.time.ZoneId.of("Europe/London"));
    /**
     * One address of an email header: a display name and an address in angle brackets, the name
     * perhaps quoted and holding commas and a comment in brackets, or a bare address.
     */
    private static final java.util.regex.Pattern CORRESPONDENT = java.util.regex.Pattern.compile(
            "(?:^|[,;])\\s*(?:((?:\"[^\"]*\"|\\([^)]*\\)|[^\"(<,;])*?)\\s*<([^>]*)>|([^\\s,;<>]+@[^\\s,;<>]+))");
    /** Time spent finding entities, for {@code /actuator/metrics} and the ingest benchmark. */
    public static final String TIMER = "crossforce.entities.extraction";

    private final EntityFinder finder = new EntityFinder();
    private final Timer timer;

    EntityMarker(MeterRegistry meters) {
        this.timer = Timer.builder(TIMER).description("Finding the entities of one document or record")
                .register(meters);
    }

    /**
     * The document with what its text names; an email also with what its headers name, a record
     * also with what its fields name.
     */
    ReportDocument mark(ReportDocument document) {
        return timer.record(() -> marked(document));
    }

    private ReportDocument marked(ReportDocument document) {
        String text = document.text() == null ? "" : document.text();
        Found found = new Found(text);
        List<Mention> persons = new ArrayList<>();
        for (Mention mention : finder.find(text, day(document))) {
            if (mention.type() == EntityType.PERSON) {
                persons.add(mention);
            } else {
                found.add(mention);
            }
        }
        ReportDocument.Record record = document.record();
        List<Named> recordPersons = new ArrayList<>(record == null ? List.of() : recordPersons(record));
        if (document.email() != null) {
            correspondents(document.email(), found, recordPersons);
        }
        if (record != null) {
            fields(record, found);
            found.event(document.id(), eventLabel(document, record));
        }
        persons(document.id(), recordPersons, persons, found);
        return document.withEntities(found.entities());
    }

    /** The day the document is dated, which places "on Thursday" and "yesterday" in its text. */
    private static java.time.LocalDate day(ReportDocument document) {
        return document.date() == null ? null : java.time.LocalDate.ofInstant(document.date(), EVENT_DATE.getZone());
    }

    private static void fields(ReportDocument.Record record, Found found) {
        for (ReportDocument.Vehicle vehicle : list(record.vehicles())) {
            found.field(EntityType.VEHICLE, vehicle.vrm(), Identifiers::vrm);
        }
        list(record.phones()).forEach(phone -> found.field(EntityType.PHONE, phone, Identifiers::phone));
        list(record.emails()).forEach(email -> found.field(EntityType.EMAIL, email, Identifiers::email));
        found.field(EntityType.POSTCODE, record.postcode(), Identifiers::postcode);
        found.field(EntityType.ADDRESS, record.address(), address -> Identifiers.address(address, record.postcode()));
        for (ReportDocument.Person person : list(record.persons())) {
            found.field(EntityType.PHONE, person.phone(), Identifiers::phone);
            found.field(EntityType.EMAIL, person.email(), Identifiers::email);
            found.field(EntityType.PNC_ID, person.pnc(), Identifiers::pnc);
            found.field(EntityType.POSTCODE, person.postcode(), Identifiers::postcode);
            found.field(EntityType.ADDRESS, person.address(), a -> Identifiers.address(a, person.postcode()));
        }
    }

    /** What happened, when and where: "Burglary - dwelling, 14 Oct 2025, 12 Dalby Square, Margate". */
    private static String eventLabel(ReportDocument document, ReportDocument.Record record) {
        List<String> parts = new ArrayList<>();
        String what = record.crimeType() != null && !record.crimeType().isBlank() ? record.crimeType() : record.type();
        parts.add(what == null || what.isBlank() ? "Record" : what);
        if (document.date() != null) {
            parts.add(EVENT_DATE.format(document.date()));
        } else if (record.month() != null) {
            parts.add(record.month());
        }
        String where = record.address() != null && !record.address().isBlank() ? record.address() : record.postcode();
        if (where != null && !where.isBlank()) {
            parts.add(where.strip());
        }
        return String.join(", ", parts);
    }

    /**
     * An email's sender and recipients, from its headers: their addresses are the document's
     * emails and their names its persons ({@code "DC Rachel LIM" <rachel.lim@...>}), whether or
     * not the body repeats them.
     */
    private static void correspondents(ReportDocument.Email email, Found found, List<Named> persons) {
        List<String> headers = new ArrayList<>();
        if (email.from() != null) {
            headers.add(email.from());
        }
        headers.addAll(list(email.to()));
        headers.addAll(list(email.cc()));
        for (String header : headers) {
            java.util.regex.Matcher one = CORRESPONDENT.matcher(header);
            while (one.find()) {
                String address = one.group(2) != null ? one.group(2) : one.group(3);
                found.field(EntityType.EMAIL, address, Identifiers::email);
                // "DC Amira HASSAN (Met, Central East BCU)": the part in brackets is a comment, not the name.
                String written = one.group(1) == null ? ""
                        : one.group(1).replaceAll("\\([^)]*\\)", " ").replace("\"", "").strip();
                String name = PersonNames.normalise(written);
                if (!name.isEmpty() && !written.contains("@")
                        && persons.stream().noneMatch(p -> p.name().equals(name))) {
                    persons.add(new Named(written, name));
                }
            }
        }
    }

    /** A person as the document writes the name, and the name normalised. */
    private record Named(String written, String name) {
    }

    private static List<Named> recordPersons(ReportDocument.Record record) {
        List<Named> persons = new ArrayList<>();
        for (ReportDocument.Person person : list(record.persons())) {
            String written = PersonNames.written(person.name(), person.forename(), person.surname());
            String name = PersonNames.normalise(written);
            if (!name.isEmpty()) {
                persons.add(new Named(written, name));
            }
        }
        return persons;
    }

    /**
     * Each person is a node of the document's own ({@code <document id>#<n>}): a name never joins
     * two documents. The text's mentions of a person the record names join that person.
     */
    private static void persons(String id, List<Named> recordPersons, List<Mention> mentions, Found found) {
        int[] numbers = DocumentPersons.number(recordPersons.stream().map(Named::name).toList(), mentions);
        Set<Long> placed = new java.util.HashSet<>();
        for (int n = 0; n < recordPersons.size(); n++) {
            placed.add(found.person(id + "#" + n, recordPersons.get(n).written(), recordPersons.get(n).name()));
        }
        for (int i = 0; i < mentions.size(); i++) {
            Mention mention = mentions.get(i);
            if (!placed.contains(span(mention.start(), mention.end()))) {
                found.add(mention, new EntityId(EntityType.PERSON, id + "#" + numbers[i]));
            }
        }
    }

    private static long span(int start, int end) {
        return ((long) start << 32) | end;
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    /** Mentions gathered for one document, in text order once sorted. */
    private static final class Found {

        private final String text;
        private final List<EntityMention> mentions = new ArrayList<>();
        private final Set<String> ids = new LinkedHashSet<>();

        Found(String text) {
            this.text = text;
        }

        void add(Mention mention) {
            add(mention, mention.entity());
        }

        void add(Mention mention, EntityId id) {
            mentions.add(new EntityMention(id.toString(), mention.type().prefix(), mention.start(), mention.end(),
                    mention.text(), mention.value(), mention.extractor()));
            ids.add(id.toString());
        }

        /** A record's field: linked when valid, placed where the record's text shows it. */
        void field(EntityType type, String raw, Function<String, Optional<String>> normalise) {
            if (raw == null || raw.isBlank()) {
                return;
            }
            normalise.apply(raw).ifPresent(value -> {
                String id = new EntityId(type, value).toString();
                if (ids.add(id)) {
                    mentions.add(placed(id, type.prefix(), raw.strip(), value));
                }
            });
        }

        /** The record as the event it reports: a node of its own, labelled with what, when and where. */
        void event(String documentId, String label) {
            String id = new EntityId(EntityType.EVENT, documentId).toString();
            if (ids.add(id)) {
                mentions.add(new EntityMention(id, EntityType.EVENT.prefix(), 0, 0, label, documentId, FROM_RECORD));
            }
        }

        /**
         * Each person a record names is a node of its own: a name never joins two records.
         *
         * @return where the record's text shows the name, as {@link #span}
         */
        long person(String node, String written, String name) {
            String id = new EntityId(EntityType.PERSON, node).toString();
            EntityMention mention = placed(id, EntityType.PERSON.prefix(), written.strip(), name);
            mentions.add(mention);
            ids.add(id);
            return span(mention.start(), mention.end());
        }

        /**
         * "4 Addington Street, Margate" in a record's text and "4 Addington Street" with the
         * record's postcode in its fields are one place: within one document, an address given
         * with a town takes the id of the same street address given with a postcode.
         */
        private void oneAddressPerStreet() {
            java.util.Map<String, String> byPostcode = new java.util.HashMap<>();
            for (EntityMention m : mentions) {
                if (EntityType.ADDRESS.prefix().equals(m.type())
                        && Identifiers.postcode(where(m.value())).isPresent()) {
                    byPostcode.putIfAbsent(street(m.value()), m.id());
                }
            }
            for (int i = 0; i < mentions.size(); i++) {
                EntityMention m = mentions.get(i);
                String better = EntityType.ADDRESS.prefix().equals(m.type()) ? byPostcode.get(street(m.value())) : null;
                if (better != null && !better.equals(m.id())) {
                    ids.remove(m.id());
                    ids.add(better);
                    mentions.set(i, new EntityMention(better, m.type(), m.start(), m.end(), m.text(),
                            better.substring(better.indexOf(':') + 1), m.extractor()));
                }
            }
        }

        private static String street(String address) {
            int comma = address.lastIndexOf(", ");
            return comma < 0 ? address : address.substring(0, comma);
        }

        private static String where(String address) {
            int comma = address.lastIndexOf(", ");
            return comma < 0 ? "" : address.substring(comma + 2);
        }

        /** Where the record's text shows a field's value; an empty span at 0 when it does not. */
        private EntityMention placed(String id, String type, String written, String value) {
            int start = text.indexOf(written);
            return start < 0 ? new EntityMention(id, type, 0, 0, written, value, FROM_RECORD)
                    : new EntityMention(id, type, start, start + written.length(), written, value, FROM_RECORD);
        }

        ReportDocument.Entities entities() {
            if (mentions.isEmpty()) {
                return null;
            }
            oneAddressPerStreet();
            mentions.sort(java.util.Comparator.comparingInt(EntityMention::start));
            Set<String> forms = new LinkedHashSet<>();
            Set<String> names = new LinkedHashSet<>();
            for (EntityMention m : mentions) {
                forms.add(m.id() + ReportDocument.Entities.FORM_SEPARATOR + m.text());
                if (EntityType.PERSON.prefix().equals(m.type())) {
                    names.add(m.value());
                }
            }
            return new ReportDocument.Entities(List.copyOf(ids), List.copyOf(forms), List.copyOf(names), mentions);
        }
    }
}
