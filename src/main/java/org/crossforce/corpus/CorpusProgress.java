package org.crossforce.corpus;

/** Told about every file once it is on disk; called from several threads at once. */
@FunctionalInterface
public interface CorpusProgress {

    CorpusProgress NONE = bytes -> { };

    void fileWritten(long bytes);
}
