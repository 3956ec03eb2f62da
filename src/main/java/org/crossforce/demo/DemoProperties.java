package org.crossforce.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param enabled load the demo set when no document has been ingested yet
 * @param crime   with it, the demo's street-level crime: City of London's real months and generated
 *                months for Kent and the Met, for the hotspot dashboard
 */
@ConfigurationProperties("crossforce.demo")
record DemoProperties(@DefaultValue("true") boolean enabled, @DefaultValue("true") boolean crime) {
}
