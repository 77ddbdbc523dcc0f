package io.synergos.federation.alignment;

import java.util.List;

/**
 * Where each row of an {@link AlignedData} came from: its dataset and its line in that dataset's CSV file (the header
 * is line 1). Evaluation and prediction store their results by dataset and line, so that a Worker can join them to its
 * own rows; with the origins kept beside the aligned arrays, no dataset has to stay in memory for that.
 */
public final class RowOrigins {

    private final List<String> datasets;
    private final int[] dataset;
    private final int[] line;

    RowOrigins(List<String> datasets, int[] dataset, int[] line) {
        this.datasets = List.copyOf(datasets);
        this.dataset = dataset;
        this.line = line;
    }

    /** The name of the dataset row {@code row} came from. */
    public String dataset(int row) {
        return datasets.get(dataset[row]);
    }

    /** The index in {@link #datasets()} of the dataset row {@code row} came from. */
    int datasetIndex(int row) {
        return dataset[row];
    }

    /** The datasets' names, in the order the rows came from them. */
    List<String> datasets() {
        return datasets;
    }

    /** The CSV line row {@code row} was read from. */
    public int line(int row) {
        return line[row];
    }

    public int rows() {
        return line.length;
    }
}
