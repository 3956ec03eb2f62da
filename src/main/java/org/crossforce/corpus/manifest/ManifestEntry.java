package org.crossforce.corpus.manifest;

import java.util.List;
import java.util.Map;

import org.crossforce.corpus.writing.Expected;
import org.crossforce.corpus.writing.Mention;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One line of {@code manifest.jsonl}: a file, what it is, its marking, the phrases extraction must
 * find in it and every entity it contains with its true identity and the form it was written in.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"path", "force", "kind", "format", "title", "marking", "handling", "system", "created", "bytes",
        "sha256", "facts", "expected", "entities"})
public record ManifestEntry(String path, String force, String kind, String format, String title, String marking,
        String handling, String system, String created, long bytes, String sha256, Map<String, Object> facts,
        List<Expected> expected, List<Mention> entities) {
}
