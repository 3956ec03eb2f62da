/**
 * Reports from the public, from the moment they are handed in until an intake officer decides on
 * them: stored before they are acknowledged, followed by their reporters through a secure link,
 * triaged per force, accepted as records of that force, and deleted when never accepted. Also the
 * appeals a force publishes. The public side reaches all this through {@link PublicDesk} alone
 * (docs/decisions/0023-public-portal.md).
 */
package org.crossforce.intake;
