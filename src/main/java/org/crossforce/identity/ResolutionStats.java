package org.crossforce.identity;

/**
 * What a full resolution did and how long each stage took.
 *
 * @param records        person records resolved
 * @param blocks         blocking keys used
 * @param droppedKeys    keys shared by too many records even when narrowed, left out
 * @param candidatePairs distinct pairs compared
 * @param emIterations   iterations until the model settled
 * @param prior          the share of candidate pairs estimated to be matches
 * @param joinedPairs    pairs above the automatic threshold that joined two identities
 * @param refusedPairs   pairs above it that a guard or judgement kept apart
 * @param identities     identities formed
 */
public record ResolutionStats(int records, int blocks, int droppedKeys, long candidatePairs, int emIterations,
        double prior, long joinedPairs, long refusedPairs, int identities, long featuresMillis, long blockingMillis,
        long scoringMillis, long estimationMillis, long clusteringMillis) {

    public long totalMillis() {
        return featuresMillis + blockingMillis + scoringMillis + estimationMillis + clusteringMillis;
    }
}
