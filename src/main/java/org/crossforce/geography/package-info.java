/**
 * Places. On the British National Grid: metric squares of 100 to 1,000 m that are the same size
 * everywhere in Great Britain, so that counts compare cell by cell across months and forces.
 * Ingestion names each located record's cells; analytics reads them back. And by postcode: the
 * {@link org.crossforce.geography.Gazetteer} turns a postcode a member of the public gives into a
 * point, from a full postcode directory when a deployment has one, else from the postcode area's
 * main post town, and says how precise that point is.
 */
package org.crossforce.geography;
