package org.crossforce.corpus;

import java.nio.file.Path;

import org.crossforce.corpus.population.PopulationBuilder;

/**
 * What to generate: {@code size} files from {@code seed} into {@code out}, on {@code threads}
 * threads, and a persons file of {@code personRecords} rows. {@code replace} allows writing over
 * an earlier corpus or persons file in {@code out} (a directory with a {@code manifest.jsonl} or a
 * {@code persons/persons.csv}); any other non-empty directory is refused.
 */
public record CorpusRequest(int size, long seed, Path out, int threads, boolean replace, int personRecords) {

    public static final int MAX_SIZE = 10_000_000;
    public static final int MAX_PERSON_RECORDS = 2_000_000;

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
        if (personRecords < 1 || personRecords > MAX_PERSON_RECORDS) {
            throw new IllegalArgumentException("The person records must be between 1 and " + MAX_PERSON_RECORDS
                    + ", not " + personRecords);
        }
    }

    /** With the default number of person records. */
    public CorpusRequest(int size, long seed, Path out, int threads, boolean replace) {
        this(size, seed, out, threads, replace, defaultPersonRecords(size));
    }

    /** Five records for each person of the corpus, and at least 200. */
    public static int defaultPersonRecords(int size) {
        return Math.max(200, 5 * PopulationBuilder.count(size));
    }
}
