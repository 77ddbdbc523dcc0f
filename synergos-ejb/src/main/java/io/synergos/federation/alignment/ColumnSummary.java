package io.synergos.federation.alignment;

import io.synergos.federation.data.ColumnType;
import java.util.List;

/**
 * What a Worker reveals about one column: its type, how many values are present and missing, and either
 * the count, sum and sum of squares (numeric) or the set of category values (categorical). Never a row.
 */
public record ColumnSummary(String name, ColumnType type, long present, long missing, double sum,
                            double sumOfSquares, List<String> categories) {
}
