package org.crossforce.intake;

import org.crossforce.shared.ForceCode;

/**
 * What the reporter is given once the report is safely stored.
 *
 * @param link the secret of their follow-up link: shown once, never stored
 */
public record Receipt(String reference, String link, ForceCode force, String forceName, boolean emailed) {
}
