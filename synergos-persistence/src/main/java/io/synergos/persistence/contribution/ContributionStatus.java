package io.synergos.persistence.contribution;

/**
 * Where a contribution computation is. QUEUED as a job; RUNNING at a TTP; WAITING for its coalition trainings
 * (exact, leave-one-out); then COMPLETED, FAILED (with the reason) or CANCELLED.
 */
public enum ContributionStatus {
    QUEUED, RUNNING, WAITING, COMPLETED, FAILED, CANCELLED;

    public boolean isFinal() {
        return this == COMPLETED || this == FAILED || this == CANCELLED;
    }
}
