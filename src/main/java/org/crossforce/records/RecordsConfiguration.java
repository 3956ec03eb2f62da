package org.crossforce.records;

import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The registry and reader as beans. A force's own mappings live in
 * {@code crossforce.records.mappings} ({@code <data-dir>/mappings} unless set); the directory need
 * not exist.
 */
@Configuration(proxyBeanMethods = false)
class RecordsConfiguration {

    @Bean
    MappingRegistry mappingRegistry(
            @Value("${crossforce.records.mappings:${crossforce.data-dir:data}/mappings}") Path userMappings) {
        return new MappingRegistry(userMappings);
    }

    @Bean
    ExportReader exportReader(MappingRegistry mappingRegistry) {
        return new ExportReader(mappingRegistry);
    }
}
