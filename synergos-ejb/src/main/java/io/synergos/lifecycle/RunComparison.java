package io.synergos.lifecycle;

import io.synergos.persistence.run.Hyperparameters;
import java.util.List;

/**
 * Runs side by side for one metric, best first (runs without a value for it last). {@code best} is the first
 * row when it has a value, else null.
 */
public record RunComparison(String metric, boolean lowerIsBetter, List<Row> rows, Row best) {

    public record Row(long runId, String name, String status, Hyperparameters hyperparameters, Double value,
                      Double finalLoss, int completedRounds, Double durationSeconds, Integer modelVersion) {
    }
}
