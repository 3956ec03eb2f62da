/**
 * Structured exports of police record systems (data.police.uk CSVs, force RMS extracts,
 * intelligence logs) read into one typed POLE record, {@link org.crossforce.records.StructuredRecord}.
 * What a system's columns mean is declared in a mapping file, not in code: shipped ones under
 * {@code mappings/} on the class path, a force's own in a directory of its choosing
 * ({@link org.crossforce.records.MappingRegistry}). {@link org.crossforce.records.ExportReader}
 * recognises a file's system and reads it row by row; a bad row is reported with its line number
 * and the rest load.
 */
package org.crossforce.records;
