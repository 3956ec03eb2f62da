package org.crossforce.intake;

/** The five strands of hate crime that police forces monitor. */
public enum HateStrand {
    RACE("Race or ethnicity"),
    RELIGION("Religion or belief"),
    SEXUAL_ORIENTATION("Sexual orientation"),
    DISABILITY("Disability"),
    TRANSGENDER("Transgender identity");

    private final String label;

    HateStrand(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
