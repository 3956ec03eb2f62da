/**
 * Places on the British National Grid: metric squares of 100 to 1,000 m that are the same size
 * everywhere in Great Britain, so that counts compare cell by cell across months and forces.
 * Ingestion names each located record's cells; analytics reads them back.
 */
package org.crossforce.geography;
