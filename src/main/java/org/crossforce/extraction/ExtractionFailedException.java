package org.crossforce.extraction;

/** A file that could not be read; the message is written for the user who sent it. */
public class ExtractionFailedException extends Exception {

    public ExtractionFailedException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public ExtractionFailedException(String reason) {
        super(reason);
    }
}
