package org.crossforce.shared;

/** The caller may not do this; the message says what, in words the caller understands. */
public class NotPermittedException extends RuntimeException {

    public NotPermittedException(String message) {
        super(message);
    }
}
