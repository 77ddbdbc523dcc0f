package io.synergos.persistence.orchestration;

/**
 * A job's life on the orchestration queue. QUEUED (again after a failed attempt, until its attempts run out),
 * RUNNING at one TTP, WAITING (a contribution job, while its coalition runs' jobs run), then SUCCEEDED,
 * CANCELLED, DEAD_LETTERED (every attempt failed; its message went to the dead-letter queue with the error) or
 * INTERRUPTED (its TTP went down while it ran).
 */
public enum JobStatus {
    QUEUED, RUNNING, WAITING, SUCCEEDED, CANCELLED, DEAD_LETTERED, INTERRUPTED;

    public boolean isFinal() {
        return this == SUCCEEDED || this == CANCELLED || this == DEAD_LETTERED || this == INTERRUPTED;
    }
}
