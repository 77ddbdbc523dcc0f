package io.synergos.orchestration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Hyperparameter search spaces, plain Java: an explicit grid (the cartesian product of value lists, in the
 * order given) or random search (a trial budget, each parameter drawn from a value list or a numeric range,
 * optionally log-uniform or integer, reproducible from a seed). A trial is a map from hyperparameter name to
 * value, applied over the search's base hyperparameters.
 */
public final class SearchSpace {

    /** The hyperparameters a search may vary (the fields of a run's hyperparameters). */
    public static final Set<String> PARAMETERS = Set.of("algorithm", "rounds", "localEpochs", "batchSize",
            "learningRate", "lambda", "mu", "seed", "earlyStoppingPatience", "earlyStoppingMinDelta");
    public static final int MAX_TRIALS = 500;

    /** One dimension of a random search: {@code values} to choose from, or a range [min, max]. */
    public record Dimension(List<Object> values, Double min, Double max, boolean log, boolean integer) {
    }

    private SearchSpace() {
    }

    public static List<Map<String, Object>> grid(Map<String, List<Object>> space) {
        if (space == null || space.isEmpty()) {
            throw new IllegalArgumentException("grid must name at least one hyperparameter with a list of values");
        }
        List<Map<String, Object>> trials = new ArrayList<>();
        trials.add(new LinkedHashMap<>());
        long size = 1;
        for (Map.Entry<String, List<Object>> dimension : space.entrySet()) {
            String name = checkedName("grid", dimension.getKey());
            List<Object> values = dimension.getValue();
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("grid." + name + " must list at least one value");
            }
            size *= values.size();
            if (size > MAX_TRIALS) {
                throw new IllegalArgumentException("grid has more than " + MAX_TRIALS + " combinations");
            }
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> trial : trials) {
                for (Object value : values) {
                    Map<String, Object> extended = new LinkedHashMap<>(trial);
                    extended.put(name, value);
                    next.add(extended);
                }
            }
            trials = next;
        }
        return trials;
    }

    public static List<Map<String, Object>> random(Map<String, Dimension> space, int trials, long seed) {
        if (space == null || space.isEmpty()) {
            throw new IllegalArgumentException("random must name at least one hyperparameter with values or a range");
        }
        if (trials < 1 || trials > MAX_TRIALS) {
            throw new IllegalArgumentException("trials must be between 1 and " + MAX_TRIALS + ", not " + trials);
        }
        space.forEach(SearchSpace::check);
        Random random = new Random(seed);
        List<Map<String, Object>> result = new ArrayList<>();
        for (int t = 0; t < trials; t++) {
            Map<String, Object> trial = new LinkedHashMap<>();
            space.forEach((name, d) -> trial.put(name, draw(d, random)));
            result.add(trial);
        }
        return result;
    }

    private static void check(String name, Dimension d) {
        checkedName("random", name);
        String where = "random." + name;
        if (d == null) {
            throw new IllegalArgumentException(where + " must give values or min and max");
        }
        if (d.values() != null) {
            if (d.values().isEmpty()) {
                throw new IllegalArgumentException(where + ".values must list at least one value");
            }
            return;
        }
        if (d.min() == null || d.max() == null || !(d.min() <= d.max())) {
            throw new IllegalArgumentException(where + " needs min <= max (or a values list)");
        }
        if (d.log() && d.min() <= 0) {
            throw new IllegalArgumentException(where + ": a log-uniform range needs min > 0");
        }
    }

    private static Object draw(Dimension d, Random random) {
        if (d.values() != null) {
            return d.values().get(random.nextInt(d.values().size()));
        }
        double u = random.nextDouble();
        double x = d.log() ? Math.exp(Math.log(d.min()) + u * (Math.log(d.max()) - Math.log(d.min())))
                : d.min() + u * (d.max() - d.min());
        return d.integer() ? (Object) Math.round(x) : (Object) x;
    }

    private static String checkedName(String where, String name) {
        if (!PARAMETERS.contains(name)) {
            throw new IllegalArgumentException(where + "." + name + " is not a hyperparameter; use one of "
                    + new TreeSet<>(PARAMETERS));
        }
        return name;
    }
}
