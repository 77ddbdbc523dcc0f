package io.synergos.federation.contribution;

import java.util.ArrayList;
import java.util.List;

/**
 * What a contribution method found: every participant's value with its share of the gain v(N) - v(empty) and
 * its confidence interval, and what it cost.
 *
 * @param validators     whose evaluate data the utility was measured on
 * @param vEmpty         v(empty): the quality of the run's starting model (untrained, or the version it restored)
 * @param vFull          v(N): the quality of the run's trained model
 * @param standardErrors per participant; zero where nothing was sampled
 * @param marginals      leave-one-out marginals; null for the other methods
 * @param evaluations    coalition models whose utility was measured
 */
public record ContributionResult(String method, ContributionMetric metric, List<String> participants,
                                 List<String> validators, double vEmpty, double vFull, double[] values,
                                 double[] standardErrors, double[] marginals, long evaluations) {

    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959964;

    public double gain() {
        return vFull - vEmpty;
    }

    public List<ParticipantValue> participantValues() {
        List<ParticipantValue> list = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            double half = Z95 * standardErrors[i];
            list.add(new ParticipantValue(participants.get(i), values[i], gain() == 0 ? 0 : values[i] / gain(),
                    values[i] - half, values[i] + half, marginals == null ? Double.NaN : marginals[i]));
        }
        return list;
    }

    public double sum() {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
