/**
 * The Vaadin user interface. Views talk to services only, never to Elasticsearch, and show every
 * text that came from a document as text.
 */
package org.crossforce.ui;
