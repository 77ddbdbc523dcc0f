package io.synergos.federation.training;

/**
 * Local training settings of a run. {@code mu > 0} adds FedProx's proximal term
 * {@code mu/2 * ||w - w_global||^2} to the local objective; {@code mu = 0} is plain FedAvg.
 */
public record TrainingConfig(int localEpochs, int batchSize, double learningRate, double lambda, double mu,
                             long seed) {

    public TrainingConfig {
        if (localEpochs < 1) {
            throw new IllegalArgumentException("local epochs must be at least 1, not " + localEpochs);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, not " + batchSize);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning rate must be positive, not " + learningRate);
        }
        if (!(lambda >= 0) || !(mu >= 0)) {
            throw new IllegalArgumentException("lambda and mu must not be negative (" + lambda + ", " + mu + ")");
        }
    }
}
