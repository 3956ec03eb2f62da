package org.crossforce.records;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.crossforce.shared.DocumentId;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;

/**
 * Turns the rows of one file into records as its mapping says. One instance per file read, since
 * its {@link RecordKeys} counts occurrences.
 */
final class RecordAssembler {

    /** Which repetition of a group ("Person 2 ...", {@code subjects[1]}) is being read, or none. */
    private record Index(int zeroBased) {

        String apply(String name) {
            return name.replace("{n}", Integer.toString(zeroBased + 1)).replace("{i}", Integer.toString(zeroBased));
        }
    }

    private static final Index NONE = null;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final int MAX_REPEATS = 1000;

    private final Mapping mapping;
    private final ForceCode force;
    private final MappingSpec.Fields fields;
    private final RecordKeys keys;
    private final Map<FieldSpec, Template> templates = new IdentityHashMap<>();
    private final Map<FieldSpec, DateFormats> dates = new IdentityHashMap<>();
    private final Map<FieldSpec, Map<String, String>> valueMaps = new IdentityHashMap<>();

    RecordAssembler(Mapping mapping, ForceCode force) {
        this.mapping = mapping;
        this.force = force;
        this.fields = mapping.fields();
        this.keys = new RecordKeys(mapping.spec().key());
    }

    StructuredRecord assemble(SourceRow row) throws RowProblem {
        String key = keys.keyFor(row);
        Instant occurred = null;
        YearMonth month = null;
        if (fields.occurred() != null) {
            String text = value(fields.occurred(), row, NONE);
            if (text != null) {
                DateFormats.Parsed when = date(fields.occurred(), text, row, NONE);
                occurred = switch (when) {
                    case DateFormats.Zoned zoned -> zoned.value().toInstant();
                    case DateFormats.Local local -> local.value().atZone(mapping.zone()).toInstant();
                    case DateFormats.Day day -> day.value().atStartOfDay(mapping.zone()).toInstant();
                    case DateFormats.Month ignored -> null;
                };
                month = when instanceof DateFormats.Month m ? m.value()
                        : YearMonth.from(occurred.atZone(mapping.zone()));
            }
        }
        return new StructuredRecord(
                DocumentId.forRecord(force, mapping.sourceSystem(), key),
                force,
                mapping.sourceSystem(),
                key,
                recordType(row),
                title(row, key),
                occurred,
                month,
                location(row),
                repeat(fields.persons(), row, this::sourcesOf, this::person),
                repeat(fields.vehicles(), row, this::sourcesOf, this::vehicle),
                repeat(fields.phones(), row, FieldSpec::sources, (spec, r, i) -> value(spec, r, i)),
                repeat(fields.emails(), row, FieldSpec::sources, (spec, r, i) -> value(spec, r, i)),
                value(fields.narrative(), row, NONE),
                marking(row),
                handling(row),
                value(fields.outcome(), row, NONE),
                value(fields.crimeType(), row, NONE),
                attributes(row),
                row.line());
    }

    private String title(SourceRow row, String key) {
        String title = SPACES.matcher(mapping.title().render(row::text)).replaceAll(" ").strip();
        return title.isEmpty() ? mapping.recordType().name().replace('_', ' ').toLowerCase(Locale.ROOT)
                + " " + key : title;
    }

    private Location location(SourceRow row) throws RowProblem {
        MappingSpec.LocationFields spec = fields.location();
        if (spec == null) {
            return null;
        }
        Double latitude = number(spec.latitude(), row, -90, 90);
        Double longitude = number(spec.longitude(), row, -180, 180);
        String address = value(spec.address(), row, NONE);
        String postcode = value(spec.postcode(), row, NONE);
        Map<String, String> attributes = named(spec.attributes(), row, NONE);
        if (latitude == null && longitude == null && address == null && postcode == null && attributes.isEmpty()) {
            return null;
        }
        return new Location(latitude, longitude, address, postcode, attributes);
    }

