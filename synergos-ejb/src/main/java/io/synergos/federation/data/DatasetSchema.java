package io.synergos.federation.data;

import java.util.Map;

/**
 * The optional sidecar {@code NAME.schema.json} beside {@code NAME.csv}:
 * <pre>{"label": "Class", "types": {"deg-malig": "categorical", "age": "numeric"}}</pre>
 * Without it, the label is the last column, and a column is numeric when at least 90% of its non-empty
 * values are numbers (the rest then are errors), categorical otherwise.
 *
 * @param label column holding the label; null means the last column
 * @param types declared column types; columns not named are inferred
 */
public record DatasetSchema(String label, Map<String, ColumnType> types) {

    public static final DatasetSchema INFERRED = new DatasetSchema(null, Map.of());
}
