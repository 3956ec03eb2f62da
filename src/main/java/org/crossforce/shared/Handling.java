package org.crossforce.shared;

import java.util.Locale;

/** The handling code of the 3x5x2 intelligence grading: P may be shared, C carries conditions. */
public enum Handling {
    P,
    C;

    public static Handling parse(String text) {
        return switch (text.trim().toUpperCase(Locale.ROOT)) {
            case "P" -> P;
            case "C" -> C;
            default -> throw new IllegalArgumentException("Unknown handling code '" + text + "': use P or C");
        };
    }
}
