package org.crossforce.intake;

/** Where a public report stands, in the police's words and in the reporter's. */
public enum ReportStatus {
    NEW("New", "Received: waiting to be looked at"),
    OPENED("Opened", "Being looked at by an officer"),
    ACCEPTED("Accepted", "Recorded by the police"),
    DUPLICATE("Duplicate", "Joined to another report about the same thing"),
    CLOSED("Closed", "Closed");

    private final String label;
    private final String publicLabel;

    ReportStatus(String label, String publicLabel) {
        this.label = label;
        this.publicLabel = publicLabel;
    }

    public String label() {
        return label;
    }

    /** What the reporter reads on their report's page. */
    public String publicLabel() {
        return publicLabel;
    }

    /** Still waiting for an officer's decision. */
    public boolean open() {
        return this == NEW || this == OPENED;
    }
}
