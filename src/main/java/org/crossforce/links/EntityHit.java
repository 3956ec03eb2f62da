package org.crossforce.links;

import java.util.Map;

/**
 * An entity as a result row: what it is and where it is held, counted only in the records the
 * caller may read.
 *
 * @param id        {@code vrm:AB12CDE}; for a name, {@code name:jon smyth} (a name groups mentions
 *                  for display, it never makes them one person)
 * @param type      {@code vrm}, {@code phone}, {@code person} ...
 * @param label     the value as an analyst reads it
 * @param records   records of structured exports that mention it
 * @param documents documents (files and what is embedded in them) that mention it
 * @param forces    records and documents per force
 */
public record EntityHit(String id, String type, String label, long records, long documents,
        Map<String, Long> forces) {

    public EntityHit {
        forces = Map.copyOf(forces);
    }

    public long mentions() {
        return records + documents;
    }
}
