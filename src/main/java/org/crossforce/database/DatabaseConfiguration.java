package org.crossforce.database;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url}, the store is an H2 file in {@code <data dir>/database}.
 * H2 wants an absolute path, and the data directory may be given either way, hence this bean
 * rather than a URL in the settings.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(DataSourceProperties properties, @Value("${crossforce.data-dir}") Path dataDirectory) {
        if (properties.getUrl() == null || properties.getUrl().isBlank()) {
            Path file = dataDirectory.toAbsolutePath().normalize().resolve("database").resolve("crossforce");
            // WRITE_DELAY=0: an audit entry is on disk when its transaction commits.
            // AUTO_SERVER: a second process on the same data directory (audit-verify beside a running
            // Crossforce) reaches the file through the first one.
            // The automatic server is for processes on this machine only: bind it to loopback before H2
            // reads its settings, at the first connection.
            if (System.getProperty("h2.bindAddress") == null) {
                System.setProperty("h2.bindAddress", "127.0.0.1");
            }
            properties.setUrl("jdbc:h2:file:" + file + ";WRITE_DELAY=0;AUTO_SERVER=TRUE");
            properties.setUsername("crossforce");
            properties.setPassword("");
        }
        return properties.initializeDataSourceBuilder().build();
    }
}
