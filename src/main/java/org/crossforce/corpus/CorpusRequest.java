package org.crossforce.corpus;

import java.nio.file.Path;

/**
 * What to generate: {@code size} files from {@code seed} into {@code out}, on {@code threads}
 * threads. {@code replace} allows writing over an earlier corpus in {@code out} (a directory with
 * a {@code manifest.jsonl}); any other non-empty directory is refused.
 */
public record CorpusRequest(int size, long seed, Path out, int threads, boolean replace) {

    public static final int MAX_SIZE = 10_000_000;

    public CorpusRequest {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("The size must be between 1 and " + MAX_SIZE + " files, not " + size);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("At least one thread is needed, not " + threads);
        }
        if (out == null) {
            throw new IllegalArgumentException("Say where the corpus goes");
        }
    }
}
