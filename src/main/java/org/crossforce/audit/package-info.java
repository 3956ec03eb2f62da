/**
 * The audit trail: who looked at what, when, from where, why, and with what outcome. Entries are
 * appended to a hash chain in the relational store, apart from the police data, and nothing in
 * Crossforce changes or removes them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit trail")
package org.crossforce.audit;
