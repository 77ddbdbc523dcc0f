package io.synergos.federation.aggregation;

import java.util.List;

/**
 * Federated averaging: the new global parameters are the Workers' parameters weighted by their sample
 * counts. FedProx aggregates the same way; it differs only in the Workers' local objective. This is a
 * memory-bound weighted sum, so it runs as plain loops over the arrays that arrive from the wire.
 */
public final class FedAvg {

    private FedAvg() {
    }

    public static Aggregate aggregate(List<ModelUpdate> updates) {
        long total = updates.stream().mapToLong(ModelUpdate::samples).sum();
        if (total <= 0) {
            throw new IllegalArgumentException("no Worker trained on any sample this round");
        }
        int size = updates.get(0).parameters().length;
        double[] global = new double[size];
        double loss = 0;
        for (ModelUpdate update : updates) {
            if (update.parameters().length != size) {
                throw new IllegalArgumentException("updates disagree on the parameter count: " + size + " and "
                        + update.parameters().length);
            }
            double weight = (double) update.samples() / total;
            double[] p = update.parameters();
            for (int i = 0; i < size; i++) {
                global[i] += weight * p[i];
            }
            loss += weight * update.loss();
        }
        return new Aggregate(global, total, loss);
    }

    /** The aggregated parameters, the total sample count and the sample-weighted mean of the local losses. */
    public record Aggregate(double[] parameters, long samples, double loss) {
    }
}
