package org.crossforce.corpus.render;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A document before it has a format: title, marking, handling code, author, date and a list of
 * blocks. The same document can become TXT, HTML, DOCX, a text PDF or a scan.
 */
public record TextDocument(String title, String marking, String handling, String author, ZonedDateTime created,
        List<Block> blocks) {

    /** Every file with prose says this near its top, so nobody mistakes it for a real record. */
    public static final String BANNER = "GENERATED TEST DATA for Crossforce: a synthetic corpus. "
            + "Every person, place, vehicle and number in it is fictional.";

    public enum Type { HEADING, PARAGRAPH, FIELD }

    public record Block(Type type, String text) {
    }

    public String handlingLine() {
        return "Handling code: " + ("C".equals(handling) ? "C – lawful sharing permitted subject to conditions"
                : "P – lawful sharing permitted");
    }

    public static Builder builder(String title, String marking, String handling, String author, ZonedDateTime created) {
        return new Builder(title, marking, handling, author, created);
    }

    /** Collects blocks in order; makers read better as a sequence of calls than as one long list. */
    public static final class Builder {
        private final String title;
        private final String marking;
        private final String handling;
        private final String author;
        private final ZonedDateTime created;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(String title, String marking, String handling, String author, ZonedDateTime created) {
            this.title = title;
            this.marking = marking;
            this.handling = handling;
            this.author = author;
            this.created = created;
        }

        public Builder field(String name, String value) {
            blocks.add(new Block(Type.FIELD, name + ": " + value));
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Block(Type.HEADING, text));
            return this;
        }

        public Builder paragraph(String text) {
            blocks.add(new Block(Type.PARAGRAPH, text));
            return this;
        }

        public TextDocument build() {
            return new TextDocument(title, marking, handling, author, created, List.copyOf(blocks));
        }
    }
}
