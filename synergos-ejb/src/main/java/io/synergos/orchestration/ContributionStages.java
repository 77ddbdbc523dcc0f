package io.synergos.orchestration;

/**
 * The stages of a contribution job. PREPARE queues the coalition runs that exact and leave-one-out retrain (each
 * a job of its own, run in parallel by the TTPs' consumers) and the job WAITS for them; VALUATE measures every
 * model on the validators and computes the values (in-training on a finished run starts here).
 */
public final class ContributionStages {

    public static final String PREPARE = "PREPARE";
    public static final String VALUATE = "VALUATE";

    private ContributionStages() {
    }
}
