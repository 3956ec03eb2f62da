package org.crossforce.records;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a mapping file and checks everything that can be checked before a row is read, so that a
 * mistake in a mapping is reported once, by file and field, rather than as every row failing.
 */
final class MappingLoader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            .build();

    private static final Pattern SOURCE_SYSTEM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** What a field's value must be, so its mapping can be checked. */
    private enum Kind { TEXT, NUMBER, DATE, NAME, ROLE, MARKING, HANDLING }

    private final String origin;
    private final List<String> problems = new ArrayList<>();

    private MappingLoader(String origin) {
        this.origin = origin;
    }

    static Mapping load(String yaml, String origin) {
        MappingSpec spec;
        try {
            spec = YAML.readValue(yaml, MappingSpec.class);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidMappingException(origin + ": " + path(e) + " is not a setting a mapping can have "
                    + "(see mappings/README.md)", e);
        } catch (DatabindException e) {
            throw new InvalidMappingException(origin + ": " + path(e) + ": " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new InvalidMappingException(origin + ": is not YAML" + where + ": " + e.getOriginalMessage(), e);
        }
        if (spec == null) {
            throw new InvalidMappingException(origin + ": the file is empty");
        }
        return new MappingLoader(origin).check(spec);
    }

    /** Where in the file a binding error is, as the file spells it: {@code fields.persons[0].role}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "the file" : path.toString();
    }

    private Mapping check(MappingSpec spec) {
        if (spec.sourceSystem() == null || !SOURCE_SYSTEM.matcher(spec.sourceSystem()).matches()) {
            problem("source_system must be set: lower-case letters, digits, '-', '.' or '_', such as beacon-rms");
        }
        if (spec.format() == null) {
            problem("format must be csv, json or xml");
        }
        if (spec.recordType() == null) {
            problem("record_type must be one of " + List.of(RecordType.values()));
        }
        ZoneId zone = zone(spec.timeZone());
        Charset charset = charset(spec.csv());
        char delimiter = delimiter(spec.csv());
        Pattern fileName = fileName(spec.detect());
        checkDetect(spec);
        checkKey(spec.key());
        Template title = null;
        if (spec.title() == null || spec.title().isBlank()) {
            problem("title must be set, such as \"{Crime type}[ – {Location}]\"");
        } else {
            title = template(spec.title(), "title");
        }
        if (spec.fields() == null) {
            problem("fields must be set: which columns become the record's fields");
        } else {
            checkFields(spec.fields());
        }
        if (!problems.isEmpty()) {
            throw new InvalidMappingException(origin + ": " + String.join("; ", problems));
        }
        return new Mapping(spec, origin, zone, charset, delimiter, title, fileName);
    }

    private ZoneId zone(String name) {
        if (name == null) {
            return LONDON;
        }
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            problem("time_zone '" + name + "' is not a time zone such as Europe/London");
            return LONDON;
        }
    }

    private Charset charset(MappingSpec.Csv csv) {
        if (csv == null || csv.encoding() == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(csv.encoding());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            problem("csv.encoding '" + csv.encoding() + "' is not a character set such as UTF-8 or windows-1252");
            return StandardCharsets.UTF_8;
        }
    }

    private char delimiter(MappingSpec.Csv csv) {
        if (csv == null || csv.delimiter() == null) {
            return ',';
        }
        String given = csv.delimiter();
        if (given.equals("\\t") || given.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (given.length() != 1 || given.equals("\"") || given.equals("\n") || given.equals("\r")) {
            problem("csv.delimiter must be one character, such as ',', ';', '|' or tab");
            return ',';
        }
        return given.charAt(0);
    }

    private Pattern fileName(MappingSpec.Detect detect) {
        if (detect == null || detect.fileName() == null) {
            return null;
        }
        try {
            return Pattern.compile(detect.fileName(), Pattern.CASE_INSENSITIVE);
        } catch (PatternSyntaxException e) {
            problem("detect.file_name is not a regular expression: " + e.getDescription());
            return null;
        }
    }

    private void checkDetect(MappingSpec spec) {
        MappingSpec.Detect detect = spec.detect();
        if (spec.format() == ExportFormat.CSV && (detect == null || isEmpty(detect.header()))) {
            problem("detect.header must list the columns of the file's header row");
        }
        if (spec.format() == ExportFormat.JSON && (detect == null || isEmpty(detect.keys()))) {
            problem("detect.keys must list fields every record has, such as logId");
        }
        if (spec.format() == ExportFormat.XML && (spec.xml() == null || spec.xml().record() == null)) {
            problem("xml.record must name the element that holds one record");
        }
    }

    private void checkKey(MappingSpec.Key key) {
        if (key == null) {
            problem("key must say how a row is identified: key.fields, or key.fields: [] with occurrence: true "
                    + "for a content hash");
            return;
        }
        boolean byContent = isEmpty(key.fields()) || "content".equalsIgnoreCase(key.whenMissing());
        if (key.whenMissing() != null && !key.whenMissing().equalsIgnoreCase("content")
                && !key.whenMissing().equalsIgnoreCase("error")) {
            problem("key.when_missing must be error or content");
        }
        if (byContent && !Boolean.TRUE.equals(key.occurrence())) {
            problem("a key made from a row's content needs occurrence: true, since two rows can be identical");
        }
    }

    private void checkFields(MappingSpec.Fields fields) {
        field(fields.occurred(), "fields.occurred", Kind.DATE);
        field(fields.crimeType(), "fields.crime_type", Kind.TEXT);
        field(fields.outcome(), "fields.outcome", Kind.TEXT);
        field(fields.narrative(), "fields.narrative", Kind.TEXT);
        field(fields.marking(), "fields.marking", Kind.MARKING);
        field(fields.handling(), "fields.handling", Kind.HANDLING);
        field(fields.recordType(), "fields.record_type", Kind.TEXT);
        attributes(fields.attributes(), "fields.attributes");
        if (fields.location() != null) {
            MappingSpec.LocationFields location = fields.location();
            field(location.address(), "fields.location.address", Kind.TEXT);
            field(location.postcode(), "fields.location.postcode", Kind.TEXT);
            field(location.latitude(), "fields.location.latitude", Kind.NUMBER);
            field(location.longitude(), "fields.location.longitude", Kind.NUMBER);
            attributes(location.attributes(), "fields.location.attributes");
        }
        list(fields.persons()).forEach(person -> {
            field(person.name(), "fields.persons.name", Kind.NAME);
            field(person.forename(), "fields.persons.forename", Kind.TEXT);
            field(person.surname(), "fields.persons.surname", Kind.TEXT);
            field(person.dateOfBirth(), "fields.persons.date_of_birth", Kind.DATE);
            field(person.yearOfBirth(), "fields.persons.year_of_birth", Kind.NUMBER);
            field(person.role(), "fields.persons.role", Kind.ROLE);
            field(person.address(), "fields.persons.address", Kind.TEXT);
            field(person.postcode(), "fields.persons.postcode", Kind.TEXT);
            field(person.phone(), "fields.persons.phone", Kind.TEXT);
            field(person.email(), "fields.persons.email", Kind.TEXT);
            field(person.pnc(), "fields.persons.pnc", Kind.TEXT);
            attributes(person.attributes(), "fields.persons.attributes");
        });
        list(fields.vehicles()).forEach(vehicle -> {
            field(vehicle.vrm(), "fields.vehicles.vrm", Kind.TEXT);
            field(vehicle.make(), "fields.vehicles.make", Kind.TEXT);
            field(vehicle.model(), "fields.vehicles.model", Kind.TEXT);
            field(vehicle.colour(), "fields.vehicles.colour", Kind.TEXT);
        });
        list(fields.phones()).forEach(phone -> field(phone, "fields.phones", Kind.TEXT));
        list(fields.emails()).forEach(email -> field(email, "fields.emails", Kind.TEXT));
    }

    private void attributes(Map<String, FieldSpec> attributes, String where) {
        if (attributes != null) {
            attributes.forEach((name, spec) -> field(spec, where + "." + name, Kind.TEXT));
        }
    }

    private void field(FieldSpec spec, String where, Kind kind) {
        if (spec == null) {
            return;
        }
        int sources = (spec.from() == null ? 0 : 1) + (spec.template() == null ? 0 : 1) + (spec.value() == null ? 0 : 1);
        if (sources != 1) {
            problem(where + " needs exactly one of from, template or value");
        }
        if (spec.template() != null) {
            template(spec.template(), where + ".template");
        }
        if (spec.format() != null && kind != Kind.DATE) {
            problem(where + " is not a date, so format means nothing there");
        }
        if (kind == Kind.DATE) {
            try {
                DateFormats.compile(spec.formats());
            } catch (IllegalArgumentException e) {
                problem(where + ".format: " + e.getMessage());
            }
        }
        if (spec.style() != null && (kind != Kind.NAME || !Names.isStyle(spec.style()))) {
            problem(where + ".style must be surname_first, forename_first or whole, and only on a person's name");
        }
        for (String target : targets(spec)) {
            checkTarget(target, where, kind);
        }
    }

    private static List<String> targets(FieldSpec spec) {
        // A value mapped to nothing (SUS: ~) is allowed: it means "treat as empty".
        List<String> targets = new ArrayList<>(spec.valueMap().values().stream().filter(Objects::nonNull).toList());
        if (spec.value() != null) {
            targets.add(spec.value());
        }
        return targets;
    }

    private void checkTarget(String target, String where, Kind kind) {
        try {
            switch (kind) {
                case ROLE -> PersonRole.named(target).orElseThrow(() -> new IllegalArgumentException(
                        "'" + target + "' is not a role: use one of " + List.of(PersonRole.values())));
                case MARKING -> Marking.parse(target);
                case HANDLING -> Handling.parse(target);
                default -> { }
            }
        } catch (IllegalArgumentException e) {
            problem(where + ": " + e.getMessage());
        }
    }

    private Template template(String text, String where) {
        try {
            return Template.parse(text);
        } catch (IllegalArgumentException e) {
            problem(where + ": " + e.getMessage());
            return null;
        }
    }

    private void problem(String text) {
        problems.add(text);
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }
}
