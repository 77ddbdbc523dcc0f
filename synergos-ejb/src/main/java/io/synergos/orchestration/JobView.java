package io.synergos.orchestration;

import io.synergos.persistence.orchestration.Job;
import java.time.Instant;

/** A job as clients see it, with its run's status. */
public record JobView(long id, Long searchId, long runId, String runName, String status, String runStatus,
                      int attempts, int maxAttempts, int deliveries, String node, String lastError,
                      Instant queuedAt, Instant startedAt, Instant finishedAt) {

    public static JobView of(Job j) {
        return new JobView(j.getId(), j.getSearch() == null ? null : j.getSearch().getId(), j.getRun().getId(),
                j.getRun().getName(), j.getStatus().name(), j.getRun().getStatus().name(), j.getAttempts(),
                j.getMaxAttempts(), j.getDeliveries(), j.getNode(), j.getLastError(), j.getQueuedAt(),
                j.getStartedAt(), j.getFinishedAt());
    }
}
