package io.synergos.federation.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV with a header into a typed {@link Dataset}, checking every cell. An empty cell, or one of
 * {@code ?}, {@code NA}, {@code NaN}, is a missing value.
 */
public final class DatasetReader {

    private static final double NUMERIC_SHARE = 0.9;

    private DatasetReader() {
    }

    public static Dataset read(Path csv, DatasetSchema schema, boolean labelRequired) {
        String file = csv.getFileName().toString();
        String name = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
        List<String> header;
        List<String[]> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreSurroundingSpaces(true).build().parse(reader)) {
            header = parser.getHeaderNames();
            for (CSVRecord record : parser) {
                int line = (int) record.getRecordNumber() + 1;
                if (record.size() != header.size()) {
                    throw new DataFormatException(file + " line " + line + ": " + record.size()
                            + " values, but the header has " + header.size() + " columns");
                }
                cells.add(record.values());
                lines.add(line);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new DataFormatException(file + ": cannot read CSV: " + e.getMessage());
        }
        if (header.isEmpty()) {
            throw new DataFormatException(file + ": no header line");
        }
        for (String column : schema.types().keySet()) {
            if (!header.contains(column)) {
                throw new DataFormatException(file + ": the schema declares column '" + column
                        + "', which the header does not have");
            }
        }
        String label = schema.label() != null ? schema.label() : header.get(header.size() - 1);
        if (!header.contains(label)) {
            if (labelRequired) {
                throw new DataFormatException(file + ": no label column '" + label + "' in the header " + header);
            }
            label = null;
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            ColumnType type = schema.types().getOrDefault(column, infer(cells, c));
            types.put(column, type);
            columns.put(column, parse(file, column, type, cells, c, lines));
        }
        return new Dataset(name, label, types, columns, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equals("?") || cell.equalsIgnoreCase("NA") || cell.equalsIgnoreCase("NaN");
    }

    private static ColumnType infer(List<String[]> cells, int c) {
        int present = 0;
        int numbers = 0;
        for (String[] row : cells) {
            if (!isMissing(row[c])) {
                present++;
                if (parseDouble(row[c]) != null) {
                    numbers++;
                }
            }
        }
        return present > 0 && numbers >= NUMERIC_SHARE * present ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
    }

    private static List<Object> parse(String file, String column, ColumnType type, List<String[]> cells, int c,
                                      List<Integer> lines) {
        List<Object> values = new ArrayList<>(cells.size());
        for (int r = 0; r < cells.size(); r++) {
            String cell = cells.get(r)[c];
            if (isMissing(cell)) {
                values.add(null);
            } else if (type == ColumnType.CATEGORICAL) {
                values.add(cell);
            } else {
                Double value = parseDouble(cell);
                if (value == null || value.isInfinite()) {
                    throw new DataFormatException(file + " line " + lines.get(r) + ", column '" + column + "': '"
                            + cell + "' is not a number, but the column is numeric");
                }
                values.add(value);
            }
        }
        return values;
    }

    private static Double parseDouble(String cell) {
        try {
            return Double.valueOf(cell);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
