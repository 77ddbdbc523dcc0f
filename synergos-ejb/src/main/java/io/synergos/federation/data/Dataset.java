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

    /**
     * Part {@code part} of {@code parts} (from 0): the rows whose index leaves remainder {@code part} when divided by
     * {@code parts}, in file order, with their line numbers; the dataset itself when {@code parts} is 1.
     */
    public Dataset slice(int part, int parts) {
        if (parts < 1 || part < 0 || part >= parts) {
            throw new IllegalArgumentException("part " + part + " of " + parts + " does not exist");
        }
        if (parts == 1) {
            return this;
        }
        int size = rows() <= part ? 0 : (rows() - part + parts - 1) / parts;
        int[] keptLines = new int[size];
        for (int i = 0; i < size; i++) {
            keptLines[i] = lines[part + i * parts];
        }
        Map<String, List<Object>> sliced = new java.util.LinkedHashMap<>();
        columns.forEach((column, values) -> {
            List<Object> keptValues = new java.util.ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                keptValues.add(values.get(part + i * parts));
            }
            sliced.put(column, java.util.Collections.unmodifiableList(keptValues));
        });
        return new Dataset(name, label, types, sliced, keptLines);
    }
}
