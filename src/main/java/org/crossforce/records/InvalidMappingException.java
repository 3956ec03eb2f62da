package org.crossforce.records;

/** A mapping file that cannot be used; the message names the file and what to fix. */
public class InvalidMappingException extends RuntimeException {

    public InvalidMappingException(String message) {
        super(message);
    }

    public InvalidMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
