package org.crossforce.identity;

/**
 * A person named in a record, and the identity they belong to.
 *
 * @param key      {@code <document id>#<n>}
 * @param records  how many records of the identity the caller may see
 */
public record PersonIdentity(String key, String name, String identity, int records) {
}
