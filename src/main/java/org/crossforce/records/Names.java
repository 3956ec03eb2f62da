package org.crossforce.records;

import java.util.Locale;

/** Splitting a name delivered as one field, as a mapping's {@code style} says it is written. */
final class Names {

    static final String SURNAME_FIRST = "surname_first";
    static final String FORENAME_FIRST = "forename_first";
    static final String WHOLE = "whole";

    /** @param name the whole name to show; forename and surname may be null */
    record Parts(String name, String forename, String surname) {
    }

    private Names() {
    }

    static boolean isStyle(String style) {
        return style == null || switch (style.toLowerCase(Locale.ROOT)) {
            case SURNAME_FIRST, FORENAME_FIRST, WHOLE -> true;
            default -> false;
        };
    }

    /** "SMYTH, Jonathan" (surname_first) or "Jonathan Paul Smyth" (forename_first) into parts. */
    static Parts split(String raw, String style) {
        String name = raw.strip().replaceAll("\\s+", " ");
        String how = style == null ? WHOLE : style.toLowerCase(Locale.ROOT);
        return switch (how) {
            case SURNAME_FIRST -> {
                int comma = name.indexOf(',');
                if (comma < 0) {
                    // Without the comma we cannot tell where the surname ends; keep the name whole.
                    yield new Parts(name, null, null);
                }
                yield join(blankToNull(name.substring(comma + 1)), blankToNull(name.substring(0, comma)), name);
            }
            case FORENAME_FIRST -> {
                int space = name.lastIndexOf(' ');
                yield space < 0 ? new Parts(name, null, null)
                        : join(name.substring(0, space), name.substring(space + 1), name);
            }
            default -> new Parts(name, null, null);
        };
    }

    /** The name to show for a forename and surname given apart (either may be null). */
    static Parts join(String forename, String surname, String fallback) {
        String f = blankToNull(forename);
        String s = blankToNull(surname);
        String whole = f != null && s != null ? f + " " + s : f != null ? f : s != null ? s : fallback;
        return new Parts(whole, f, s);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
