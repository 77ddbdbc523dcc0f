package io.synergos.orchestration;

/**
 * What the job consumer does with a contribution job's stage; the contribution domain implements it (so that
 * orchestration does not depend on it).
 */
public interface ContributionWork {

    /**
     * Runs the claimed stage. Returns true when the job is done (the contribution is recorded), false when it now
     * waits for coalition runs; throws when the attempt failed.
     */
    boolean execute(JobLedger.Claim claim) throws Exception;
}