    private Person person(MappingSpec.PersonFields spec, SourceRow row, Index index) throws RowProblem {
        String whole = value(spec.name(), row, index);
        Names.Parts split = whole == null ? new Names.Parts(null, null, null) : Names.split(whole, spec.name().style());
        String forename = spec.forename() != null ? value(spec.forename(), row, index) : split.forename();
        String surname = spec.surname() != null ? value(spec.surname(), row, index) : split.surname();
        Names.Parts name = Names.join(forename, surname, split.name());
        LocalDate born = dateOfBirth(spec.dateOfBirth(), row, index);
        Integer year = born != null ? Integer.valueOf(born.getYear()) : yearOfBirth(spec.yearOfBirth(), row, index);
        Map<String, String> attributes = named(spec.attributes(), row, index);
        Person.Contact contact = new Person.Contact(value(spec.address(), row, index), value(spec.postcode(), row, index),
                value(spec.phone(), row, index), value(spec.email(), row, index), value(spec.pnc(), row, index));
        if (name.name() == null && born == null && year == null && attributes.isEmpty() && contact.isEmpty()) {
            return null;
        }
        String role = value(spec.role(), row, index);
        return new Person(name.name(), name.forename(), name.surname(), born, year,
                role == null ? PersonRole.OTHER : PersonRole.named(role).orElse(PersonRole.OTHER), contact, attributes);
    }

    private Vehicle vehicle(MappingSpec.VehicleFields spec, SourceRow row, Index index) {
        Vehicle vehicle = new Vehicle(value(spec.vrm(), row, index), value(spec.make(), row, index),
                value(spec.model(), row, index), value(spec.colour(), row, index));
        return vehicle.vrm() == null && vehicle.make() == null && vehicle.model() == null && vehicle.colour() == null
                ? null : vehicle;
    }

    /** A year of birth given alone, as systems that record only the year (or an age band's start) do. */
    private Integer yearOfBirth(FieldSpec spec, SourceRow row, Index index) throws RowProblem {
        String text = value(spec, row, index);
        if (text == null) {
            return null;
        }
        try {
            int year = Integer.parseInt(text.strip());
            if (year >= 1880 && year <= java.time.Year.now(java.time.ZoneOffset.UTC).getValue()) {
                return year;
            }
        } catch (NumberFormatException e) {
            // reported below with the other bad values
        }
        throw new RowProblem(label(spec, index) + " '" + text + "' is not a year of birth.");
    }

    private LocalDate dateOfBirth(FieldSpec spec, SourceRow row, Index index) throws RowProblem {
        String text = value(spec, row, index);
        if (text == null) {
            return null;
        }
        return switch (date(spec, text, row, index)) {
            case DateFormats.Zoned zoned -> zoned.value().toLocalDate();
            case DateFormats.Local local -> local.value().toLocalDate();
            case DateFormats.Day day -> day.value();
            case DateFormats.Month ignored -> throw new RowProblem(label(spec, index) + " '" + text
                    + "' gives only a month; a date of birth needs the day.");
        };
    }

    private DateFormats.Parsed date(FieldSpec spec, String text, SourceRow row, Index index) throws RowProblem {
        DateFormats formats = dates.computeIfAbsent(spec, s -> DateFormats.compile(s.formats()));
        DateFormats.Parsed parsed = formats.parse(text);
        if (parsed == null) {
            throw new RowProblem(label(spec, index) + " '" + text + "' is not a date "
                    + formats.description() + ".");
        }
        return parsed;
    }

    private Double number(FieldSpec spec, SourceRow row, double min, double max) throws RowProblem {
        String text = value(spec, row, NONE);
        if (text == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(text);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            throw new RowProblem(label(spec, NONE) + " '" + text + "' is not a number.");
        }
        throw new RowProblem(label(spec, NONE) + " " + text + " is not between " + (int) min + " and " + (int) max + ".");
    }

    private Marking marking(SourceRow row) throws RowProblem {
        String text = value(fields.marking(), row, NONE);
        try {
            return text == null ? null : Marking.parse(text);
        } catch (IllegalArgumentException e) {
            // Never guess a marking: a default could under-protect what the export marked higher.
            throw new RowProblem(label(fields.marking(), NONE) + " '" + raw(fields.marking(), row)
                    + "' is not a marking Crossforce knows: OFFICIAL, OFFICIAL-SENSITIVE or SECRET.");
        }
    }

