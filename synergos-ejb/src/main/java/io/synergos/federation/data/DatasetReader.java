package io.synergos.federation.data;

import ch.randelshofer.fastdoubleparser.JavaDoubleParser;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.CsvRecordHandler;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import de.siegmar.fastcsv.reader.FieldModifier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
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

/**
 * Reads a CSV with a header into a typed {@link Dataset}, checking every cell. An empty cell, or one of
 * {@code ?}, {@code NA}, {@code NaN}, is a missing value.
 *
 * <p>Files come as spreadsheets and databases export them: a UTF-8 byte-order mark is dropped; the delimiter is
 * the sidecar's or detected from the header and the lines after it (comma, semicolon, tab or bar); numbers may
 * group thousands ({@code "16,330"}, or {@code 16.330,5} with the sidecar's decimal comma). A header with a duplicate
 * or an empty column name, and a file without rows, are refused naming the file.
 *
 * <p>The CSV itself is RFC 4180's: a value may be quoted, with {@code ""} for a quote and line breaks inside; blanks
 * around a value, quoted or not, are dropped, those inside quotes kept; a line with nothing but blanks is skipped;
 * a quote that is not closed, or a character after a closing quote, is refused naming the line. Lines are counted as
 * a text editor counts them (from 1, the header's), whatever the quoted line breaks and skipped lines before them.
 */
public final class DatasetReader {

