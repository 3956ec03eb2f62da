package org.crossforce.originals;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param directory where originals are kept */
@ConfigurationProperties("crossforce.originals")
public record OriginalsProperties(@DefaultValue("data/originals") Path directory) {
}
