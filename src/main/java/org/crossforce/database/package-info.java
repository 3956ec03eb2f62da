/**
 * The relational store of accounts, sharing agreements and the audit trail: an H2 file under the
 * data directory unless {@code spring.datasource.url} names another (PostgreSQL for several
 * instances). Flyway keeps its schema.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Relational store")
package org.crossforce.database;
