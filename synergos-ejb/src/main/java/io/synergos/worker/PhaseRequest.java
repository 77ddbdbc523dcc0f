package io.synergos.worker;

import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.model.ModelSpec;
import io.synergos.federation.training.TrainingConfig;
import java.util.List;

/**
 * What the TTP sends a Worker over REST before it opens the grid for a phase of a run: the per-run secret
 * for the handshake, the datasets to use, the alignment, the model and (for training) the local settings.
 *
 * @param phase      train, evaluate or predict
 * @param workerSalt mixed into the Worker's shuffling seed so that Workers do not shuffle alike
 */
public record PhaseRequest(String phase, String token, List<String> datasets, FeatureAlignment alignment,
                           ModelSpec spec, TrainingConfig training, long workerSalt) {

    public PhaseRequest withToken(String secret) {
        return new PhaseRequest(phase, secret, datasets, alignment, spec, training, workerSalt);
    }
}
