package io.synergos.federation.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.synergos.federation.alignment.Task;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Many models measured at once give exactly what each gives alone, whatever the model's shape and task. */
class DenseNetworkTest {

    private static final INDArray X = rows(23, 4, 5);

    @Test
    void predictAllIsPredictForEveryModelOfEveryShape() {
        for (ModelSpec spec : List.of(
                new ModelSpec(4, new int[0], 1, Activation.RELU, Task.BINARY),
                new ModelSpec(4, new int[0], 1, Activation.RELU, Task.REGRESSION),
                new ModelSpec(4, new int[0], 3, Activation.RELU, Task.MULTICLASS),
                new ModelSpec(4, new int[] {6, 3}, 1, Activation.TANH, Task.BINARY),
                new ModelSpec(4, new int[] {5}, 3, Activation.RELU, Task.MULTICLASS))) {
            DenseNetwork network = new DenseNetwork(spec);
            List<double[]> models = new ArrayList<>();
            for (int k = 0; k < 7; k++) {
                models.add(network.initialParameters(k + 1));
            }
            List<double[][]> all = network.predictAll(models, X);
            assertEquals(models.size(), all.size());
            for (int k = 0; k < models.size(); k++) {
                double[][] alone = network.predict(models.get(k), X).toDoubleMatrix();
                assertEquals(alone.length, all.get(k).length, spec + " model " + k);
                for (int r = 0; r < alone.length; r++) {
                    assertArrayEquals(alone[r], all.get(k)[r], 1e-12, spec + " model " + k + " row " + r);
                }
            }
        }
    }

    @Test
    void aModelOfTheWrongSizeIsNamed() {
        DenseNetwork network = new DenseNetwork(new ModelSpec(4, new int[0], 1, Activation.RELU, Task.BINARY));
        var e = assertThrows(IllegalArgumentException.class, () -> network.predictAll(List.of(
                network.initialParameters(1), new double[3]), X));
        assertEquals("model 1: the model " + network.spec() + " has 5 parameters, not 3", e.getMessage());
    }

    private static INDArray rows(int n, int d, long seed) {
        Random random = new Random(seed);
        double[] values = new double[n * d];
        for (int i = 0; i < values.length; i++) {
            values[i] = random.nextGaussian();
        }
        return Nd4j.create(values, new long[] {n, d}, DataType.DOUBLE);
    }

    @Test
    void predictingRowsInLoopsOrInChunksGivesWhatOneMatrixGives() {
        // a logistic regression takes the loops; a network over the loops' limits goes through ND4J in chunks, here
        // across a chunk's end
        for (ModelSpec spec : List.of(new ModelSpec(6, new int[0], 1, Activation.RELU, Task.BINARY),
                new ModelSpec(300, new int[] {900}, 3, Activation.RELU, Task.MULTICLASS))) {
            DenseNetwork network = new DenseNetwork(spec);
            double[] params = network.initialParameters(5);
            int rows = spec.parameterCount() > DenseKernel.MAX_PARAMETERS_SMALL_BATCH ? DenseNetwork.PREDICT_CHUNK + 37 : 53;
            Random random = new Random(9);
            double[] x = new double[rows * spec.inputs()];
            for (int i = 0; i < x.length; i++) {
                x[i] = random.nextGaussian();
            }
            double[][] expected = DenseNetwork.rows(network.predict(params,
                    Nd4j.create(x, new long[] {rows, spec.inputs()}, 'c')));
            double[][] predicted = network.predictRows(params, x, rows);
            assertEquals(rows, predicted.length);
            for (int r = 0; r < rows; r++) {
                assertArrayEquals(expected[r], predicted[r], 1e-9, spec + " row " + r);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> new DenseNetwork(new ModelSpec(6, new int[0], 1,
                Activation.RELU, Task.BINARY)).predictRows(new double[7], new double[11], 2));
    }
}
