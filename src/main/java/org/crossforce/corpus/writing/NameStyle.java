package org.crossforce.corpus.writing;

/** How a person's name is written. Police documents favour capitals for the surname. */
public enum NameStyle {
    /** Jonathan SMYTH. */
    POLICE("forename-SURNAME"),
    /** Jonathan Smyth. */
    PLAIN("forename-surname"),
    /** SMYTH, Jonathan: the order of indexes and record systems. */
    SURNAME_FIRST("surname-first"),
    /** JONATHAN SMYTH: statements and handwritten forms. */
    UPPER("upper-case"),
    /** J SMYTH. */
    INITIAL("initial");

    private final String tag;

    NameStyle(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
