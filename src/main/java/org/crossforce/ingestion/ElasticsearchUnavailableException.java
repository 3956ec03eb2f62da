package org.crossforce.ingestion;

/** Elasticsearch could not take the work now; the file stays pending and is tried again. */
class ElasticsearchUnavailableException extends RuntimeException {

    ElasticsearchUnavailableException(String reason) {
        super(reason);
    }

    /** Throws when any of the answers says Elasticsearch could not take the document now. */
    static void throwIfAny(java.util.List<? extends org.crossforce.indexing.IndexResult> results) {
        for (var result : results) {
            if (result instanceof org.crossforce.indexing.IndexResult.Unavailable unavailable) {
                throw new ElasticsearchUnavailableException(unavailable.reason());
            }
        }
    }
}
