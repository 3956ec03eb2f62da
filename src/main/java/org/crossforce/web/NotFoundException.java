package org.crossforce.web;

/** A record that does not exist, or that the caller may not see: both answer the same 404. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
