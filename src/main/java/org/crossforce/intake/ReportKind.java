package org.crossforce.intake;

import org.crossforce.records.RecordType;

/** What a member of the public is telling the police about. */
public enum ReportKind {
    CRIME("A crime", "crime", RecordType.CRIME),
    HATE("A hate crime or hate incident", "hate", RecordType.CRIME),
    ASB("Anti-social behaviour", "asb", RecordType.INCIDENT),
    INFORMATION("Information about crime", "information", RecordType.INTELLIGENCE),
    APPEAL("Information for an appeal", "appeal", RecordType.INTELLIGENCE);

    private final String label;
    private final String slug;
    private final RecordType recordType;

    ReportKind(String label, String slug, RecordType recordType) {
        this.label = label;
        this.slug = slug;
        this.recordType = recordType;
    }

    public String label() {
        return label;
    }

    /** The kind's name in addresses and forms. */
    public String slug() {
        return slug;
    }

    /** The kind of record it becomes when accepted. */
    public RecordType recordType() {
        return recordType;
    }

    public static java.util.Optional<ReportKind> fromSlug(String slug) {
        return java.util.Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
    }
}
