/**
 * Turning a file into text and metadata. Callers see {@link org.crossforce.extraction.DocumentExtractor}
 * and its typed result only; how the text is pulled out (Apache Tika today) stays inside.
 */
package org.crossforce.extraction;
