package org.crossforce.portal.web;

import java.util.List;

import org.crossforce.intake.ReportKind;

/** The pages of the report form, and which of them each kind of report asks. */
enum Step {
    STRANDS("strands"),
    CATEGORY("category"),
    WHAT("what"),
    WHEN("when"),
    WHO("who"),
    FILES("files"),
    WHERE("where"),
    PLACE("place"),
    YOU("you"),
    CHECK("check");

    private final String path;

    Step(String path) {
        this.path = path;
    }

    String path() {
        return path;
    }

    static java.util.Optional<Step> of(String path) {
        return java.util.Arrays.stream(values()).filter(s -> s.path.equals(path)).findFirst();
    }

    static List<Step> of(ReportKind kind) {
        return switch (kind) {
            case HATE -> List.of(STRANDS, CATEGORY, WHAT, WHEN, WHO, FILES, WHERE, PLACE, YOU, CHECK);
            case APPEAL -> List.of(WHAT, FILES, WHERE, PLACE, YOU, CHECK);
            default -> List.of(CATEGORY, WHAT, WHEN, WHO, FILES, WHERE, PLACE, YOU, CHECK);
        };
    }

    /** The page after this one for the kind. */
    Step next(ReportKind kind) {
        List<Step> steps = of(kind);
        int at = steps.indexOf(this);
        return steps.get(Math.min(at + 1, steps.size() - 1));
    }

    /** The page before, or null on the first. */
    Step previous(ReportKind kind) {
        List<Step> steps = of(kind);
        int at = steps.indexOf(this);
        return at <= 0 ? null : steps.get(at - 1);
    }
}
