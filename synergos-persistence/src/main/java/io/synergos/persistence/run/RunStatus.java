package io.synergos.persistence.run;

/**
 * Where a run is in its life. QUEUED: a job for it waits on the orchestration queue. CANCELLED: cancelled by
 * request while queued or running. INTERRUPTED: its TTP went down while it ran, under the {@code interrupt} recovery
 * policy (by default such a run resumes from its last checkpoint instead; see README, "Checkpoint and resume").
 */
public enum RunStatus {
    CREATED, QUEUED, TRAINING, TRAINED, EVALUATING, EVALUATED, FAILED, STOPPED, CANCELLED, INTERRUPTED;

    public boolean isBusy() {
        return this == TRAINING || this == EVALUATING;
    }

    /** True for the states from which training may start (again), by request or as a queued job. */
    public boolean isRestartable() {
        return this != QUEUED && !isBusy();
    }

    /** Every state {@link #isRestartable()} holds for. */
    public static RunStatus[] restartable() {
        return java.util.Arrays.stream(values()).filter(RunStatus::isRestartable).toArray(RunStatus[]::new);
    }
}
