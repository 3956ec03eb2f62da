package org.crossforce.records;

/** What kind of police record a row of an export is. A mapping file names one for all its rows. */
public enum RecordType {
    CRIME,
    INCIDENT,
    INTELLIGENCE,
    CUSTODY,
    CASE,
    PROPERTY,
    STOP_AND_SEARCH,
    OUTCOME
}
