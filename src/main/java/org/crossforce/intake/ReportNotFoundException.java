package org.crossforce.intake;

/** No such report, or not one the caller's forces may see: the two are answered alike. */
public class ReportNotFoundException extends RuntimeException {

    public ReportNotFoundException(String reference) {
        super("There is no public report " + reference + " for your forces.");
    }
}
