package org.crossforce.ingestion;

/** Elasticsearch could not take the work now; the file stays pending and is tried again. */
class ElasticsearchUnavailableException extends RuntimeException {

    ElasticsearchUnavailableException(String reason) {
        super(reason);
    }
}
