package io.synergos.federation.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.alignment.AlignedFeature;
import io.synergos.federation.alignment.AlignmentPlanner;
import io.synergos.federation.alignment.DataWarnings;
import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.federation.alignment.FeatureAlignment;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CSV files with the quirks that spreadsheet and database exports have, one test per row of the table in the issue
 * "Reliability and operations": each is read as the organisation meant it, or refused naming the file and the cause.
 */
class ExportedFilesTest {

    private static final String HOLDER = "Worker bw1";

    @TempDir
    Path dir;

    @Test
    void aByteOrderMarkIsDroppedSoTheFirstColumnKeepsItsName() throws IOException {
        Path bom = dir.resolve("bom.csv");
        Files.write(bom, ("\ufeffcat,num,label\n" + rows(30)).getBytes(StandardCharsets.UTF_8));
        Dataset withBom = DatasetReader.read(bom, DatasetSchema.INFERRED, true, HOLDER);
        assertEquals(List.of("cat", "num", "label"), List.copyOf(withBom.types().keySet()));
        assertEquals(ColumnType.CATEGORICAL, withBom.types().get("cat"));

        // aligned with a Worker whose file has no mark, 'cat' is one column and nobody misses it
        Dataset plain = read("plain", "cat,num,label\n" + rows(30));
        FeatureAlignment alignment = AlignmentPlanner.plan(Map.of("bw1", List.of(DatasetHeader.of(withBom)),
                "bw2", List.of(DatasetHeader.of(plain))));
        assertEquals(Set.of("cat"), alignment.features().stream().filter(f -> f.category() != null)
                .map(AlignedFeature::column).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aSemicolonOrTabSeparatedFileIsDetected() throws IOException {
        Dataset semicolons = read("semi", "cat;num;label\n" + rows(30).replace(',', ';'));
        assertEquals(List.of("cat", "num", "label"), List.copyOf(semicolons.types().keySet()));
        assertEquals(ColumnType.NUMERIC, semicolons.types().get("num"));
        assertEquals(30, semicolons.rows());

        Dataset tabs = read("tabs", "cat\tnum\tlabel\n" + rows(30).replace(',', '\t'));
        assertEquals(List.of("cat", "num", "label"), List.copyOf(tabs.types().keySet()));
        // tabs are separators, not blanks around a quoted value; an empty cell between two tabs is a missing value
        Dataset quotedTabs = read("quoted-tabs", "cat\tnum\tlabel\n\"a b\"\t\t yes\n" + rows(30).replace(',', '\t'));
        assertEquals(java.util.Arrays.asList("a b", null, "yes"), List.of("cat", "num", "label").stream()
                .map(c -> quotedTabs.column(c).get(0)).toList());
        assertEquals(31, quotedTabs.rows());

        // a quoted comma inside a semicolon-separated file does not fool the detection
        Dataset quoted = read("quoted", "name;num;label\n\"Smith, J\";1;yes\n\"Doe, A\";2;no\n");
        assertEquals("Smith, J", quoted.column("name").get(0));
    }

    @Test
    void theSidecarNamesTheDelimiterAndTheDecimalComma() throws IOException {
        Path file = dir.resolve("euro.csv");
        Files.writeString(file, "num|label\n\"16.330,5\"|yes\n2,25|no\n1 000|yes\n");
        Dataset euro = DatasetReader.read(file, new DatasetSchema(null, Map.of(), '|', ',', Set.of()), true, HOLDER);
        assertEquals(List.of(16330.5, 2.25, 1000.0), euro.column("num"));
        DataFormatException clash = assertThrows(DataFormatException.class,
                () -> new DatasetSchema(null, Map.of(), ',', ',', Set.of()));
        assertTrue(clash.getMessage().contains("the delimiter and the decimal separator are both ','"), clash.getMessage());
    }

    @Test
    void aDuplicatedColumnNameIsRefusedNamingItAndTheFile() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> read("dup", "cat,num,cat,label\na,1,b,yes\nc,2,d,no\n"));
        assertEquals("duplicate column 'cat' in the header of dup.csv", e.getMessage());
        DataFormatException unnamed = assertThrows(DataFormatException.class,
                () -> read("unnamed", "cat,,label\na,1,yes\n"));
        assertEquals("column 2 of the header of unnamed.csv has no name", unnamed.getMessage());
    }

    @Test
    void aHeaderWithoutRowsIsRefusedNamingTheFileAndTheWorker() throws IOException {
        DataFormatException e = assertThrows(DataFormatException.class, () -> read("empty", "cat,num,label\n"));
        assertEquals("empty.csv at Worker bw1 has no rows, only its header", e.getMessage());
    }

