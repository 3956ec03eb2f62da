/**
 * Writing documents into Elasticsearch: one {@code BulkIngester} for the whole application whose
 * listener maps every item's outcome back to the document it came from.
 */
package org.crossforce.indexing;