    private static final double NUMERIC_SHARE = 0.9;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    /** Lines looked at to detect the delimiter, after the header. */
    private static final int SAMPLE_LINES = 20;
    private static final int SAMPLE_CHARS = 1 << 20;
    /** The widest file read: FastCSV's default stops at 16,384 columns, fewer than some exports (genomics) have. */
    private static final int MAX_COLUMNS = 1 << 20;
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
        Scan scan = scan(csv, schema, labelRequired, holder, null);
        List<String> kept = List.copyOf(scan.types().keySet());
        List<List<Object>> values = new ArrayList<>();
        kept.forEach(c -> values.add(new ArrayList<>(scan.rows())));
        int[] lines = new int[scan.rows()];
        int[] next = {0};
        scan.forEachRow((line, row) -> {
            lines[next[0]++] = line;
            for (int c = 0; c < row.length; c++) {
                values.get(c).add(row[c]);
            }
        });
        Map<String, List<Object>> columns = new LinkedHashMap<>();
        for (int c = 0; c < kept.size(); c++) {
            columns.put(kept.get(c), values.get(c));
        }
        return new Dataset(scan.name(), scan.label(), scan.types(), columns, lines);
    }

    /**
     * Checks and types a CSV file in one pass over it, holding no row: the header, every line's width, the schema, the
     * label, each column's type (inferred from all its cells unless declared), and the row counts. {@link Scan#forEachRow}
     * then reads it again, handing out one typed row at a time: a file of millions of rows is never held as objects.
     *
     * @param keep which rows (by index from 0, in file order) to count and hand out; null for all
     */
    public static Scan scan(Path csv, DatasetSchema schema, boolean labelRequired, String holder,
                            java.util.function.IntPredicate keep) {
        String file = csv.getFileName().toString();
        String name = file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
        String where = holder == null ? file : file + " at " + holder;
        List<String> header = null;
        int rows = 0;
        int kept = 0;
        int keptLabelled = 0;
        List<String> columns = null;
        String label = null;
        int labelIndex = -1;
        int[] present = null;
        int[] numbers = null;
        ColumnTallies tallies = null;
        boolean[] tallied = null;
        char delimiter;
        try (BufferedReader reader = open(csv)) {
            delimiter = schema.delimiter() != null ? schema.delimiter() : detectDelimiter(reader);
            for (CsvRecord record : records(reader, delimiter)) {
                if (header == null) {
                    header = header(file, record.getFields());
                    present = new int[header.size()];
                    numbers = new int[header.size()];
                    columns = header.stream().filter(c -> !schema.ignore().contains(c)).toList();
                    label = schema.label() != null ? schema.label() : columns.isEmpty() ? null
                            : columns.get(columns.size() - 1);
                    labelIndex = header.indexOf(label);
                    tallies = new ColumnTallies(header.size());
                    tallied = new boolean[header.size()];
                    for (int c = 0; c < header.size(); c++) {
                        tallied[c] = !schema.ignore().contains(header.get(c));
                    }
                    continue;
                }
                int line = (int) record.getStartingLineNumber();
                if (record.getFieldCount() != header.size()) {
                    throw new DataFormatException(file + " line " + line + ": " + record.getFieldCount()
                            + (record.getFieldCount() == 1 ? " value" : " values") + ", but the header has "
                            + header.size()
                            + " columns"
                            + (schema.delimiter() == null ? " (separated by " + describe(delimiter) + ")" : ""));
                }
                // a column's type is inferred from all its cells, so that every slice of a file types it alike; the
                // kept rows' cells are tallied for the header besides
                boolean keeping = keep == null || keep.test(rows);
                for (int c = 0; c < header.size(); c++) {
                    String cell = record.getField(c);
                    if (!isMissing(cell)) {
                        present[c]++;
                        Double number = parseNumber(cell, schema.decimal());
                        if (number != null) {
                            numbers[c]++;
                        }
                        if (keeping && tallied[c]) {
                            tallies.add(c, cell, number, line);
                        }
                    }
                }
                if (keeping) {
                    kept++;
                    if (labelIndex >= 0 && !isMissing(record.getField(labelIndex))) {
                        keptLabelled++;
                    }
                }
                rows++;
            }
        } catch (IOException | UncheckedIOException | CsvParseException | IllegalArgumentException
                 | IllegalStateException e) {
            throw unreadable(file, e);
        }
        if (header == null || header.isEmpty()) {
            throw new DataFormatException(file + ": no header line");
        }
        if (rows == 0) {
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
        int[] indexes = new int[columns.size()];
        for (int c = 0, k = 0; c < header.size(); c++) {
            String column = header.get(c);
            if (schema.ignore().contains(column)) {
                continue;
            }
            indexes[k++] = c;
            types.put(column, schema.types().getOrDefault(column, present[c] > 0
                    && numbers[c] >= NUMERIC_SHARE * present[c] ? ColumnType.NUMERIC : ColumnType.CATEGORICAL));
        }
        boolean[] categorical = new boolean[header.size()];
        for (int k = 0; k < indexes.length; k++) {
            categorical[indexes[k]] = types.get(header.get(indexes[k])) == ColumnType.CATEGORICAL;
        }
        tallies.settle(categorical);
        int labelled = label == null ? 0 : keptLabelled;
        return new Scan(csv, file, name, delimiter, schema.decimal(), label, java.util.Collections.unmodifiableMap(types),
                indexes, kept, labelled, keep, tallies);
    }

    /**
     * The file's records, the header's first, read by FastCSV, strict about quotes, blanks around quotes allowed: faster
     * than Commons CSV was here (31-45 against 70 ns a cell), which was most of a large file's set-up. Rows of another
     * width than the header's are handed on, to be refused naming their line and the header's width; blanks around an
     * unquoted value are stripped; lines of nothing but blanks are left out, as FastCSV leaves out empty ones.
     */
    private static Iterable<CsvRecord> records(Reader reader, char delimiter) {
        CsvReader<CsvRecord> csv = CsvReader.builder().fieldSeparator(delimiter).quoteCharacter('"')
                .skipEmptyLines(true).trimWhitespacesAroundQuotes(true).allowUnclosedQuote(false)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE).missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .build(CsvRecordHandler.builder().fieldModifier(STRIP_UNQUOTED).maxFields(MAX_COLUMNS).build(),
                        reader);
        return () -> csv.stream().filter(record -> !blank(record)).iterator();
    }

    private static final FieldModifier STRIP_UNQUOTED = new FieldModifier() {
        @Override
        public String modify(long line, int field, boolean quoted, String value) {
            return quoted ? value : value.strip();
        }
    };

    /** A line with nothing but blanks: FastCSV skips an empty line, and hands one of blanks on as one empty value. */
    private static boolean blank(CsvRecord record) {
        return record.getFieldCount() == 1 && record.getField(0).isEmpty();
    }

    private static DataFormatException unreadable(String file, Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        if (cause instanceof CharacterCodingException) {
            return new DataFormatException(file + " is not UTF-8 text; export it as UTF-8 (CSV UTF-8)");
        }
        return new DataFormatException(file + ": cannot read CSV: " + cause.getMessage());
    }

    /** One typed row: its CSV line number and its values in the order of {@link Scan#types()} (null when missing). */
    @FunctionalInterface
    public interface RowSink {
        void row(int line, Object[] values);
    }

    /**
     * A CSV file that {@link #scan} checked and typed.
     *
     * @param rows     the rows kept (all, or those the scan's {@code keep} chose)
     * @param labelled of those, how many have a label value (0 without a label column)
     */
    public record Scan(Path csv, String file, String name, char delimiter, char decimal, String label,
                       Map<String, ColumnType> types, int[] indexes, int rows, int labelled,
                       java.util.function.IntPredicate keep, ColumnTallies tallies) {

        /**
         * Each column's tally over the kept rows, in the order of {@link #types()}, as the scan counted them: what a pass
         * over the rows with {@link #forEachRow} would sum, without the pass. Null when a categorical column has more
         * distinct values than the scan followed ({@link ColumnTallies#MAX_DISTINCT}).
         *
         * @throws DataFormatException for a numeric column's cell that is not a number, as {@link #forEachRow} would
         */
        public List<ColumnTallies.Tally> tallied() {
            return tallies.of(file, indexes, types.keySet().toArray(new String[0]),
                    types.values().toArray(new ColumnType[0]));
        }

        /**
         * Reads the file again and hands each kept row to {@code sink}, typed: numeric cells as {@code Double}, categorical
         * as {@code String}, missing ones as null. A numeric column's cell that is not a number is an error naming its
         * line. The {@code Object[]} is reused from row to row.
         */
        public void forEachRow(RowSink sink) {
            ColumnType[] typed = types.values().toArray(new ColumnType[0]);
            String[] names = types.keySet().toArray(new String[0]);
            Object[] values = new Object[indexes.length];
            try (BufferedReader reader = open(csv)) {
                int row = -1;
                for (CsvRecord record : records(reader, delimiter)) {
                    if (row++ < 0 || (keep != null && !keep.test(row - 1))) {
                        continue;
                    }
                    int line = (int) record.getStartingLineNumber();
                    for (int c = 0; c < indexes.length; c++) {
                        String cell = record.getField(indexes[c]);
                        if (isMissing(cell)) {
                            values[c] = null;
                        } else if (typed[c] == ColumnType.CATEGORICAL) {
                            values[c] = cell;
                        } else {
                            Double value = parseNumber(cell, decimal);
                            if (value == null || value.isInfinite()) {
                                throw notANumber(file, line, names[c], cell);
                            }
                            values[c] = value;
                        }
                    }
                    sink.row(line, values);
                }
            } catch (IOException | UncheckedIOException | CsvParseException | IllegalArgumentException
                 | IllegalStateException e) {
                throw unreadable(file, e);
            }
        }
    }

    static DataFormatException notANumber(String file, int line, String column, String cell) {
        return new DataFormatException(file + " line " + line + ", column '" + column + "': '" + cell
                + "' is not a number, but the column is numeric");
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
    private static List<String> header(String file, List<String> names) {
        Set<String> seen = new HashSet<>();
        for (int c = 0; c < names.size(); c++) {
            if (names.get(c).isEmpty()) {
                throw new DataFormatException("column " + (c + 1) + " of the header of " + file + " has no name");
            }
            if (!seen.add(names.get(c))) {
                throw new DataFormatException("duplicate column '" + names.get(c) + "' in the header of " + file);
            }
        }
        return List.copyOf(names);
    }

    static boolean isMissing(String cell) {
        return cell.isEmpty() || cell.equals("?") || cell.equalsIgnoreCase("NA") || cell.equalsIgnoreCase("NaN");
    }

    /**
     * A number as exports write them: Java's own notation with a decimal point; with {@code decimal} ',' a decimal
     * comma; either with thousands grouped by the other separator ({@code 16,330.5}, {@code 16.330,5}, or a space
     * or apostrophe with a decimal comma). Null when the cell is not a number.
     */
    static Double parseNumber(String cell, char decimal) {
        if (decimal == '.') {
            if (!mayStartNumber(cell)) {
                // neither Double.valueOf nor the grouped form takes it: a category, answered without throwing (an
                // exception costs a microsecond, a categorical column a million of them in a million-row file)
                return null;
            }
            try {
                // Double.valueOf's syntax and its double, bit for bit, in half the time: parsing numbers was a third of
                // a large file's reads
                return JavaDoubleParser.parseDouble(cell);
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

    /**
     * Whether {@link Double#valueOf} could take the cell: after the blanks it trims and an optional sign, a digit, a
     * point, or the start of {@code Infinity} or {@code NaN}.
     */
    private static boolean mayStartNumber(String cell) {
        int i = 0;
        while (i < cell.length() && cell.charAt(i) <= ' ') {
            i++;
        }
        if (i < cell.length() && (cell.charAt(i) == '+' || cell.charAt(i) == '-')) {
            i++;
        }
        if (i == cell.length()) {
            return false;
        }
        char first = cell.charAt(i);
        return (first >= '0' && first <= '9') || first == '.' || first == 'I' || first == 'N';
    }
}
