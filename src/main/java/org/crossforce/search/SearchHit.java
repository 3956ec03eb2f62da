package org.crossforce.search;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * @param highlights snippets of the text in which only {@code <em>} tags are markup
 * @param path       for a file found inside another (an attachment, an archive entry), where it sits
 * @param conditions for a record of handling code C read under a sharing agreement, its conditions
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(String id, String force, String title, Instant date, String marking, String handling,
        List<String> highlights, String path, String conditions) {
}
