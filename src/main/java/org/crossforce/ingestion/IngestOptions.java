package org.crossforce.ingestion;

import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;

/** What the sender says about a batch: its marking, handling code and source system. */
public record IngestOptions(Marking marking, Handling handling, String sourceSystem) {

    public static final String DEFAULT_SOURCE_SYSTEM = "upload";

    public IngestOptions {
        marking = marking == null ? Marking.OFFICIAL : marking;
        handling = handling == null ? Handling.P : handling;
        sourceSystem = sourceSystem == null || sourceSystem.isBlank() ? DEFAULT_SOURCE_SYSTEM : sourceSystem.strip();
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, null, null);
    }
}
