package org.crossforce.forces;

/** A force id that is not in the register; the message says where the register can be read. */
public class UnknownForceException extends RuntimeException {

    public UnknownForceException(String given) {
        super("Unknown force '" + given + "'. Force ids are data.police.uk ids (for example "
                + "'city-of-london', 'metropolitan', 'kent') or 'btp'; the full list is at GET /api/forces.");
    }
}
