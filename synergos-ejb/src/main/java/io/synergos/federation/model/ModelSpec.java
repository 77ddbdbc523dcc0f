package io.synergos.federation.model;

import io.synergos.federation.alignment.Task;
import java.util.Arrays;

/**
 * The architecture of a model: layer widths from input to output, the hidden activation and the task, which
 * fixes the output (sigmoid and log loss, softmax and cross-entropy, identity and squared error).
 * Logistic and linear regression are the networks without hidden layers.
 */
public record ModelSpec(int inputs, int[] hidden, int outputs, Activation activation, Task task) {

    public ModelSpec {
        if (inputs < 1 || outputs < 1) {
            throw new IllegalArgumentException("a model needs at least one input and one output, not "
                    + inputs + " and " + outputs);
        }
        hidden = hidden.clone();
        for (int width : hidden) {
            if (width < 1) {
                throw new IllegalArgumentException("hidden layer widths must be positive: " + Arrays.toString(hidden));
            }
        }
    }

    public int[] layerWidths() {
        int[] widths = new int[hidden.length + 2];
        widths[0] = inputs;
        System.arraycopy(hidden, 0, widths, 1, hidden.length);
        widths[widths.length - 1] = outputs;
        return widths;
    }

    public int parameterCount() {
        int[] widths = layerWidths();
        int count = 0;
        for (int l = 1; l < widths.length; l++) {
            count += widths[l - 1] * widths[l] + widths[l];
        }
        return count;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModelSpec m && inputs == m.inputs && outputs == m.outputs
                && Arrays.equals(hidden, m.hidden) && activation == m.activation && task == m.task;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(hidden) + inputs + 7 * outputs + activation.hashCode() + task.hashCode();
    }

    @Override
    public String toString() {
        return "ModelSpec" + Arrays.toString(layerWidths()) + " " + activation + " " + task;
    }
}
