package io.synergos.federation.alignment;

import io.synergos.federation.data.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What in the Workers' headers trains but probably should not: a categorical column with nearly as many distinct
 * values as rows is an identifier (a customer number, a timestamp), and its one-hot columns would swamp the model.
 * The run trains anyway and shows the warnings in its status and on the dashboard.
 */
public final class DataWarnings {

    /** Distinct values over present values from which a categorical column looks like an identifier. */
    static final double IDENTIFIER_SHARE = 0.9;
    /** Fewer present values than this say nothing about a column. */
    static final long MIN_ROWS = 20;

    private DataWarnings() {
    }

    /** @param byWorker each Worker's headers; read in Worker name order */
    public static List<String> of(Map<String, List<DatasetHeader>> byWorker, String label) {
        List<String> warnings = new ArrayList<>();
        new TreeMap<>(byWorker).forEach((worker, headers) -> {
            for (DatasetHeader header : headers) {
                for (ColumnSummary column : header.columns()) {
                    if (column.type() == ColumnType.CATEGORICAL && !column.name().equals(label)
                            && column.present() >= MIN_ROWS
                            && column.categories().size() >= IDENTIFIER_SHARE * column.present()) {
                        warnings.add("column '" + column.name() + "' of dataset " + header.dataset() + " at Worker "
                                + worker + " is categorical with " + column.categories().size() + " distinct values in "
                                + column.present() + " rows: it looks like an identifier, and its one-hot columns "
                                + "would swamp the model; drop it with \"ignore\": [\"" + column.name() + "\"] in "
                                + header.dataset() + ".schema.json, or declare it numeric there");
                    }
                }
            }
        });
        return warnings;
    }
}
