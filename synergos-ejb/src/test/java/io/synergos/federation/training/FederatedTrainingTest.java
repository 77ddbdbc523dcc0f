package io.synergos.federation.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.aggregation.FedAvg;
import io.synergos.federation.aggregation.ModelUpdate;
import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.alignment.Task;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.federation.model.ModelSpec;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class FederatedTrainingTest {

    private static final int N = 60;
    private static final int D = 3;

    @Test
    void fedAvgWithOneWorkerFullBatchOneEpochIsCentralisedGradientDescent() {
        double[][] x = features(N, 1);
        double[] y = labels(x);
        DenseNetwork network = new DenseNetwork(new ModelSpec(D, new int[0], 1, Activation.RELU, Task.BINARY));
        TrainingConfig config = new TrainingConfig(1, N, 0.5, 0.01, 0, 7);
        AlignedData data = data(x, y);

        double[] global = network.initialParameters(7);
        double[] centralised = global.clone();
        for (int round = 0; round < 20; round++) {
            ModelUpdate update = LocalTrainer.train(network, global, data, config, round, 0);
            global = FedAvg.aggregate(List.of(update)).parameters();
            centralised = gradientStep(centralised, x, y, 0.5, 0.01);
        }
        assertArrayEquals(centralised, global, 1e-6);
        assertTrue(Math.abs(global[0]) > 0.1, "training moved the weights");
    }

    @Test
    void fedProxWithMuZeroEqualsFedAvgAndPositiveMuStaysCloserToTheGlobalModel() {
        double[][] x = features(N, 2);
        double[] y = labels(x);
        AlignedData data = data(x, y);
        DenseNetwork network = new DenseNetwork(new ModelSpec(D, new int[] {4}, 1, Activation.TANH, Task.BINARY));
        double[] global = network.initialParameters(3);

        ModelUpdate fedAvg = LocalTrainer.train(network, global, data, new TrainingConfig(3, 8, 0.3, 0, 0, 5), 2, 11);
        ModelUpdate fedProx0 = LocalTrainer.train(network, global, data,
                new TrainingConfig(3, 8, 0.3, 0, 0.0, 5), 2, 11);
        ModelUpdate fedProx = LocalTrainer.train(network, global, data, new TrainingConfig(3, 8, 0.3, 0, 5.0, 5), 2, 11);

        assertArrayEquals(fedAvg.parameters(), fedProx0.parameters(), 0);
        assertTrue(distance(fedProx.parameters(), global) < distance(fedAvg.parameters(), global));
    }

    @Test
    void fedAvgWeightsBySamples() {
        FedAvg.Aggregate aggregate = FedAvg.aggregate(List.of(
                new ModelUpdate(new double[] {1, 10}, 1, 1.0),
                new ModelUpdate(new double[] {4, 40}, 3, 2.0)));
        assertArrayEquals(new double[] {3.25, 32.5}, aggregate.parameters(), 1e-12);
        assertEquals(1.75, aggregate.loss(), 1e-12);
        assertEquals(4, aggregate.samples());
        assertThrows(IllegalArgumentException.class, () -> FedAvg.aggregate(List.of(
                new ModelUpdate(new double[] {1}, 1, 0), new ModelUpdate(new double[] {1, 2}, 1, 0))));
    }

    @Test
    void sameSeedSameRun() {
        double[][] x = features(N, 4);
        AlignedData data = data(x, labels(x));
        DenseNetwork network = new DenseNetwork(new ModelSpec(D, new int[] {5}, 1, Activation.RELU, Task.BINARY));
        TrainingConfig config = new TrainingConfig(2, 7, 0.1, 0.001, 0, 99);
        ModelUpdate a = LocalTrainer.train(network, network.initialParameters(99), data, config, 3, 1);
        ModelUpdate b = LocalTrainer.train(network, network.initialParameters(99), data, config, 3, 1);
        assertArrayEquals(a.parameters(), b.parameters(), 0);
    }

    @Test
    void analyticGradientMatchesFiniteDifferencesForEveryTask() {
        for (Task task : Task.values()) {
            int outputs = task == Task.MULTICLASS ? 3 : 1;
            double[][] x = features(12, 5);
            double[][] y = new double[12][outputs];
            for (int i = 0; i < 12; i++) {
                if (task == Task.MULTICLASS) {
                    y[i][i % 3] = 1;
                } else {
                    y[i][0] = task == Task.BINARY ? i % 2 : x[i][0] * 2 - x[i][1];
                }
            }
            for (Activation activation : Activation.values()) {
                DenseNetwork network = new DenseNetwork(new ModelSpec(D, new int[] {4, 3}, outputs, activation, task));
                double[] params = network.initialParameters(1);
                Random jitter = new Random(2);
                for (int i = 0; i < params.length; i++) {
                    params[i] += 0.1 * jitter.nextGaussian(); // keeps ReLU units off their kink at z = 0
                }
                var xs = Nd4j.createFromArray(x);
                var ys = Nd4j.createFromArray(y);
                double[] gradient = network.lossAndGradient(params, xs, ys, 0.05).gradient();
                for (int i = 0; i < params.length; i += 3) {
                    double[] plus = params.clone();
                    double[] minus = params.clone();
                    plus[i] += 1e-6;
                    minus[i] -= 1e-6;
                    double numeric = (network.loss(plus, xs, ys, 0.05) - network.loss(minus, xs, ys, 0.05)) / 2e-6;
                    assertEquals(numeric, gradient[i], 1e-5, task + " " + activation + " parameter " + i);
                }
            }
        }
    }

    /** Plain logistic regression gradient descent, written independently of DenseNetwork. */
    private static double[] gradientStep(double[] params, double[][] x, double[] y, double lr, double lambda) {
        double[] gradient = new double[params.length];
        for (int i = 0; i < x.length; i++) {
            double z = params[D];
            for (int j = 0; j < D; j++) {
                z += params[j] * x[i][j];
            }
            double error = 1 / (1 + Math.exp(-z)) - y[i];
            for (int j = 0; j < D; j++) {
                gradient[j] += error * x[i][j] / x.length;
            }
            gradient[D] += error / x.length;
        }
        double[] next = params.clone();
        for (int j = 0; j <= D; j++) {
            double penalty = j < D ? lambda * params[j] : 0;
            next[j] -= lr * (gradient[j] + penalty);
        }
        return next;
    }

    private static double[][] features(int n, long seed) {
        Random random = new Random(seed);
        double[][] x = new double[n][D];
        for (double[] row : x) {
            for (int j = 0; j < D; j++) {
                row[j] = random.nextGaussian();
            }
        }
        return x;
    }

    private static double[] labels(double[][] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i][0] - 0.5 * x[i][1] + 0.3 * Math.sin(7 * i) > 0 ? 1 : 0;
        }
        return y;
    }

    private static AlignedData data(double[][] x, double[] y) {
        double[][] labels = new double[y.length][1];
        int[] classes = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            labels[i][0] = y[i];
            classes[i] = (int) y[i];
        }
        return new AlignedData(Nd4j.createFromArray(x), Nd4j.createFromArray(labels), classes, y.length);
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(sum);
    }
}
