package org.crossforce.indexing;

/** What Elasticsearch said about one document. */
public sealed interface IndexResult {

    record Created() implements IndexResult {
    }

    /** A record delivered again replaced the one held. */
    record Updated() implements IndexResult {
    }

    /** The id was already taken: the same bytes for the same force. */
    record AlreadyPresent() implements IndexResult {
    }

    /** Elasticsearch refused the document itself: sending it again will not help. */
    record Failed(String reason) implements IndexResult {
    }

    /** Elasticsearch could not be reached or was overloaded: worth sending again later. */
    record Unavailable(String reason) implements IndexResult {
    }
}
