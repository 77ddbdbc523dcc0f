package io.synergos.worker;

import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.model.ModelSpec;
import io.synergos.federation.training.TrainingConfig;
import java.util.List;

/**
 * What the TTP sends a Worker over REST before it opens the grid for a phase of a run: the per-run secret
 * for the handshake, the datasets to use, the alignment, the model and (for training) the local settings.
 *
 * @param phase      train, evaluate, predict, validate (only measure candidate models for contribution), or
 *                   {@value #BENCH} (a transport benchmark: the Worker echoes each frame, no data)
 * @param datasets   the phase's datasets (for validate: the evaluate-tagged ones)
 * @param workerSalt mixed into the Worker's shuffling seed so that Workers do not shuffle alike
 * @param validation for a train phase that values contributions as it goes: this validator's evaluate-tagged
 *                   datasets, on which it measures candidate models; empty otherwise
 */
public record PhaseRequest(String phase, String token, List<String> datasets, FeatureAlignment alignment,
                           ModelSpec spec, TrainingConfig training, long workerSalt, List<String> validation) {

    /** The phase of {@code bench rounds} and {@code bench scale}: a grid of echoing Workers, timed by the TTP. */
    public static final String BENCH = "bench";

    /** A transport benchmark's request: only the model's size matters. */
    public static PhaseRequest benchmark(ModelSpec spec) {
        return new PhaseRequest(BENCH, null, List.of(), null, spec, null, 0, List.of());
    }

    /** Whether this is a transport benchmark, whose Worker echoes each frame instead of computing (not named as a
     * getter, so that JSON binding does not take it for a property of the request). */
    public boolean benchmarking() {
        return BENCH.equals(phase);
    }

    public PhaseRequest withToken(String secret) {
        return new PhaseRequest(phase, secret, datasets, alignment, spec, training, workerSalt, validation);
    }

    /** The datasets candidate models are measured on: the validation ones, or a validate phase's own. */
    public List<String> validationDatasets() {
        if (phase.equals("validate")) {
            return datasets;
        }
        return validation == null ? List.of() : validation;
    }
}
