package io.synergos.orchestration;

import io.synergos.persistence.orchestration.Job;
import java.time.Instant;

/**
 * A job as clients see it, with its run's status. A contribution job names its computation and stage (its run is
 * the run valued); a coalition run's job names its parent contribution job.
 */
public record JobView(long id, Long searchId, long runId, String runName, String status, String runStatus,
                      int attempts, int maxAttempts, int deliveries, String node, String lastError,
                      Instant queuedAt, Instant startedAt, Instant finishedAt, Long contributionId, String stage,
                      Long parentJobId, int resumes, Instant heartbeatAt) {

    public static JobView of(Job j) {
        return new JobView(j.getId(), j.getSearch() == null ? null : j.getSearch().getId(), j.getRun().getId(),
                j.getRun().getName(), j.getStatus().name(), j.getRun().getStatus().name(), j.getAttempts(),
                j.getMaxAttempts(), j.getDeliveries(), j.getNode(), j.getLastError(), j.getQueuedAt(),
                j.getStartedAt(), j.getFinishedAt(), j.getContribution() == null ? null : j.getContribution().getId(),
                j.getStage(), j.getParent() == null ? null : j.getParent().getId(), j.getResumes(), j.getHeartbeatAt());
    }

    /** What the job does, in words: training a run, or a contribution computation's stage. */
    public String kind() {
        return contributionId != null ? "contribution " + contributionId + " (" + stage.toLowerCase() + ")"
                : parentJobId != null ? "coalition of job " + parentJobId : "training";
    }
}
