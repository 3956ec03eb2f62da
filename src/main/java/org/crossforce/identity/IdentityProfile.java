package org.crossforce.identity;

import java.util.List;

/**
 * One person as all the forces' records the viewer may see describe them.
 *
 * @param name          the fullest name the records give
 * @param names         every spelling, most used first
 * @param datesOfBirth  every date (or year) of birth given
 * @param forces        the forces whose records are joined
 * @param sourceSystems the systems they came from
 * @param records       each record, with why it was joined
 * @param judgements    analysts' judgements on these records, newest first
 */
public record IdentityProfile(String id, String name, List<String> names, List<String> datesOfBirth,
        List<String> forces, List<String> sourceSystems, List<IdentityRecord> records,
        List<StoredJudgement> judgements) {
}
