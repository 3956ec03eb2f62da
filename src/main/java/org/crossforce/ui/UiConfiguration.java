package org.crossforce.ui;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings the views read. */
@Configuration
@EnableConfigurationProperties(MapProperties.class)
class UiConfiguration {
}