    /** The mapping's record type, unless the row says which it is. */
    private RecordType recordType(SourceRow row) throws RowProblem {
        String text = value(fields.recordType(), row, NONE);
        if (text == null) {
            return mapping.recordType();
        }
        try {
            return RecordType.valueOf(text.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new RowProblem(label(fields.recordType(), NONE) + " '" + raw(fields.recordType(), row)
                    + "' is not a record type Crossforce knows: " + java.util.Arrays.toString(RecordType.values()) + ".");
        }
    }

    private Handling handling(SourceRow row) throws RowProblem {
        String text = value(fields.handling(), row, NONE);
        try {
            return text == null ? null : Handling.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RowProblem(label(fields.handling(), NONE) + " '" + raw(fields.handling(), row)
                    + "' is not a handling code Crossforce knows: P or C.");
        }
    }

    /** Every source field as delivered, then the mapping's derived attributes under names no column has. */
    private Map<String, String> attributes(SourceRow row) throws RowProblem {
        Map<String, String> attributes = new LinkedHashMap<>(row.values());
        named(fields.attributes(), row, NONE).forEach(attributes::putIfAbsent);
        return attributes;
    }

    private Map<String, String> named(Map<String, FieldSpec> specs, SourceRow row, Index index) {
        Map<String, String> values = new LinkedHashMap<>();
        if (specs != null) {
            specs.forEach((name, spec) -> {
                String value = value(spec, row, index);
                if (value != null) {
                    values.put(name, value);
                }
            });
        }
        return values;
    }

    /** The field's text, mapped through its {@code values}; null when empty. */
    private String value(FieldSpec spec, SourceRow row, Index index) {
        if (spec == null) {
            return null;
        }
        String text;
        if (spec.from() != null) {
            text = row.text(index == null ? spec.from() : index.apply(spec.from()));
        } else if (spec.template() != null) {
            text = templates.computeIfAbsent(spec, s -> Template.parse(s.template()))
                    .render(name -> row.text(index == null ? name : index.apply(name))).strip();
        } else {
            text = spec.value();
        }
        if (text == null || text.isEmpty()) {
            return null;
        }
        Map<String, String> map = valueMaps.computeIfAbsent(spec, RecordAssembler::caseInsensitive);
        if (map.containsKey(text)) {
            String mapped = map.get(text);
            return mapped == null || mapped.isBlank() ? null : mapped.strip();
        }
        return text;
    }

    private static Map<String, String> caseInsensitive(FieldSpec spec) {
        Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        spec.valueMap().forEach((from, to) -> map.put(from.strip(), to));
        return map;
    }

    private static String raw(FieldSpec spec, SourceRow row) {
        return spec.from() != null ? row.text(spec.from()) : spec.value();
    }

    private static String label(FieldSpec spec, Index index) {
        if (spec.from() != null) {
            return index == null ? spec.from() : index.apply(spec.from());
        }
        return spec.template() != null ? "\"" + spec.template() + "\"" : "The value '" + spec.value() + "'";
    }

    /** Builds one item of a possibly repeated group; null when the group is empty in this row. */
    @FunctionalInterface
    private interface Builder<S, T> {
        T build(S spec, SourceRow row, Index index) throws RowProblem;
    }

    /**
     * Reads each group: once, or for a group whose sources hold {n} or {i}, for 1, 2, ... until the
     * row has none of the group's fields any more.
     */
    private <S, T> List<T> repeat(List<S> specs, SourceRow row, Function<S, List<String>> sources,
            Builder<S, T> builder) throws RowProblem {
        List<T> items = new ArrayList<>();
        if (specs == null) {
            return items;
        }
        for (S spec : specs) {
            List<String> names = sources.apply(spec);
            if (names.stream().noneMatch(n -> n.contains("{n}") || n.contains("{i}"))) {
                add(items, builder.build(spec, row, NONE));
                continue;
            }
            for (int i = 0; i < MAX_REPEATS; i++) {
                Index index = new Index(i);
                if (names.stream().noneMatch(n -> row.has(index.apply(n)))) {
                    break;
                }
                add(items, builder.build(spec, row, index));
            }
        }
        return items;
    }

    private static <T> void add(List<T> items, T item) {
        if (item != null) {
            items.add(item);
        }
    }

    private List<String> sourcesOf(MappingSpec.PersonFields spec) {
        List<String> names = new ArrayList<>();
        for (FieldSpec field : new FieldSpec[] {spec.name(), spec.forename(), spec.surname(), spec.dateOfBirth(),
                spec.yearOfBirth(), spec.role(), spec.address(), spec.postcode(), spec.phone(), spec.email(),
                spec.pnc()}) {
            if (field != null) {
                names.addAll(field.sources());
            }
        }
        if (spec.attributes() != null) {
            spec.attributes().values().forEach(field -> names.addAll(field.sources()));
        }
        return names;
    }

    private List<String> sourcesOf(MappingSpec.VehicleFields spec) {
        List<String> names = new ArrayList<>();
        for (FieldSpec field : new FieldSpec[] {spec.vrm(), spec.make(), spec.model(), spec.colour()}) {
            if (field != null) {
                names.addAll(field.sources());
            }
        }
        return names;
    }
}
