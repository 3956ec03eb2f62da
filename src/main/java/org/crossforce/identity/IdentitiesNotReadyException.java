package org.crossforce.identity;

/** Identities are asked for before the first resolution after start has finished. */
public class IdentitiesNotReadyException extends RuntimeException {

    public IdentitiesNotReadyException() {
        super("Identities are still being resolved; try again in a moment.");
    }
}
