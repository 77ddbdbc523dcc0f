package io.synergos.federation.data;

import java.util.Map;
import java.util.Set;

/**
 * The optional sidecar {@code NAME.schema.json} beside {@code NAME.csv}:
 * <pre>{"label": "Class", "types": {"deg-malig": "categorical", "age": "numeric"},
 *  "delimiter": ";", "decimal": ",", "ignore": ["customer_id"]}</pre>
 * Without it, the label is the last column, and a column is numeric when at least 90% of its non-empty
 * values are numbers (the rest then are errors), categorical otherwise; the delimiter is detected from the header
 * (comma, semicolon, tab or bar) and the decimal separator is a point.
 *
 * @param label     column holding the label; null means the last column
 * @param types     declared column types; columns not named are inferred
 * @param delimiter the field separator; null detects it
 * @param decimal   the decimal separator of numbers, '.' or ','; the other one (and spaces or an apostrophe, with
 *                  a decimal comma) may group thousands
 * @param ignore    columns dropped as the file is read (an identifier, a free-text note)
 */
public record DatasetSchema(String label, Map<String, ColumnType> types, Character delimiter, char decimal,
                            Set<String> ignore) {

    public static final DatasetSchema INFERRED = new DatasetSchema(null, Map.of());

    public DatasetSchema {
        types = Map.copyOf(types);
        ignore = Set.copyOf(ignore);
        if (decimal != '.' && decimal != ',') {
            throw new DataFormatException("the decimal separator must be '.' or ',', not '" + decimal + "'");
        }
        if (delimiter != null && (delimiter == '"' || delimiter == '\n' || delimiter == '\r')) {
            throw new DataFormatException("the delimiter cannot be a quote or a line break");
        }
        if (delimiter != null && delimiter == decimal) {
            throw new DataFormatException("the delimiter and the decimal separator are both '" + decimal + "'");
        }
    }

    public DatasetSchema(String label, Map<String, ColumnType> types) {
        this(label, types, null, '.', Set.of());
    }

    /** The same file conventions with another label and other declared types. */
    public DatasetSchema with(String label, Map<String, ColumnType> types) {
        return new DatasetSchema(label, types, delimiter, decimal, ignore);
    }
}
