package org.crossforce.intake;

/** A report, reply or file the desk will not take, with the reason in words for the public. */
public class SubmissionRefusedException extends RuntimeException {

    public SubmissionRefusedException(String reason) {
        super(reason);
    }
}
