package org.crossforce.ingestion;

import org.crossforce.ingestion.journal.IngestJournal;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IngestProperties.class)
class JournalConfiguration {

    /** Staged uploads are copies: whatever a crash left behind was either kept already or never accepted. */
    @Bean
    StagingDirectory stagingDirectory(IngestProperties properties) throws java.io.IOException {
        java.nio.file.Path dir = properties.staging().toAbsolutePath();
        FileSystemUtils.deleteRecursively(dir);
        java.nio.file.Files.createDirectories(dir);
        return new StagingDirectory(dir);
    }

    @Bean(destroyMethod = "close")
    IngestJournal ingestJournal(IngestProperties properties) {
        try {
            return new IngestJournal(properties.journal());
        } catch (org.h2.mvstore.MVStoreException e) {
            throw new IllegalStateException("The ingest journal in " + properties.journal() + " cannot be opened ("
                    + e.getMessage() + "). Another Crossforce may be running on the same data directory: send files "
                    + "to it over REST, or stop it first.", e);
        }
    }
}
