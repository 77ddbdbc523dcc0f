package io.synergos.federation.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV with a header into a typed {@link Dataset}, checking every cell. An empty cell, or one of
 * {@code ?}, {@code NA}, {@code NaN}, is a missing value.
 *
 * <p>Files come as spreadsheets and databases export them: a UTF-8 byte-order mark is dropped; the delimiter is
 * the sidecar's or detected from the header and the lines after it (comma, semicolon, tab or bar); numbers may
 * group thousands ({@code "16,330"}, or {@code 16.330,5} with the sidecar's decimal comma). A header with a duplicate
 * or an empty column name, and a file without rows, are refused naming the file.
 */
public final class DatasetReader {

    private static final double NUMERIC_SHARE = 0.9;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** Lines looked at to detect the delimiter, after the header. */
    private static final int SAMPLE_LINES = 20;
    private static final int SAMPLE_CHARS = 1 << 20;
    private static final Pattern THOUSANDS_POINT = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");
    private static final Pattern THOUSANDS_COMMA = Pattern.compile("[+-]?\\d{1,3}([. \u00a0\u202f']\\d{3})+(,\\d+)?");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?\\d+(,\\d+)?([eE][+-]?\\d+)?");

    private DatasetReader() {
    }

    public static Dataset read(Path csv, DatasetSchema schema, boolean labelRequired) {
        return read(csv, schema, labelRequired, null);
    }

    /**
     * @param holder who holds the file (e.g. "Worker bw1"), named in the messages that concern the file as a whole;
     *               null for none
     */
    public static Dataset read(Path csv, DatasetSchema schema, boolean labelRequired, String holder) {
        String file = csv.getFileName().toString();
        String name = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
        String where = holder == null ? file : file + " at " + holder;
        List<String> header;
        List<String[]> cells = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (BufferedReader reader = open(csv)) {
            char delimiter = schema.delimiter() != null ? schema.delimiter() : detectDelimiter(reader);
            CSVParser parser = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                    .build().parse(reader);
            header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = header(file, record.values());
                    continue;
                }
                int line = (int) record.getRecordNumber();
                if (record.size() != header.size()) {
                    throw new DataFormatException(file + " line " + line + ": " + record.size()
                            + (record.size() == 1 ? " value" : " values") + ", but the header has " + header.size()
                            + " columns"
                            + (schema.delimiter() == null ? " (separated by " + describe(delimiter) + ")" : ""));
                }
                cells.add(record.values());
                lines.add(line);
            }
        } catch (CharacterCodingException e) {
            throw new DataFormatException(file + " is not UTF-8 text; export it as UTF-8 (CSV UTF-8)");
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new DataFormatException(file + ": cannot read CSV: " + e.getMessage());
        }
        if (header == null || header.isEmpty()) {
            throw new DataFormatException(file + ": no header line");
        }
        if (cells.isEmpty()) {
            throw new DataFormatException(where + " has no rows, only its header");
        }
        for (String column : schema.types().keySet()) {
            if (!header.contains(column)) {
                throw new DataFormatException(file + ": the schema declares column '" + column
                        + "', which the header does not have");
            }
        }
        for (String column : schema.ignore()) {
            if (!header.contains(column)) {
                throw new DataFormatException(file + ": the schema ignores column '" + column
                        + "', which the header does not have");
            }
        }
        List<String> kept = header.stream().filter(c -> !schema.ignore().contains(c)).toList();
        String label = schema.label() != null ? schema.label() : kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (label != null && schema.ignore().contains(label)) {
            throw new DataFormatException(file + ": the schema ignores the label column '" + label + "'");
        }
        if (label == null || !header.contains(label)) {
            if (labelRequired) {
                throw new DataFormatException(file + ": no label column '" + label + "' in the header " + header);
            }
            label = null;
        }
        Map<String, ColumnType> types = new LinkedHashMap<>();
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String column = header.get(c);
            if (schema.ignore().contains(column)) {
                continue;
            }
            ColumnType type = schema.types().getOrDefault(column, infer(cells, c, schema.decimal()));
            types.put(column, type);
            columns.put(column, parse(file, column, type, cells, c, lines, schema.decimal()));
        }
        return new Dataset(name, label, types, columns, lines.stream().mapToInt(Integer::intValue).toArray());
    }

    /** UTF-8, strictly (a file in another encoding is refused, not misread), without a byte-order mark. */
    private static BufferedReader open(Path csv) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(csv),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\ufeff') {
            reader.reset();
        }
        return reader;
    }

    /**
     * The delimiter that splits the header into the most columns and every sampled line after it into as many; if
     * none is consistent, the one that splits the header most (the first ragged line is then reported); a comma when
     * no candidate occurs at all (a one-column file).
     */
    static char detectDelimiter(BufferedReader reader) throws IOException {
        reader.mark(SAMPLE_CHARS);
        List<String> sample = new ArrayList<>();
        int read = 0;
        String line;
        while (sample.size() <= SAMPLE_LINES && (line = reader.readLine()) != null) {
            read += line.length() + 1;
            if (read >= SAMPLE_CHARS) {
                break;
            }
            if (!line.isBlank()) {
                sample.add(line);
            }
        }
        reader.reset();
        if (sample.isEmpty()) {
            return ',';
        }
        char consistent = 0;
        int consistentColumns = 1;
        char widest = ',';
        int widestColumns = 1;
        for (char candidate : DELIMITERS) {
            int columns = fields(sample.get(0), candidate);
            if (columns > widestColumns) {
                widest = candidate;
                widestColumns = columns;
            }
            boolean same = sample.stream().skip(1).allMatch(l -> fields(l, candidate) == columns);
            if (same && columns > consistentColumns) {
                consistent = candidate;
                consistentColumns = columns;
            }
        }
        return consistent != 0 ? consistent : widest;
    }

    /** How many fields a line holds split by {@code delimiter} outside double quotes. */
    private static int fields(String line, char delimiter) {
        int count = 1;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == delimiter && !quoted) {
                count++;
            }
        }
        return count;
    }

    private static String describe(char delimiter) {
        return switch (delimiter) {
            case ',' -> "commas";
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            case '|' -> "bars";
            default -> "'" + delimiter + "'";
        };
    }

    /** The header's column names: each named, none twice. */
    private static List<String> header(String file, String[] names) {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.length; c++) {
            if (names[c].isEmpty()) {
                throw new DataFormatException("column " + (c + 1) + " of the header of " + file + " has no name");
            }
            if (!seen.add(names[c])) {
                throw new DataFormatException("duplicate column '" + names[c] + "' in the header of " + file);
            }
        }
        return List.of(names);
    }

    static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equals("?") || cell.equalsIgnoreCase("NA") || cell.equalsIgnoreCase("NaN");
    }

    private static ColumnType infer(List<String[]> cells, int c, char decimal) {
        int present = 0;
        int numbers = 0;
        for (String[] row : cells) {
            if (!isMissing(row[c])) {
                present++;
                if (parseNumber(row[c], decimal) != null) {
                    numbers++;
                }
            }
        }
        return present > 0 && numbers >= NUMERIC_SHARE * present ? ColumnType.NUMERIC : ColumnType.CATEGORICAL;
    }

    private static List<Object> parse(String file, String column, ColumnType type, List<String[]> cells, int c,
                                      List<Integer> lines, char decimal) {
        List<Object> values = new ArrayList<>(cells.size());
        for (int r = 0; r < cells.size(); r++) {
            String cell = cells.get(r)[c];
            if (isMissing(cell)) {
                values.add(null);
            } else if (type == ColumnType.CATEGORICAL) {
                values.add(cell);
            } else {
                Double value = parseNumber(cell, decimal);
                if (value == null || value.isInfinite()) {
                    throw new DataFormatException(file + " line " + lines.get(r) + ", column '" + column + "': '"
                            + cell + "' is not a number, but the column is numeric");
                }
                values.add(value);
            }
        }
        return values;
    }

    /**
     * A number as exports write them: Java's own notation with a decimal point; with {@code decimal} ',' a decimal
     * comma; either with thousands grouped by the other separator ({@code 16,330.5}, {@code 16.330,5}, or a space
     * or apostrophe with a decimal comma). Null when the cell is not a number.
     */
    static Double parseNumber(String cell, char decimal) {
        if (decimal == '.') {
            try {
                return Double.valueOf(cell);
            } catch (NumberFormatException e) {
                return THOUSANDS_POINT.matcher(cell).matches() ? Double.valueOf(cell.replace(",", "")) : null;
            }
        }
        String plain;
        if (DECIMAL_COMMA.matcher(cell).matches()) {
            plain = cell;
        } else if (THOUSANDS_COMMA.matcher(cell).matches()) {
            plain = cell.replaceAll("[. \u00a0\u202f']", "");
        } else {
            return null;
        }
        return Double.valueOf(plain.replace(',', '.'));
    }
}
