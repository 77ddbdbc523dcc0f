package io.synergos.federation.contribution;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coalitions a method has evaluated, each with what every validator measured of that coalition's model
 * (the {@link ContributionMetric#parts parts} of its {@link MetricSums} that the metric needs). Coalitions are bit
 * masks over the participants (bit {@code i} is participant {@code i}); the empty mask is the starting model. Kept
 * per validator, so that the utility can be computed again over another set of validators (e.g. without a
 * suspected free rider's own evaluate data) without evaluating anything again.
 */
public final class UtilityTable {

    private final List<String> validators;
    private final ContributionMetric metric;
    private final Map<Integer, double[][]> entries = new HashMap<>();
    private MetricSums shape;

    public UtilityTable(List<String> validators, ContributionMetric metric) {
        if (validators.isEmpty()) {
            throw new IllegalArgumentException("a utility needs at least one validator");
        }
        this.validators = List.copyOf(validators);
        this.metric = metric;
    }

    public List<String> validators() {
        return validators;
    }

    public ContributionMetric metric() {
        return metric;
    }

    public void put(int coalition, MetricSums[] perValidator) {
        if (perValidator.length != validators.size()) {
            throw new IllegalArgumentException("coalition " + coalition + " has " + perValidator.length
                    + " validators' sums; the table has " + validators.size() + " validators");
        }
        double[][] parts = new double[perValidator.length][];
        for (int v = 0; v < parts.length; v++) {
            if (!metric.fits(perValidator[v].task())) {
                throw new IllegalArgumentException("the metric " + metric + " does not fit a "
                        + perValidator[v].task().name().toLowerCase() + " task");
            }
            parts[v] = metric.parts(perValidator[v]);
        }
        shape = perValidator[0];
        entries.put(coalition, parts);
    }

    public boolean has(int coalition) {
        return entries.containsKey(coalition);
    }

    public Set<Integer> coalitions() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    public int size() {
        return entries.size();
    }

    /** v(S): the metric over the pooled data of the validators in {@code use} (indexes into {@link #validators}). */
    public double value(int coalition, Set<Integer> use) {
        double[][] parts = entries.get(coalition);
        if (parts == null) {
            throw new IllegalStateException("coalition " + Integer.toBinaryString(coalition) + " was not evaluated");
        }
        double[] pooled = null;
        for (int v = 0; v < parts.length; v++) {
            if (use.contains(v)) {
                if (pooled == null) {
                    pooled = parts[v].clone();
                } else {
                    for (int i = 0; i < pooled.length; i++) {
                        pooled[i] += parts[v][i];
                    }
                }
            }
        }
        if (pooled == null) {
            throw new IllegalArgumentException("no validator selected");
        }
        return metric.value(pooled, shape);
    }

    /** v(S) over every validator. */
    public double value(int coalition) {
        return value(coalition, all());
    }

    /** The indexes of every validator. */
    public Set<Integer> all() {
        return java.util.stream.IntStream.range(0, validators.size()).boxed().collect(java.util.stream.Collectors.toSet());
    }
}
