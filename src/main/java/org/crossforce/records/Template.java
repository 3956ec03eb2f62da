package org.crossforce.records;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A text template such as {@code {Crime type}[ – {Location}]}: {@code {name}} is a source field,
 * and a part in square brackets is left out unless every field in it has a value, so that a
 * missing location does not leave a dangling dash. {@code \[}, {@code \]}, {@code \{} and
 * {@code \}} stand for themselves.
 */
final class Template {

    private sealed interface Part permits Text, Field, Optional {
    }

    private record Text(String text) implements Part {
    }

    private record Field(String name) implements Part {
    }

    private record Optional(List<Part> parts) implements Part {
    }

    private final List<Part> parts;

    private Template(List<Part> parts) {
        this.parts = parts;
    }

    static Template parse(String source) {
        List<List<Part>> open = new ArrayList<>();
        open.add(new ArrayList<>());
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '\\' && i + 1 < source.length()) {
                text.append(source.charAt(++i));
            } else if (c == '{') {
                int end = source.indexOf('}', i);
                if (end < 0) {
                    throw new IllegalArgumentException("'{' at position " + (i + 1) + " of \"" + source + "\" is never closed");
                }
                flush(text, open);
                String name = source.substring(i + 1, end).trim();
                if (name.isEmpty()) {
                    throw new IllegalArgumentException("\"" + source + "\" has an empty {}");
                }
                open.getLast().add(new Field(name));
                i = end;
            } else if (c == '[') {
                flush(text, open);
                open.add(new ArrayList<>());
            } else if (c == ']') {
                if (open.size() == 1) {
                    throw new IllegalArgumentException("']' at position " + (i + 1) + " of \"" + source + "\" closes nothing");
                }
                flush(text, open);
                List<Part> inner = open.removeLast();
                open.getLast().add(new Optional(List.copyOf(inner)));
            } else {
                text.append(c);
            }
        }
        if (open.size() > 1) {
            throw new IllegalArgumentException("a '[' in \"" + source + "\" is never closed");
        }
        flush(text, open);
        return new Template(List.copyOf(open.getFirst()));
    }

    private static void flush(StringBuilder text, List<List<Part>> open) {
        if (!text.isEmpty()) {
            open.getLast().add(new Text(text.toString()));
            text.setLength(0);
        }
    }

    /** The field names the template reads. */
    List<String> placeholders() {
        List<String> names = new ArrayList<>();
        collect(parts, names);
        return names;
    }

    private static void collect(List<Part> parts, List<String> names) {
        for (Part part : parts) {
            switch (part) {
                case Field field -> names.add(field.name());
                case Optional optional -> collect(optional.parts(), names);
                case Text ignored -> { }
            }
        }
    }

    /** The text with each field's value; {@code values} answers null or blank for no value. */
    String render(Function<String, String> values) {
        StringBuilder out = new StringBuilder();
        render(parts, values, out);
        return out.toString();
    }

    private static boolean render(List<Part> parts, Function<String, String> values, StringBuilder out) {
        boolean complete = true;
        for (Part part : parts) {
            switch (part) {
                case Text text -> out.append(text.text());
                case Field field -> {
                    String value = values.apply(field.name());
                    if (value == null || value.isBlank()) {
                        complete = false;
                    } else {
                        out.append(value.strip());
                    }
                }
                case Optional optional -> {
                    StringBuilder inner = new StringBuilder();
                    if (render(optional.parts(), values, inner)) {
                        out.append(inner);
                    }
                }
            }
        }
        return complete;
    }
}
