package io.synergos.federation.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.synergos.federation.alignment.Task;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The loops give ND4J's loss and gradient for every task, activation and depth, on whole data and on shuffled
 * minibatches read through an index, and the gradient matches finite differences of the loss on its own.
 */
class DenseKernelTest {

    private static final int N = 29;
    private static final int D = 6;

    @Test
    void gradientAndLossAreDenseNetworksForEveryTaskActivationAndDepth() {
        for (Task task : Task.values()) {
            int outputs = task == Task.MULTICLASS ? 3 : 1;
            for (Activation activation : Activation.values()) {
                for (int[] hidden : List.of(new int[0], new int[] {5}, new int[] {7, 4})) {
                    ModelSpec spec = new ModelSpec(D, hidden, outputs, activation, task);
                    DenseNetwork network = new DenseNetwork(spec);
                    DenseKernel kernel = new DenseKernel(spec);
                    double[] x = features(N, 3);
                    double[] y = labels(task, outputs, x);
                    double[] params = jittered(network.initialParameters(4));
                    int[] order = shuffled(N, 5);
                    for (int[] batch : List.of(new int[] {0, N}, new int[] {3, 11}, new int[] {20, 21})) {
                        int[] rows = java.util.Arrays.copyOfRange(order, batch[0], batch[1]);
                        INDArray xs = Nd4j.pullRows(matrix(x, N, D), 1, rows);
                        INDArray ys = Nd4j.pullRows(matrix(y, N, outputs), 1, rows);
                        double[] expected = network.lossAndGradient(params, xs, ys, 0.03).gradient();
                        double[] gradient = new double[params.length];
                        kernel.gradient(params, x, y, order, batch[0], batch[1], 0.03, gradient);
                        assertArrayEquals(expected, gradient, 1e-12, spec + " rows " + batch[0] + ".." + batch[1]);
                    }
                    assertEquals(network.loss(params, matrix(x, N, D), matrix(y, N, outputs), 0.03),
                            kernel.loss(params, x, y, N, 0.03), 1e-12, spec.toString());
                    double[] inOrder = new double[params.length];
                    kernel.gradient(params, x, y, null, 0, N, 0.03, inOrder);
                    assertArrayEquals(network.lossAndGradient(params, matrix(x, N, D), matrix(y, N, outputs), 0.03)
                            .gradient(), inOrder, 1e-12, spec + " in order");
                    double[] predicted = network.predict(params, matrix(x, N, D)).getRow(7).toDoubleVector();
                    assertArrayEquals(predicted, kernel.predictRow(params, x, 7 * D), 1e-12, spec + " row 7");
                }
            }
        }
    }

    @Test
    void gradientMatchesFiniteDifferencesOfTheLoss() {
        ModelSpec spec = new ModelSpec(D, new int[] {5, 3}, 3, Activation.TANH, Task.MULTICLASS);
        DenseKernel kernel = new DenseKernel(spec);
        double[] x = features(N, 8);
        double[] y = labels(Task.MULTICLASS, 3, x);
        double[] params = jittered(new DenseNetwork(spec).initialParameters(9));
        double[] gradient = new double[params.length];
        kernel.gradient(params, x, y, null, 0, N, 0.05, gradient);
        for (int i = 0; i < params.length; i++) {
            double[] plus = params.clone();
            double[] minus = params.clone();
            plus[i] += 1e-6;
            minus[i] -= 1e-6;
            double numeric = (kernel.loss(plus, x, y, N, 0.05) - kernel.loss(minus, x, y, N, 0.05)) / 2e-6;
            assertEquals(numeric, gradient[i], 1e-6, "parameter " + i);
        }
    }

    @Test
    void aParameterVectorOfTheWrongSizeIsRefused() {
        DenseKernel kernel = new DenseKernel(new ModelSpec(D, new int[0], 1, Activation.RELU, Task.BINARY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> kernel.loss(new double[3], new double[D], new double[1], 1, 0));
        assertEquals("the model ModelSpec[6, 1] RELU BINARY has 7 parameters, not 3", e.getMessage());
    }

    @Test
    void smallModelsTakeTheLoopsAndLargeOnesNd4j() {
        ModelSpec small = new ModelSpec(50, new int[0], 1, Activation.RELU, Task.BINARY);
        ModelSpec medium = new ModelSpec(200, new int[] {512, 256}, 1, Activation.RELU, Task.BINARY);
        ModelSpec large = new ModelSpec(500, new int[] {1024, 512}, 1, Activation.RELU, Task.BINARY);
        assertEquals(true, DenseKernel.suits(small, 100_000));
        assertEquals(true, DenseKernel.suits(medium, 32));
        assertEquals(false, DenseKernel.suits(medium, 256));
        assertEquals(false, DenseKernel.suits(large, 32));
    }

    private static double[] features(int n, long seed) {
        Random random = new Random(seed);
        double[] x = new double[n * D];
        for (int i = 0; i < x.length; i++) {
            // every third value a one-hot zero, as aligned data has them
            x[i] = i % 3 == 0 ? 0 : random.nextGaussian();
        }
        return x;
    }

    private static double[] labels(Task task, int outputs, double[] x) {
        double[] y = new double[N * outputs];
        for (int r = 0; r < N; r++) {
            double s = x[r * D + 1] - 0.7 * x[r * D + 2];
            switch (task) {
                case BINARY -> y[r] = s > 0 ? 1 : 0;
                case MULTICLASS -> y[r * outputs + (s > 0.5 ? 0 : s > -0.5 ? 1 : 2)] = 1;
                case REGRESSION -> y[r] = s + 0.1 * Math.sin(r);
            }
        }
        return y;
    }

    private static double[] jittered(double[] params) {
        Random random = new Random(17);
        for (int i = 0; i < params.length; i++) {
            params[i] += 0.1 * random.nextGaussian(); // biases off zero, ReLU units off their kink
        }
        return params;
    }

    private static int[] shuffled(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random random = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    private static INDArray matrix(double[] values, int rows, int columns) {
        return Nd4j.create(values.clone(), new long[] {rows, columns}, 'c');
    }
}
