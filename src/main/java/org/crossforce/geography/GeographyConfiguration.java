package org.crossforce.geography;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings the gazetteer reads. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GeographyProperties.class)
class GeographyConfiguration {
}
