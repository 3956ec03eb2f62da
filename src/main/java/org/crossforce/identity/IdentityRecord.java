package org.crossforce.identity;

import java.util.List;

/**
 * One record of an identity, as the record gives the person.
 *
 * @param key        the person record's key, {@code <document id>#<n>}
 * @param documentId the record or document it is in
 * @param name       the name as that record spells it
 * @param born       the date of birth as dd/MM/yyyy, or "born 1985" when only the year is known
 * @param joinedBy   the strongest pair joining it to another record of the identity, or null
 */
public record IdentityRecord(String key, String documentId, String force, String sourceSystem, String sourceKey,
        String name, String born, List<String> addresses, List<String> phones, List<String> emails,
        List<String> vehicles, List<String> pncs, PairExplanation joinedBy) {
}
