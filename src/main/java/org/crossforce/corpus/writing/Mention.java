package org.crossforce.corpus.writing;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entity as it is written in one file: its type, its true identity, the exact surface form and
 * how that form departs from the canonical one ({@code variants}, e.g. {@code surname-first},
 * {@code nickname}, {@code typo}). {@code part} names the attachment or archive member it is in,
 * null for the file's own text.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Mention(String type, String id, String surface, List<String> variants, String part) {
}