    @Test
    void numbersWithThousandsSeparatorsAreNumbers() throws IOException {
        Dataset d = read("thousands", "income,label\n\"16,330\",yes\n\"1,234,567.5\",no\n980,yes\n\"2,000\",no\n");
        assertEquals(ColumnType.NUMERIC, d.types().get("income"));
        assertEquals(List.of(16330.0, 1234567.5, 980.0, 2000.0), d.column("income"));
        // a comma that does not group thousands is not a number
        assertNull(DatasetReader.parseNumber("16,33", '.'));
        assertNull(DatasetReader.parseNumber("1,2345", '.'));
    }

    @Test
    void aCellIsANumberExactlyWhenJavaOrTheGroupedFormReadsIt() {
        // parseNumber answers categories without the exception Double.valueOf throws; it must not answer differently
        for (String cell : List.of("1.5", " 1.5 ", "+.5", "-0", "1e5", "-2.5E-3", "1.5d", "2f", "0x1p3", "Infinity",
                "-Infinity", "+Infinity", "NaN", "Inf", "16,330.5", "-1,234", "v0", "yes", "no", "", " ", "-", "+", "+-1",
                ".", "e5", "x1", "\u00e9t\u00e9", "1st", "N/A", "Infinite", "\t-7", "0.1", "1e400", "4.9e-325",
                "2.2250738585072012e-308", "1.7976931348623157e308", "0x1.fffffffffffffp1023", "1__0", "1.5e", "00012")) {
            Double expected;
            try {
                expected = Double.valueOf(cell);
            } catch (NumberFormatException e) {
                expected = cell.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?") ? Double.valueOf(cell.replace(",", "")) : null;
            }
            assertEquals(expected, DatasetReader.parseNumber(cell, '.'), "'" + cell + "'");
        }
        // and the same double, bit for bit, for numbers as programs print them
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 20_000; i++) {
            double x = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong()) : random.nextGaussian() * 1e3;
            String printed = i % 3 == 0 ? String.format(java.util.Locale.ROOT, "%.17g", x) : Double.toString(x);
            assertEquals(Double.doubleToRawLongBits(Double.parseDouble(printed)),
                    Double.doubleToRawLongBits(DatasetReader.parseNumber(printed, '.')), printed);
        }
    }

    @Test
    void aRowWithTooFewValuesNamesItsLine() throws IOException {
        StringBuilder text = new StringBuilder("cat,num,label\n").append(rows(60));
        text.append("a,1\n");
        DataFormatException e = assertThrows(DataFormatException.class, () -> read("ragged", text.toString()));
        assertTrue(e.getMessage().startsWith("ragged.csv line 62: 2 values, but the header has 3 columns"),
                e.getMessage());
    }

    @Test
    void quotedValuesKeepTheirCommasQuotesLineBreaksAndInnerBlanks() throws IOException {
        Dataset d = read("quoted-values", "name , num,label\n"
                + "\"Smith, J\",1,yes\n"
                + "  \"say \"\"hi\"\"\"  ,2,no\n"
                + "\"two\nlines\",3,yes\n"
                + "\" inner \",4,no\n"
                + "  plain  ,\t5\t,yes\n"
                + rows(30).replace("a,", "x,").replace("b,", "y,"));
        assertEquals(List.of("name", "num", "label"), List.copyOf(d.types().keySet()));
        assertEquals(List.of("Smith, J", "say \"hi\"", "two\nlines", " inner ", "plain"),
                d.column("name").subList(0, 5));
        assertEquals(ColumnType.NUMERIC, d.types().get("num"));
        assertEquals(5.0, d.column("num").get(4));
    }

    @Test
    void blankLinesAreSkippedAndLinesAreCountedAsAnEditorCountsThem() throws IOException {
        // line 1 header, 2 a row, 3 empty, 4-5 one row with a quoted line break, 6 blanks, 7 a row, 8 empty at the end
        String text = "cat,num,label\n" + "a,1,yes\n" + "\n" + "\"b\nc\",2,no\n" + "   \n" + "a,3,yes\n" + "\n";
        Dataset d = read("lines", text + rows(30));
        assertEquals(33, d.rows());
        assertEquals(2, d.lines()[0]);
        assertEquals(4, d.lines()[1]);
        assertEquals(7, d.lines()[2]);
        assertEquals(9, d.lines()[3]);
        DatasetReader.Scan scan = DatasetReader.scan(dir.resolve("lines.csv"), DatasetSchema.INFERRED, true, HOLDER,
                row -> row % 2 == 1);
        List<Integer> kept = new java.util.ArrayList<>();
        scan.forEachRow((line, row) -> kept.add(line));
        assertEquals(List.of(4, 9), kept.subList(0, 2));
        assertEquals(16, scan.rows());

        // a ragged row after them is named by its line in the file, not by its row
        DataFormatException e = assertThrows(DataFormatException.class, () -> read("ragged-after", text + "a,1\n"));
        assertTrue(e.getMessage().startsWith("ragged-after.csv line 9: 2 values, but the header has 3 columns"),
                e.getMessage());
    }

    @Test
    void brokenQuotingIsRefusedNamingTheLine() throws IOException {
        DataFormatException after = assertThrows(DataFormatException.class,
                () -> read("after-quote", "cat,num,label\n" + rows(10) + "\"a\"b,1,yes\n" + rows(10)));
        assertTrue(after.getMessage().startsWith("after-quote.csv: cannot read CSV: "), after.getMessage());
        assertTrue(after.getMessage().contains("line 12"), after.getMessage());

        DataFormatException unclosed = assertThrows(DataFormatException.class,
                () -> read("unclosed", "cat,num,label\n" + rows(10) + "\"a,1,yes\n" + rows(10)));
        assertTrue(unclosed.getMessage().startsWith("unclosed.csv: cannot read CSV: "), unclosed.getMessage());
        assertTrue(unclosed.getMessage().contains("line 12"), unclosed.getMessage());
    }

    @Test
    void aFileWiderThanTheParsersDefaultIsRead() throws IOException {
        int columns = 20_000;
        StringBuilder text = new StringBuilder();
        for (int c = 0; c < columns; c++) {
            text.append('g').append(c).append(',');
        }
        text.append("label\n");
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < columns; c++) {
                text.append((r + c) % 7).append(',');
            }
            text.append(r % 2 == 0 ? "yes" : "no").append('\n');
        }
        Dataset wide = read("wide", text.toString());
        assertEquals(columns + 1, wide.types().size());
        assertEquals(List.of(0.0, 1.0, 2.0), wide.column("g" + (columns - 1)));
    }

    @Test
    void anIdentifierColumnIsWarnedAboutAndCanBeIgnored() throws IOException {
        StringBuilder text = new StringBuilder("customer,cat,num,label\n");
        for (int i = 0; i < 40; i++) {
            text.append("C").append(1000 + i).append(',').append(i % 3 == 0 ? "a" : "b").append(',').append(i)
                    .append(',').append(i % 2 == 0 ? "yes" : "no").append('\n');
        }
        Dataset d = read("customers", text.toString());
        List<String> warnings = DataWarnings.of(Map.of("bw1", List.of(DatasetHeader.of(d))), "label");
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith("column 'customer' of dataset customers at Worker bw1 is categorical with "
                + "40 distinct values in 40 rows: it looks like an identifier"), warnings.get(0));

        Path file = dir.resolve("customers.csv");
        Dataset ignored = DatasetReader.read(file, new DatasetSchema(null, Map.of(), null, '.', Set.of("customer")),
                true, HOLDER);
        assertEquals(List.of("cat", "num", "label"), List.copyOf(ignored.types().keySet()));
        assertTrue(DataWarnings.of(Map.of("bw1", List.of(DatasetHeader.of(ignored))), "label").isEmpty());
        DataFormatException label = assertThrows(DataFormatException.class, () -> DatasetReader.read(file,
                new DatasetSchema("label", Map.of(), null, '.', Set.of("label")), true, HOLDER));
        assertTrue(label.getMessage().contains("ignores the label column 'label'"), label.getMessage());
    }

    @Test
    void aFileInAnotherEncodingIsRefusedNotMisread() throws IOException {
        Path latin = dir.resolve("latin.csv");
        Files.write(latin, "city,label\nZ\u00fcrich,yes\nGen\u00e8ve,no\n".getBytes(StandardCharsets.ISO_8859_1));
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> DatasetReader.read(latin, DatasetSchema.INFERRED, true, HOLDER));
        assertTrue(e.getMessage().startsWith("latin.csv is not UTF-8 text"), e.getMessage());
    }

    /** Rows of (cat, num, label) separated by commas. */
    private static String rows(int n) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < n; i++) {
            text.append(i % 2 == 0 ? "a" : "b").append(',').append(i).append(',').append(i % 3 == 0 ? "yes" : "no")
                    .append('\n');
        }
        return text.toString();
    }

    private Dataset read(String name, String content) throws IOException {
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, content);
        return DatasetReader.read(file, DatasetSchema.INFERRED, true, HOLDER);
    }
}
