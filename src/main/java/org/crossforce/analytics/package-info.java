/**
 * Hotspot analytics for supervisors: where crime concentrates, whether that is more than chance,
 * what is new or getting worse, and how well past hotspots foretold the next month. The
 * statistics are small pure functions, each tested against examples worked by hand.
 */
package org.crossforce.analytics;
