package org.crossforce.corpus.documents;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.crossforce.corpus.writing.Expected;
import org.crossforce.corpus.writing.Mention;

/** A file's bytes and everything the manifest says about it. */
public record Made(byte[] bytes, String title, String marking, String handling, String system,
        ZonedDateTime created, Map<String, Object> facts, List<Expected> expected, List<Mention> mentions) {
}
