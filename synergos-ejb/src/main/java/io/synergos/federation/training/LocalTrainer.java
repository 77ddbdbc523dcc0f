package io.synergos.federation.training;

import io.synergos.federation.aggregation.ModelUpdate;
import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.model.DenseNetwork;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A Worker's part of a round: starting from the global parameters, {@code localEpochs} passes of minibatch
 * gradient descent over its own rows, shuffled by a generator seeded from the run seed, the round and the
 * Worker, so that a run is reproducible.
 */
public final class LocalTrainer {

    private LocalTrainer() {
    }

    public static ModelUpdate train(DenseNetwork network, double[] global, AlignedData data, TrainingConfig config,
                                    int round, long workerSalt) {
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
        for (int epoch = 0; epoch < config.localEpochs(); epoch++) {
            if (!fullBatch) {
                shuffle(order, random);
            }
            for (int start = 0; start < n; start += config.batchSize()) {
                int end = Math.min(n, start + config.batchSize());
                INDArray x = fullBatch ? data.features() : rows(data.features(), order, start, end);
                INDArray y = fullBatch ? data.labels() : rows(data.labels(), order, start, end);
                double[] gradient = network.lossAndGradient(params, x, y, config.lambda()).gradient();
                for (int i = 0; i < params.length; i++) {
                    double prox = config.mu() == 0 ? 0 : config.mu() * (params[i] - global[i]);
                    params[i] -= config.learningRate() * (gradient[i] + prox);
                }
            }
        }
        double loss = network.loss(params, data.features(), data.labels(), config.lambda());
        return new ModelUpdate(params, n, loss);
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
