package org.crossforce.portal;

/**
 * A separate portal could not get an answer from the workbench: it is down, unreachable, or refused
 * the portal's token. The member of the public is told so, never shown the cause.
 */
public class WorkbenchUnavailableException extends RuntimeException {

    private final boolean perhapsReceived;

    /**
     * @param perhapsReceived the request may have reached the workbench before the answer was lost, so
     *                        what it carried may be stored after all
     */
    WorkbenchUnavailableException(String message, boolean perhapsReceived, Throwable cause) {
        super(message, cause);
        this.perhapsReceived = perhapsReceived;
    }

    public boolean perhapsReceived() {
        return perhapsReceived;
    }
}
