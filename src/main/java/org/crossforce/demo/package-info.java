/**
 * The demonstration set: fictional reports, statements, intelligence logs and emails from several
 * forces, and street-level crime for the hotspot dashboard (City of London Police's real months,
 * generated months for Kent and the Met), loaded through the ordinary ingestion pipeline on first
 * start.
 */
package org.crossforce.demo;
