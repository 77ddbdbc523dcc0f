package io.synergos.federation.contribution;

/**
 * One participant's contribution to a run's model.
 *
 * @param value    its Shapley value (leave-one-out: its marginal value), in the metric's units
 * @param share    value / (v(N) - v(empty)): its part of what training gained
 * @param ciLow    lower end of the 95 % confidence interval (equal to value where nothing was sampled)
 * @param ciHigh   upper end
 * @param marginal v(N) - v(N without it), for leave-one-out; NaN otherwise
 */
public record ParticipantValue(String participant, double value, double share, double ciLow, double ciHigh,
                               double marginal) {
}
