package org.crossforce.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param enabled load the demo set when no document has been ingested yet */
@ConfigurationProperties("crossforce.demo")
record DemoProperties(@DefaultValue("true") boolean enabled) {
}
