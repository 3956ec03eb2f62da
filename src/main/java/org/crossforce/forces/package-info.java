/** The register of police forces Crossforce knows: ids as data.police.uk spells them, and names. */
package org.crossforce.forces;
