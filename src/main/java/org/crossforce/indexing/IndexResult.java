package org.crossforce.indexing;

/** What Elasticsearch said about one document. */
public sealed interface IndexResult {

    record Created() implements IndexResult {
    }

    /** The id was already taken: the same bytes for the same force. */
    record AlreadyPresent() implements IndexResult {
    }

    record Failed(String reason) implements IndexResult {
    }
}
