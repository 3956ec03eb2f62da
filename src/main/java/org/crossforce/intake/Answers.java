package org.crossforce.intake;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;

/** The form's answers as the store keeps them: one JSON column, so new questions need no migration. */
record Answers(String category, Set<HateStrand> strands, String description, LocalDate occurredOn,
        LocalTime occurredAt, boolean ongoing, boolean anyoneHurt, String involved, String placeFound) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    Answers {
        strands = strands == null ? Set.of() : Set.copyOf(strands);
    }

    static Answers of(PublicSubmission s) {
        return new Answers(s.category(), s.strands(), s.description(), s.occurredOn(), s.occurredAt(), s.ongoing(),
                s.anyoneHurt(), s.involved(), s.place() == null ? null : s.place().how());
    }

    String json() {
        return JSON.writeValueAsString(this);
    }

    static Answers read(String json) {
        return JSON.readValue(json, Answers.class);
    }

    List<HateStrand> sortedStrands() {
        return strands.stream().sorted().toList();
    }
}
