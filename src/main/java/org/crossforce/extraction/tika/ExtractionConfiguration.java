package org.crossforce.extraction.tika;

import org.crossforce.extraction.DocumentExtractor;
import org.crossforce.extraction.ExtractionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExtractionProperties.class)
class ExtractionConfiguration {

    /** Closing it stops the child processes when the application stops. */
    @Bean(destroyMethod = "close")
    DocumentExtractor documentExtractor(ExtractionProperties properties) {
        return new IsolatedTikaExtractor(properties);
    }
}
