package io.synergos.federation.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.synergos.federation.alignment.Task;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.federation.model.ModelSpec;
import org.junit.jupiter.api.Test;

/** The size of a local round as the Worker's grid endpoint weighs it (where the round is computed). */
class LocalWorkTest {

    @Test
    void aRoundOnTheLoopsWeighsParametersTimesRowsTimesEpochsAndTheLoss() {
        DenseNetwork logistic = new DenseNetwork(new ModelSpec(30, new int[0], 1, Activation.RELU, Task.BINARY));
        assertEquals(31L * 142 * 2, LocalTrainer.work(logistic, new TrainingConfig(1, 1000, 0.5, 0, 0, 1), 142));
        assertEquals(31L * 142 * 4, LocalTrainer.work(logistic, new TrainingConfig(3, 32, 0.05, 0, 0, 1), 142));
        DenseNetwork hidden = new DenseNetwork(new ModelSpec(50, new int[] {64}, 1, Activation.RELU, Task.BINARY));
        assertEquals(3_329L * 1_000_000 * 3,
                LocalTrainer.work(hidden, new TrainingConfig(2, 32, 0.05, 0, 0, 1), 1_000_000));
    }

    @Test
    void aRoundOnNd4jHasNoSizeToWeigh() {
        DenseNetwork large = new DenseNetwork(new ModelSpec(500, new int[] {1024, 512}, 1, Activation.RELU,
                Task.BINARY));
        assertEquals(Long.MAX_VALUE, LocalTrainer.work(large, new TrainingConfig(1, 128, 0.01, 0, 0, 1), 10_000));
    }
}
