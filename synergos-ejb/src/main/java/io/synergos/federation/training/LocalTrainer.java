package io.synergos.federation.training;

import io.synergos.federation.aggregation.ModelUpdate;
import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.model.DenseKernel;
import io.synergos.federation.model.DenseNetwork;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Worker's part of a round: starting from the global parameters, {@code localEpochs} passes of minibatch
 * gradient descent over its own rows, shuffled by a generator seeded from the run seed, the round and the
 * Worker, so that a run is reproducible. Small models train in {@link DenseKernel}'s loops, with no copy of a
 * minibatch and no allocation per step; large ones in ND4J ({@link DenseNetwork}).
 */
public final class LocalTrainer {

    private LocalTrainer() {
    }

    public static ModelUpdate train(DenseNetwork network, double[] global, AlignedData data, TrainingConfig config,
                                    int round, long workerSalt) {
        return train(network, global, data, config, round, workerSalt, loops(network, config, data.rows()));
    }

    /**
     * The size of a local round's work in parameter-rows: parameters × rows × (epochs + 1), the gradients of every
     * epoch and the loss at the end; {@link Long#MAX_VALUE} when the round takes ND4J, whose cost per operation does
     * not scale with it.
     */
    public static long work(DenseNetwork network, TrainingConfig config, int rows) {
        if (!loops(network, config, rows)) {
            return Long.MAX_VALUE;
        }
        return Math.multiplyExact(Math.multiplyExact((long) network.spec().parameterCount(), rows),
                config.localEpochs() + 1L);
    }

    /** Whether training this network on {@code rows} rows takes {@link DenseKernel}'s loops (else ND4J). */
    static boolean loops(DenseNetwork network, TrainingConfig config, int rows) {
        return DenseKernel.suits(network.spec(), Math.min(config.batchSize(), rows));
    }

    /** As above, on the path named: {@link DenseKernel}'s loops or ND4J (the benchmark compares them). */
    static ModelUpdate train(DenseNetwork network, double[] global, AlignedData data, TrainingConfig config,
                             int round, long workerSalt, boolean loops) {
        double[] params = global.clone();
        int n = data.rows();
        if (n == 0) {
            return new ModelUpdate(params, 0, 0);
        }
        Random random = new Random(config.seed() * 1_000_003L + round * 7919L + workerSalt);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        boolean fullBatch = config.batchSize() >= n;
        DenseKernel kernel = loops ? new DenseKernel(network.spec()) : null;
        double[] gradient = kernel == null ? null : new double[params.length];
        for (int epoch = 0; epoch < config.localEpochs(); epoch++) {
            if (!fullBatch) {
                shuffle(order, random);
            }
            for (int start = 0; start < n; start += config.batchSize()) {
                int end = Math.min(n, start + config.batchSize());
                if (kernel != null) {
                    kernel.gradient(params, data.featureRows(), data.y(), fullBatch ? null : order, start, end,
                            config.lambda(), gradient);
                } else {
                    INDArray x = fullBatch ? data.features() : rows(data.features(), order, start, end);
                    INDArray y = fullBatch ? data.labels() : rows(data.labels(), order, start, end);
                    gradient = network.lossAndGradient(params, x, y, config.lambda()).gradient();
                }
                step(params, gradient, global, config);
            }
        }
        double loss = kernel != null ? kernel.loss(params, data.featureRows(), data.y(), n, config.lambda())
                : network.loss(params, data.features(), data.labels(), config.lambda());
        return new ModelUpdate(params, n, loss);
    }

    /** One step of gradient descent, with FedProx's proximal term when {@code mu > 0}. */
    private static void step(double[] params, double[] gradient, double[] global, TrainingConfig config) {
        double rate = config.learningRate();
        double mu = config.mu();
        if (mu == 0) {
            for (int i = 0; i < params.length; i++) {
                params[i] -= rate * gradient[i];
            }
        } else {
            for (int i = 0; i < params.length; i++) {
                params[i] -= rate * (gradient[i] + mu * (params[i] - global[i]));
            }
        }
    }

    private static INDArray rows(INDArray matrix, int[] order, int start, int end) {
        int[] indexes = new int[end - start];
        System.arraycopy(order, start, indexes, 0, indexes.length);
        return Nd4j.pullRows(matrix, 1, indexes);
    }

    private static void shuffle(int[] order, Random random) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }
}
