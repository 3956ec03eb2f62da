package org.crossforce.ingestion;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

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
 * Finds the entities of a document on its way to the index: identifiers, weapons and drugs in its
 * text, and for a record also the persons, vehicles, phones, emails and postcode its fields name.
 * A field value that fails validation stays text and is never linked.
 */
@Component
public class EntityMarker {

    static final String FROM_RECORD = "record";
    /** Time spent finding entities, for {@code /actuator/metrics} and the ingest benchmark. */
    public static final String TIMER = "crossforce.entities.extraction";

    private final EntityFinder finder = new EntityFinder();
    private final Timer timer;

    EntityMarker(MeterRegistry meters) {
        this.timer = Timer.builder(TIMER).description("Finding the entities of one document or record")
                .register(meters);
    }

    /** The document with what its text names, and for a record also what its fields name. */
    ReportDocument mark(ReportDocument document) {
        return timer.record(() -> marked(document));
    }

    private ReportDocument marked(ReportDocument document) {
        String text = document.text() == null ? "" : document.text();
        Found found = new Found(text);
        finder.find(text).forEach(found::add);
        ReportDocument.Record record = document.record();
        if (record != null) {
            fields(document.id(), record, found);
        }
        return document.withEntities(found.entities());
    }

    private static void fields(String id, ReportDocument.Record record, Found found) {
        for (ReportDocument.Vehicle vehicle : list(record.vehicles())) {
            found.field(EntityType.VEHICLE, vehicle.vrm(), Identifiers::vrm);
        }
        list(record.phones()).forEach(phone -> found.field(EntityType.PHONE, phone, Identifiers::phone));
        list(record.emails()).forEach(email -> found.field(EntityType.EMAIL, email, Identifiers::email));
        found.field(EntityType.POSTCODE, record.postcode(), Identifiers::postcode);
        int n = 0;
        for (ReportDocument.Person person : list(record.persons())) {
            String written = person.name() != null && !person.name().isBlank() ? person.name()
                    : String.join(" ", nonNull(person.forename()), nonNull(person.surname())).strip();
            String name = PersonNames.normalise(written);
            if (!name.isEmpty()) {
                found.person(id + "#" + n++, written, name);
            }
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
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
            EntityId id = mention.entity();
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

        /** Each person a record names is a node of its own: a name never joins two records. */
        void person(String node, String written, String name) {
            String id = new EntityId(EntityType.PERSON, node).toString();
            mentions.add(placed(id, EntityType.PERSON.prefix(), written.strip(), name));
            ids.add(id);
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
