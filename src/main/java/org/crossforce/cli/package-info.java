/**
 * The command line: {@code java -jar crossforce.jar ingest --force kent PATH...}. It runs the same
 * services as the web application, without the web.
 */
package org.crossforce.cli;
