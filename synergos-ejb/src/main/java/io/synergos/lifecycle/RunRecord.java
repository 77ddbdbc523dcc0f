package io.synergos.lifecycle;

import io.synergos.persistence.run.Hyperparameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything experiment tracking records about one run: configuration, participants and their data tags,
 * status and timings, the per-round curves, and the final evaluation (overall and per Worker, as the metrics
 * JSON the Workers computed). {@code modelVersion} is the registry version its training produced, if any.
 */
public record RunRecord(long id, long experimentId, String experiment, String modelType, String name,
                        Hyperparameters hyperparameters, String status, String statusReason, Instant createdAt,
                        Instant startedAt, Instant finishedAt, Double durationSeconds, int completedRounds,
                        Map<String, Map<String, List<String>>> participants, List<Round> rounds,
                        String overallMetrics, Map<String, String> workerMetrics, Integer modelVersion,
                        Long startedFromModelVersionId, List<String> dataWarnings) {

    /**
     * One point of the curves: the global loss, the round's wall time, each Worker's local loss, and the trainers that
     * were late or absent in it.
     */
    public record Round(int round, double loss, double millis, Map<String, Double> localLosses, List<String> late,
                        List<String> absent) {
    }
}
