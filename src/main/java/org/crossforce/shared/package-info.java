/**
 * Value types every feature module speaks in: forces, document ids, security markings,
 * handling codes and the caller on whose behalf a service acts.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.crossforce.shared;
