package io.synergos.contribution;

import java.util.List;

/**
 * A request to compute every participant's contribution to a run's model.
 *
 * @param method          exact, leave-one-out or in-training
 * @param metric          accuracy, f1, roc_auc, neg_log_loss, r2 or neg_mse; null: the project's
 * @param validators      the participants whose evaluate data counts; null or empty: every one that has some
 * @param sampled         in-training: sample every round by guided Monte Carlo permutations, even where a round's
 *                        coalitions are few enough to be valued exactly (null: exactly up to 30 coalitions)
 * @param maxPermutations in-training: permutations sampled per round at most, where rounds are sampled
 * @param seed            in-training: the sampling seed; null: the run's seed
 * @param thresholds      free-rider checks; null: the defaults
 * @param maxAttempts     the job's attempts; null: the node's default
 */
public record ContributionRequest(String method, String metric, List<String> validators, Boolean sampled,
                                  Integer maxPermutations, Long seed, Thresholds thresholds, Integer maxAttempts) {

    /** Free-rider thresholds; a null field keeps its default. */
    public record Thresholds(Double minShare, Double minStepRatio, Double maxStepRatio, Double minAgreement) {
    }

    public static ContributionRequest of(String method) {
        return new ContributionRequest(method, null, null, null, null, null, null, null);
    }
}
