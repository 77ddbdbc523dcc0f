package io.synergos.federation.aggregation;

import java.util.List;

/**
 * Federated averaging: the new global parameters are the Workers' parameters weighted by their sample
 * counts. FedProx aggregates the same way; it differs only in the Workers' local objective. This is a
 * memory-bound weighted sum, so it runs as plain loops over the arrays that arrive from the wire.
 * Weighted means of zero-sample Workers contribute nothing.
 */
public final class FedAvg {

    private FedAvg() {
    }

    public static Aggregate aggregate(List<ModelUpdate> updates) {
        if (updates.isEmpty()) {
            throw new IllegalArgumentException("no Worker trained on any sample this round");
        }
        Accumulator sum = new Accumulator(updates.get(0).parameters().length);
        updates.forEach(u -> sum.add(u.parameters(), u.samples(), u.loss()));
        return sum.aggregate();
    }

    /**
     * Sums the Workers' parameters weighted by sample count as their updates arrive, so that the TTP holds
     * one accumulator per round rather than every Worker's copy of the model.
     */
    public static final class Accumulator {
        private final double[] weightedSum;
        private long samples;
        private double weightedLoss;

        public Accumulator(int size) {
            this.weightedSum = new double[size];
        }

        public void add(double[] parameters, long samples, double loss) {
            check(parameters.length, samples);
            for (int i = 0; i < parameters.length; i++) {
                weightedSum[i] += samples * parameters[i];
            }
            count(samples, loss);
        }

        /** The same from float32 parameters as they arrive from the wire, without widening a copy first. */
        public void add(float[] parameters, long samples, double loss) {
            check(parameters.length, samples);
            for (int i = 0; i < parameters.length; i++) {
                weightedSum[i] += samples * (double) parameters[i];
            }
            count(samples, loss);
        }

        public Aggregate aggregate() {
            if (samples <= 0) {
                throw new IllegalArgumentException("no Worker trained on any sample this round");
            }
            double[] global = new double[weightedSum.length];
            for (int i = 0; i < global.length; i++) {
                global[i] = weightedSum[i] / samples;
            }
            return new Aggregate(global, samples, weightedLoss / samples);
        }

        private void check(int length, long count) {
            if (length != weightedSum.length) {
                throw new IllegalArgumentException("updates disagree on the parameter count: " + weightedSum.length
                        + " and " + length);
            }
            if (count < 0) {
                throw new IllegalArgumentException("a negative sample count: " + count);
            }
        }

        private void count(long count, double loss) {
            samples += count;
            weightedLoss += count * loss;
        }
    }

    /** The aggregated parameters, the total sample count and the sample-weighted mean of the local losses. */
    public record Aggregate(double[] parameters, long samples, double loss) {
    }
}
