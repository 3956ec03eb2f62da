/**
 * A generator of large, fictional, multi-force document sets for ingestion benchmarks and for the
 * entity-extraction and identity-resolution work: {@link org.crossforce.corpus.CorpusGenerator}
 * writes narrative reports, statements, scans, emails, phone photos, intelligence logs and
 * structured exports, together with a manifest that records the truth behind every file, and a
 * persons file of person records labelled with their true identity. The same seed and size always
 * give the same bytes.
 */
package org.crossforce.corpus;
