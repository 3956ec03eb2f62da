package org.crossforce.identity;

import java.time.Instant;

/**
 * A judgement as the store holds it.
 *
 * @param kind CONFIRM, REJECT, SPLIT or MERGE: what the analyst did that the pair came from
 */
public record StoredJudgement(long id, String a, String b, boolean same, String kind, String user, Instant at,
        String reason) {
}
