package org.crossforce.intake;

import java.time.Instant;
import java.util.List;

/**
 * A report as its reporter sees it through the secure link: what they sent, where it stands, and
 * the messages. Never the files' content, nor anything the police recorded about it.
 */
public record FollowUp(String reference, ReportKind kind, String forceName, Instant submitted, ReportStatus status,
        String statusNote, String description, String place, List<String> files, List<Message> messages,
        Instant linkExpires) {

    public FollowUp {
        files = List.copyOf(files);
        messages = List.copyOf(messages);
    }

    /** The reporter may still add to it. */
    public boolean open() {
        return status != ReportStatus.CLOSED && status != ReportStatus.DUPLICATE;
    }

    /** @param fromPolice true for the police's messages, false for the reporter's */
    public record Message(Instant sent, boolean fromPolice, String body, List<String> files) {
        public Message {
            files = List.copyOf(files);
        }
    }
}
