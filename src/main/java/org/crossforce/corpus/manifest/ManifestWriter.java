package org.crossforce.corpus.manifest;

import java.io.IOException;
import java.io.Writer;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes the manifest one JSON object per line, map keys sorted so that the bytes never vary. */
public final class ManifestWriter {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private final Writer out;

    public ManifestWriter(Writer out) {
        this.out = out;
    }

    public void write(ManifestEntry entry) throws IOException {
        out.write(JSON.writeValueAsString(entry));
        out.write('\n');
    }
}
