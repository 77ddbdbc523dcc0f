package io.synergos.federation.data;

import java.util.List;
import java.util.Map;

/**
 * A Worker's dataset as read from disk: validated, typed columns. Numeric cells are {@code Double} (null when
 * missing), categorical cells are {@code String} (null when missing). It never leaves the Worker.
 *
 * @param name    the dataset's name (its file name without {@code .csv})
 * @param label   the label column's name, or null for a dataset without one (allowed only for prediction)
 * @param types   every column's type, in file order
 * @param columns the values of each column, by name
 * @param lines   the CSV line number of each row, for error messages
 */
public record Dataset(String name, String label, Map<String, ColumnType> types, Map<String, List<Object>> columns,
                      int[] lines) {

    public int rows() {
        return lines.length;
    }

    public boolean has(String column) {
        return types.containsKey(column);
    }

    public List<Object> column(String column) {
        return columns.get(column);
    }
}
