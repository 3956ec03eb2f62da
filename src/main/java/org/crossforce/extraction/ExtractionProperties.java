package org.crossforce.extraction;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** @param maxCharacters text beyond this is cut, and the document is marked truncated */
@ConfigurationProperties("crossforce.extraction")
public record ExtractionProperties(@DefaultValue("20000000") int maxCharacters) {
}
