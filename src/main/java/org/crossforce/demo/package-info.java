/**
 * The demonstration set: fictional reports, statements, intelligence logs and emails from several
 * forces, loaded through the ordinary ingestion pipeline on first start.
 */
package org.crossforce.demo;
