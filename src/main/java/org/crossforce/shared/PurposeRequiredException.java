package org.crossforce.shared;

/** Police data is read for a stated purpose, as on the PNC: this request stated none. */
public class PurposeRequiredException extends NotPermittedException {

    public PurposeRequiredException() {
        super("State the purpose of this search first (for example: investigation, OP-HARBOURLIGHT); scripts send it "
                + "in the Crossforce-Purpose header.");
    }
}
