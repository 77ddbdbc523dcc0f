package io.synergos.orchestration;

import io.synergos.persistence.run.Hyperparameters;
import java.util.List;
import java.util.Map;

/**
 * A hyperparameter search to submit for an experiment. {@code strategy} "grid" takes {@code grid} (name to
 * value list); "random" takes {@code random} (name to values or range), {@code trials} and an optional
 * {@code seed}. Every trial starts from {@code base} (defaults where null). {@code metric} (default accuracy
 * for classification experiments, mse for linear regression) ranks the runs; {@code maxAttempts} (default:
 * the TTP's synergos.jobs.max-attempts) bounds retries of each run's job.
 */
public record SearchRequest(String strategy, String metric, Hyperparameters base, Map<String, List<Object>> grid,
                            Map<String, SearchSpace.Dimension> random, Integer trials, Long seed,
                            Integer maxAttempts) {
}
