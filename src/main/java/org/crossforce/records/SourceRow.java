package org.crossforce.records;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One row of an export before mapping: source name (CSV column, JSON or XML path) to value as
 * delivered, in the file's order, and the line it starts on. Names are looked up ignoring case,
 * because exports are not consistent about "LSOA code" and "LSOA Code".
 */
final class SourceRow implements RowSource.Item {

    private final long line;
    private final Map<String, String> values;
    private final Map<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    SourceRow(long line, LinkedHashMap<String, String> values) {
        this.line = line;
        this.values = Collections.unmodifiableMap(values);
        values.forEach(byName::putIfAbsent);
    }

    @Override
    public long line() {
        return line;
    }

    /** Every name and value, as delivered. */
    Map<String, String> values() {
        return values;
    }

    /** Whether the row has this field at all, even empty. */
    boolean has(String name) {
        return byName.containsKey(name) || byName.containsKey(withoutFirstIndex(name));
    }

    /** The value, stripped of surrounding space; null when absent or blank. */
    String text(String name) {
        String value = byName.get(name);
        if (value == null) {
            value = byName.get(withoutFirstIndex(name));
        }
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * XML has no arrays: a record with one {@code <person>} has {@code person.name} where a record
     * with two has {@code person[0].name}. Looking {@code [0]} up without its index covers both.
     */
    private static String withoutFirstIndex(String name) {
        return name.replace("[0]", "");
    }
}
