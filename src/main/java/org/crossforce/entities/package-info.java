/**
 * Finding POLE entities in text: the vehicles, phones, email addresses, postcodes, PNC IDs,
 * National Insurance numbers, weapons and drugs that a statement, log or record names, each with
 * its exact place in the text and one normalised identity ({@code vrm:AB12CDE},
 * {@code phone:+447700900123}), so that every document naming the same thing links to it however
 * it was written. {@link org.crossforce.entities.EntityFinder} reads free text during ingestion;
 * {@link org.crossforce.entities.Identifiers} checks and normalises single values from record
 * fields and from what a user types. People's names are found elsewhere.
 */
package org.crossforce.entities;
