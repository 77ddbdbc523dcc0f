package io.synergos.federation.alignment;

import io.synergos.federation.data.ColumnType;
import io.synergos.federation.data.Dataset;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A dataset's header and aggregate statistics: all the TTP needs to align features.
 *
 * @param version the content version of the file the Worker read (see the data catalog), or null
 */
public record DatasetHeader(String dataset, long rows, String label, List<ColumnSummary> columns, String version) {

    public static DatasetHeader of(Dataset data) {
        Summaries summaries = new Summaries(data.types());
        Object[] row = new Object[data.types().size()];
        List<List<Object>> columns = data.types().keySet().stream().map(data::column).toList();
        for (int r = 0; r < data.rows(); r++) {
            for (int c = 0; c < row.length; c++) {
                row[c] = columns.get(c).get(r);
            }
            summaries.add(row);
        }
        return new DatasetHeader(data.name(), data.rows(), data.label(), summaries.columns(), null);
    }

    /**
     * The header of a scanned file, from what the scan tallied, or, when a categorical column had more distinct values
     * than it followed, summarised as the rows stream past once more: no row is held either way.
     */
    public static DatasetHeader of(io.synergos.federation.data.DatasetReader.Scan scan) {
        List<io.synergos.federation.data.ColumnTallies.Tally> tallied = scan.tallied();
        if (tallied == null) {
            Summaries summaries = new Summaries(scan.types());
            scan.forEachRow((line, row) -> summaries.add(row));
            return new DatasetHeader(scan.name(), scan.rows(), scan.label(), summaries.columns(), null);
        }
        List<ColumnSummary> columns = new ArrayList<>();
        int c = 0;
        for (java.util.Map.Entry<String, ColumnType> column : scan.types().entrySet()) {
            io.synergos.federation.data.ColumnTallies.Tally tally = tallied.get(c++);
            columns.add(new ColumnSummary(column.getKey(), column.getValue(), tally.present(),
                    scan.rows() - tally.present(), tally.sum(), tally.sumOfSquares(), tally.categories()));
        }
        return new DatasetHeader(scan.name(), scan.rows(), scan.label(), columns, null);
    }

    /** Each column's count of present values and sums (numeric) or set of categories, row by row. */
    private static final class Summaries {
        private final List<String> names;
        private final ColumnType[] types;
        private final long[] present;
        private final double[] sums;
        private final double[] squares;
        private final List<TreeSet<String>> categories = new ArrayList<>();
        private long rows;

        Summaries(java.util.Map<String, ColumnType> types) {
            this.names = List.copyOf(types.keySet());
            this.types = types.values().toArray(new ColumnType[0]);
            this.present = new long[this.types.length];
            this.sums = new double[this.types.length];
            this.squares = new double[this.types.length];
            for (int c = 0; c < this.types.length; c++) {
                categories.add(new TreeSet<>());
            }
        }

        void add(Object[] row) {
            rows++;
            for (int c = 0; c < row.length; c++) {
                Object value = row[c];
                if (value == null) {
                    continue;
                }
                present[c]++;
                if (types[c] == ColumnType.CATEGORICAL) {
                    categories.get(c).add((String) value);
                } else {
                    double x = (Double) value;
                    sums[c] += x;
                    squares[c] += x * x;
                }
            }
        }

        List<ColumnSummary> columns() {
            List<ColumnSummary> columns = new ArrayList<>();
            for (int c = 0; c < types.length; c++) {
                columns.add(types[c] == ColumnType.CATEGORICAL
                        ? new ColumnSummary(names.get(c), types[c], present[c], rows - present[c], 0, 0,
                                List.copyOf(categories.get(c)))
                        : new ColumnSummary(names.get(c), types[c], present[c], rows - present[c], sums[c], squares[c],
                                List.of()));
            }
            return columns;
        }
    }

    public DatasetHeader withVersion(String version) {
        return new DatasetHeader(dataset, rows, label, columns, version);
    }

    public ColumnSummary column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }
}
