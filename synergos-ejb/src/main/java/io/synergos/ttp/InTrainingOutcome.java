package io.synergos.ttp;

import io.synergos.federation.contribution.Assessment;

/**
 * What a run that valued contributions as it trained found, recorded with the training's end.
 *
 * @param validators the validators its settings named (empty: every participant with evaluate data)
 * @param parameters the valuation's settings as JSON
 * @param wallMillis time spent valuing (measuring candidates and computing), on top of training itself
 * @param details    how each round was valued, as JSON
 */
public record InTrainingOutcome(String metric, String validators, String parameters, Assessment assessment,
                                long wallMillis, String details) {
}
