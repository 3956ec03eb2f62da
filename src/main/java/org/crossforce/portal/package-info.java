/**
 * The public's front door: pages under {@code /public} to report a crime, a hate crime,
 * anti-social behaviour or information, to follow a report through its secret link, and to answer
 * the police's appeals. It has its own security chain and reaches the workbench only through
 * {@link org.crossforce.intake.PublicDesk}; limits per address and per link, a honeypot and a
 * small proof of work keep abuse out (docs/decisions/0023-public-portal.md). It runs inside the
 * workbench, or alone as its own process ({@link org.crossforce.portal.PortalProcess}) that reaches
 * the workbench over its intake API (docs/decisions/0024-separate-portal-process.md).
 */
package org.crossforce.portal;
