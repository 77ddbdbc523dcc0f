package io.synergos.federation.alignment;

import io.synergos.federation.data.ColumnType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes the {@link FeatureAlignment} from the Workers' headers: the union of one-hot columns and numeric
 * columns in canonical order, global standardisation statistics combined from each Worker's count, sum and
 * sum of squares, and the label vocabulary.
 */
public final class AlignmentPlanner {

    private AlignmentPlanner() {
    }

    /**
     * @param byWorker each Worker's headers of the datasets it contributes, by Worker name; Workers are read in
     *                 name order, so the plan and its messages do not depend on the map's order
     */
    public static FeatureAlignment plan(Map<String, List<DatasetHeader>> byWorker) {
        Map<String, List<DatasetHeader>> headersByWorker = new TreeMap<>(byWorker);
        if (headersByWorker.isEmpty() || headersByWorker.values().stream().allMatch(List::isEmpty)) {
            throw new AlignmentException("no Worker contributes a dataset");
        }
        String label = commonLabel(headersByWorker);
        Map<String, Totals> columns = new TreeMap<>();
        Totals labelTotals = new Totals(label);
        Map<String, Set<String>> labelValuesByWorker = new LinkedHashMap<>();
        headersByWorker.forEach((worker, headers) -> {
            for (DatasetHeader header : headers) {
                String where = "Worker " + worker + ", dataset " + header.dataset();
                for (ColumnSummary column : header.columns()) {
                    if (column.name().equals(label)) {
                        labelTotals.add(column, where);
                        labelValuesByWorker.computeIfAbsent(worker, w -> new TreeSet<>()).addAll(column.categories());
                    } else {
                        columns.computeIfAbsent(column.name(), Totals::new).add(column, where);
                    }
                }
            }
        });
        List<AlignedFeature> features = new ArrayList<>();
        for (Totals column : columns.values()) {
            if (column.type == ColumnType.NUMERIC) {
                features.add(new AlignedFeature(column.name, null, column.mean(), column.std()));
            } else {
                column.categories.forEach(value -> features.add(new AlignedFeature(column.name, value, 0, 1)));
            }
        }
        if (labelTotals.type == ColumnType.NUMERIC) {
            return new FeatureAlignment(Task.REGRESSION, label, List.of(), labelTotals.mean(), labelTotals.std(),
                    features);
        }
        List<String> classes = List.copyOf(labelTotals.categories);
        if (classes.size() < 2) {
            throw new AlignmentException("the label '" + label + "' has only the value(s) " + classes
                    + " across all Workers; classification needs at least two");
        }
        checkSharedLabels(labelValuesByWorker);
        return new FeatureAlignment(classes.size() == 2 ? Task.BINARY : Task.MULTICLASS, label, classes, 0, 1,
                features);
    }

    private static String commonLabel(Map<String, List<DatasetHeader>> headersByWorker) {
        Map<String, Integer> votes = new HashMap<>();
        headersByWorker.values().forEach(hs -> hs.forEach(h -> votes.merge(String.valueOf(h.label()), 1, Integer::sum)));
        String label = votes.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
        List<String> problems = new ArrayList<>();
        headersByWorker.forEach((worker, headers) -> headers.stream().filter(h -> h.column(label) == null)
                .forEach(h -> problems.add("Worker " + worker + ", dataset " + h.dataset() + " has no label column '"
                        + label + "' (its columns: " + h.columns().stream().map(ColumnSummary::name).toList() + ")")));
        if (!problems.isEmpty()) {
            throw new AlignmentException(String.join("; ", problems));
        }
        return label;
    }

    private static void checkSharedLabels(Map<String, Set<String>> labelValuesByWorker) {
        if (labelValuesByWorker.size() < 2) {
            return;
        }
        for (Map.Entry<String, Set<String>> worker : labelValuesByWorker.entrySet()) {
            Set<String> others = new HashSet<>();
            labelValuesByWorker.forEach((name, values) -> {
                if (!name.equals(worker.getKey())) {
                    others.addAll(values);
                }
            });
            if (worker.getValue().stream().noneMatch(others::contains)) {
                throw new AlignmentException("Workers share no label value: Worker " + worker.getKey() + " has "
                        + worker.getValue() + ", the others have " + new TreeSet<>(others));
            }
        }
    }

    /** Running totals of one column over all Workers. */
    private static final class Totals {
        final String name;
        ColumnType type;
        String firstWhere;
        long present;
        double sum;
        double sumOfSquares;
        final TreeSet<String> categories = new TreeSet<>();

        Totals(String name) {
            this.name = name;
        }

        void add(ColumnSummary column, String where) {
            if (type == null) {
                type = column.type();
                firstWhere = where;
            } else if (type != column.type()) {
                throw new AlignmentException("column '" + name + "' is " + type.name().toLowerCase() + " at "
                        + firstWhere + " but " + column.type().name().toLowerCase() + " at " + where);
            }
            present += column.present();
            sum += column.sum();
            sumOfSquares += column.sumOfSquares();
            categories.addAll(column.categories());
        }

        double mean() {
            return present == 0 ? 0 : sum / present;
        }

        double std() {
            if (present == 0) {
                return 1;
            }
            double variance = sumOfSquares / present - mean() * mean();
            double std = Math.sqrt(Math.max(0, variance));
            return std < 1e-12 ? 1 : std;
        }
    }

}
