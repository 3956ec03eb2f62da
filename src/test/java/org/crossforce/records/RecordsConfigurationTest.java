package org.crossforce.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The beans, and the setting that points at a force's own mappings. */
class RecordsConfigurationTest {

    @TempDir
    Path directory;

    @Test
    void theRegistryReadsTheConfiguredDirectory() throws IOException {
        String beacon = new String(getClass().getResourceAsStream("/mappings/beacon-rms.yml").readAllBytes(),
                StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("my-rms.yml"),
                beacon.replace("source_system: beacon-rms", "source_system: my-rms"));
        new ApplicationContextRunner()
                .withUserConfiguration(RecordsConfiguration.class)
                .withPropertyValues("crossforce.records.mappings=" + directory)
                .run(context -> {
                    assertThat(context).hasSingleBean(ExportReader.class);
                    assertThat(context.getBean(MappingRegistry.class).find("my-rms")).isPresent();
                });
    }

    @Test
    void withoutTheSettingTheDataDirectoryIsUsedAndMayBeAbsent() {
        new ApplicationContextRunner()
                .withUserConfiguration(RecordsConfiguration.class)
                .withPropertyValues("crossforce.data-dir=" + directory.resolve("nothing-here"))
                .run(context -> assertThat(context.getBean(MappingRegistry.class).all()).hasSize(7));
    }
}
