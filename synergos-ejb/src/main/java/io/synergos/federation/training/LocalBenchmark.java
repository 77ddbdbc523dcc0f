package io.synergos.federation.training;

import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.alignment.Task;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.federation.model.ModelSpec;
import java.util.Random;

/**
 * Times a Worker's local step on one thread: {@link LocalTrainer} over synthetic binary data (Gaussian features, a
 * noisy linear rule), for a model with the given inputs and hidden layers, on the loops or on ND4J. Each timed call
 * is one round's work at a Worker: {@code epochs} passes of minibatch descent, then the loss over its rows.
 */
public final class LocalBenchmark {

    /**
     * @param samplesPerSecond training samples (rows x epochs) per second of wall time, the loss pass included
     * @param microsPerMinibatch wall time per minibatch step, the loss pass included
     * @param calls timed local steps
     */
    public record Result(String path, int inputs, int[] hidden, int parameters, int rows, int batch, int epochs,
                         long calls, double seconds, double samplesPerSecond, double microsPerMinibatch) {
    }

    private LocalBenchmark() {
    }

    /**
     * Warms up for a second (the JIT compiles the path), then times local steps for {@code seconds}, on the loops
     * ({@code loops} true), on ND4J (false), or on the path training takes for this model (null).
     */
    public static Result run(int inputs, int[] hidden, int rows, int batch, int epochs, Boolean loops,
                             double seconds) {
        if (inputs < 1 || rows < 1 || batch < 1 || epochs < 1 || !(seconds > 0) || seconds > 60) {
            throw new IllegalArgumentException(
                    "need inputs, rows, batch and epochs of at least 1 and 0 < seconds <= 60");
        }
        ModelSpec spec = new ModelSpec(inputs, hidden, 1, Activation.RELU, Task.BINARY);
        DenseNetwork network = new DenseNetwork(spec);
        AlignedData data = data(rows, inputs);
        TrainingConfig config = new TrainingConfig(epochs, batch, 0.05, 0.001, 0, 1);
        boolean path = loops != null ? loops : LocalTrainer.loops(network, config, rows);
        double[] global = network.initialParameters(1);
        long warmEnd = System.nanoTime() + 1_000_000_000L;
        int round = 0;
        while (System.nanoTime() < warmEnd) {
            global = LocalTrainer.train(network, global, data, config, round++, 0, path).parameters();
        }
        long calls = 0;
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        long now;
        do {
            global = LocalTrainer.train(network, global, data, config, round++, 0, path).parameters();
            calls++;
            now = System.nanoTime();
        } while (now < end);
        double elapsed = (now - start) / 1e9;
        long minibatches = calls * epochs * ((rows + batch - 1) / batch);
        return new Result(path ? "loops" : "nd4j", inputs, hidden.clone(), spec.parameterCount(), rows,
                Math.min(batch, rows), epochs, calls, elapsed, calls * (double) rows * epochs / elapsed,
                elapsed * 1e6 / minibatches);
    }

    private static AlignedData data(int rows, int inputs) {
        Random random = new Random(42);
        double[] x = new double[rows * inputs];
        double[] y = new double[rows];
        int[] classes = new int[rows];
        for (int r = 0; r < rows; r++) {
            double score = 0;
            for (int i = 0; i < inputs; i++) {
                double v = random.nextGaussian();
                x[r * inputs + i] = v;
                score += (i % 2 == 0 ? 1 : -0.5) * v;
            }
            classes[r] = score + random.nextGaussian() > 0 ? 1 : 0;
            y[r] = classes[r];
        }
        return AlignedData.of(x, y, classes, inputs, 1);
    }
}
