/**
 * The connection to Elasticsearch: an existing cluster when {@code crossforce.elasticsearch.url}
 * is set, otherwise a real Elasticsearch run by Crossforce as a child process. Also owns index
 * names and installs the index templates from {@code index-mappings/}.
 */
package org.crossforce.elasticsearch;
