package org.crossforce.corpus.documents;

import java.util.Locale;

import org.crossforce.corpus.population.CorpusForce;

/**
 * One file to write: its position in the corpus, what it is, which force holds it and its
 * ordinal among files of the same kind (which keeps record numbers in exports unique).
 */
public record Slot(int index, Kind kind, CorpusForce force, int ordinal) {

    /** {@code kent/statements/witness-statement-000123.docx}. */
    public String path(int digits) {
        return force.id() + "/" + kind.folder() + "/" + kind.stem() + "-"
                + String.format(Locale.ROOT, "%0" + digits + "d", index) + "." + kind.format();
    }
}
