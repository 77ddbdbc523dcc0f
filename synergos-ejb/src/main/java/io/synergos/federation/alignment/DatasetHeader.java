package io.synergos.federation.alignment;

import io.synergos.federation.data.ColumnType;
import io.synergos.federation.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A dataset's header and aggregate statistics: all the TTP needs to align features.
 *
 * @param version the content version of the file the Worker read (see the data catalog), or null
 */
public record DatasetHeader(String dataset, long rows, String label, List<ColumnSummary> columns, String version) {

    public static DatasetHeader of(Dataset data) {
        List<ColumnSummary> columns = new ArrayList<>();
        data.types().forEach((name, type) -> columns.add(summarise(name, type, data.column(name))));
        return new DatasetHeader(data.name(), data.rows(), data.label(), columns, null);
    }

    public DatasetHeader withVersion(String version) {
        return new DatasetHeader(dataset, rows, label, columns, version);
    }

    public ColumnSummary column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static ColumnSummary summarise(String name, ColumnType type, List<Object> values) {
        long present = values.stream().filter(Objects::nonNull).count();
        long missing = values.size() - present;
        if (type == ColumnType.CATEGORICAL) {
            TreeSet<String> categories = new TreeSet<>();
            values.stream().filter(Objects::nonNull).forEach(v -> categories.add((String) v));
            return new ColumnSummary(name, type, present, missing, 0, 0, List.copyOf(categories));
        }
        double sum = 0;
        double sumOfSquares = 0;
        for (Object value : values) {
            if (value != null) {
                double x = (Double) value;
                sum += x;
                sumOfSquares += x * x;
            }
        }
        return new ColumnSummary(name, type, present, missing, sum, sumOfSquares, List.of());
    }
}
