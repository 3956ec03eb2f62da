package org.crossforce.ingestion;

import org.crossforce.shared.Handling;
import org.crossforce.shared.Marking;

/**
 * What the sender says about a batch: its marking, handling code and source system, and how
 * it arrived.
 */
public record IngestOptions(Marking marking, Handling handling, String sourceSystem, Channel channel) {

    public static final String DEFAULT_SOURCE_SYSTEM = "upload";

    public IngestOptions {
        marking = marking == null ? Marking.OFFICIAL : marking;
        handling = handling == null ? Handling.P : handling;
        sourceSystem = sourceSystem == null || sourceSystem.isBlank() ? DEFAULT_SOURCE_SYSTEM : sourceSystem.strip();
        channel = channel == null ? Channel.UPLOAD : channel;
    }

    public IngestOptions(Marking marking, Handling handling, String sourceSystem) {
        this(marking, handling, sourceSystem, Channel.UPLOAD);
    }

    public static IngestOptions defaults() {
        return new IngestOptions(null, null, null, null);
    }

    public IngestOptions via(Channel arrival) {
        return new IngestOptions(marking, handling, sourceSystem, arrival);
    }
}
