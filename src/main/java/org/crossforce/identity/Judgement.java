package org.crossforce.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * An analyst's word on two person records: the same person, or different people. Confirming a
 * match and merging identities are judgements that two records are one person; rejecting a match
 * and splitting a record out are judgements that they are not. The latest judgement on a pair
 * stands, and no automatic run overrules it.
 *
 * @param a      one record's key
 * @param b      the other's
 * @param same   true: one person; false: different people
 * @param user   who judged
 * @param at     when
 * @param reason the analyst's note, or null
 */
public record Judgement(String a, String b, boolean same, String user, Instant at, String reason) {

    public Judgement {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(at, "at");
        if (a.equals(b)) {
            throw new IllegalArgumentException("A judgement needs two different records, not " + a + " twice");
        }
    }

    /** The pair, the same whichever way round it was judged. */
    public String pair() {
        return pairOf(a, b);
    }

    /** Two records as a pair, the same whichever way round they are given. */
    public static String pairOf(String a, String b) {
        return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
