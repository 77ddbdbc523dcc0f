package io.synergos.federation.alignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.data.ColumnType;
import io.synergos.federation.data.DataFormatException;
import io.synergos.federation.data.Dataset;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large file is streamed for its header and its training rows (DatasetReader.scan, FeatureAlignment.encodeScanned),
 * never held as a Dataset: what comes out must be exactly what reading it whole gives.
 */
class StreamedEncodingTest {

    @TempDir
    Path dir;

    private Path csv(String name, int rows, long seed) throws IOException {
        return csv(dir, name, rows, seed);
    }

    /** A CSV of {@code rows} random rows: numbers, categories, a sparse column, missing cells and labels. */
    static Path csv(Path dir, String name, int rows, long seed) throws IOException {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder("age,colour,score,sparse,label\n");
        for (int r = 0; r < rows; r++) {
            text.append(random.nextInt(10) == 0 ? "" : String.valueOf(20 + random.nextInt(50))).append(',')
                    .append(random.nextInt(8) == 0 ? "NA" : "c" + random.nextInt(4)).append(',')
                    .append(Math.round(random.nextGaussian() * 1e4) / 1e3).append(',')
                    // a numeric column present only in a few rows: a slice may have none of it
                    .append(r % 17 == 3 ? String.valueOf(r) : "").append(',')
                    .append(random.nextInt(12) == 0 ? "?" : random.nextBoolean() ? "yes" : "no").append('\n');
        }
        Path file = dir.resolve(name + ".csv");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void streamingGivesExactlyWhatReadingWholeGives() throws IOException {
        Path a = csv("a", 400, 1);
        Path b = csv("b", 250, 2);
        Dataset da = DatasetReader.read(a, DatasetSchema.INFERRED, true);
        Dataset db = DatasetReader.read(b, DatasetSchema.INFERRED, true);
        DatasetReader.Scan sa = DatasetReader.scan(a, DatasetSchema.INFERRED, true, null, null);
        DatasetReader.Scan sb = DatasetReader.scan(b, DatasetSchema.INFERRED, true, null, null);
        assertEquals(DatasetHeader.of(da), DatasetHeader.of(sa), "the streamed header");
        assertEquals(da.types(), sa.types());
        FeatureAlignment alignment = AlignmentPlanner.plan(Map.of("a", List.of(DatasetHeader.of(sa)),
                "b", List.of(DatasetHeader.of(sb))));
        for (boolean labelled : new boolean[] {true, false}) {
            AlignedData whole = alignment.encode(List.of(da, db), labelled);
            AlignedData streamed = alignment.encodeScanned(List.of(sa, sb), labelled);
            assertEquals(whole.rows(), streamed.rows());
            assertTrue(!labelled || whole.rows() < 650, "rows without a label are left out: " + whole.rows());
            assertArrayEquals(whole.x(), streamed.x(), 0.0);
            assertArrayEquals(whole.y(), streamed.y(), 0.0);
            assertArrayEquals(whole.classIndex(), streamed.classIndex());
            assertArrayEquals(whole.features().ravel().toDoubleVector(), streamed.features().ravel().toDoubleVector(), 0.0);
            assertEquals(origins(whole), origins(streamed), "each row's dataset and line");
        }
        // the origins are the rows' own: a's first data row is line 2, and b's rows follow a's
        AlignedData all = alignment.encodeScanned(List.of(sa, sb), false);
        assertEquals("a:2", origins(all).get(0));
        assertEquals("b:2", origins(all).get(400));
        assertEquals("b:251", origins(all).get(649));
        AlignedData labelled = alignment.encode(List.of(da), true);
        for (int r = 0; r < labelled.rows(); r++) {
            int line = labelled.origins().line(r);
            int index = java.util.stream.IntStream.range(0, da.rows()).filter(i -> da.lines()[i] == line).findFirst()
                    .orElseThrow();
            assertTrue(da.column("label").get(index) != null, "row " + r + " (line " + line + ") has a label");
        }
    }

    private static List<String> origins(AlignedData data) {
        List<String> origins = new java.util.ArrayList<>();
        for (int r = 0; r < data.rows(); r++) {
            origins.add(data.origins().dataset(r) + ":" + data.origins().line(r));
        }
        return origins;
    }

    @Test
    void aStreamedSliceIsTheSliceOfTheWholeTypedLikeTheWhole() throws IOException {
        Path a = csv("a", 300, 3);
        Dataset whole = DatasetReader.read(a, DatasetSchema.INFERRED, true);
        FeatureAlignment alignment = AlignmentPlanner.plan(Map.of("a", List.of(DatasetHeader.of(whole))));
        for (int part = 0; part < 5; part++) {
            int p = part;
            DatasetReader.Scan slice = DatasetReader.scan(a, DatasetSchema.INFERRED, true, null, r -> r % 5 == p);
            Dataset expected = whole.slice(part, 5);
            assertEquals(ColumnType.NUMERIC, slice.types().get("sparse"), "typed from every row, not the slice's");
            assertEquals(expected.rows(), slice.rows());
            assertEquals(DatasetHeader.of(expected), DatasetHeader.of(slice));
            AlignedData streamed = alignment.encodeScanned(List.of(slice), true);
            assertArrayEquals(alignment.encode(List.of(expected), true).x(), streamed.x(), 0.0);
            assertEquals(origins(alignment.encode(List.of(expected), true)), origins(streamed));
            assertEquals(slice.labelled(), streamed.rows());
        }
    }

    @Test
    void aBadCellIsReportedWithItsLineWhenItsRowStreamsPast() throws IOException {
        Path file = dir.resolve("bad.csv");
        StringBuilder text = new StringBuilder("x,label\n");
        for (int r = 0; r < 50; r++) {
            text.append(r).append(",yes\n");
        }
        text.append("seven,no\n");
        Files.writeString(file, text);
        DatasetReader.Scan scan = DatasetReader.scan(file, new DatasetSchema("label", Map.of("x", ColumnType.NUMERIC)),
                true, null, null);
        DataFormatException e = assertThrows(DataFormatException.class, () -> scan.forEachRow((line, row) -> { }));
        assertTrue(e.getMessage().contains("line 52, column 'x': 'seven' is not a number"), e.getMessage());
        // the header, made from what the scan tallied, reports it alike
        DataFormatException header = assertThrows(DataFormatException.class, () -> DatasetHeader.of(scan));
        assertEquals(e.getMessage(), header.getMessage());
    }

    @Test
    void theHeaderComesFromTheScanUnlessACategoricalColumnHasTooManyValuesToFollow() throws IOException {
        Path file = dir.resolve("ids.csv");
        StringBuilder text = new StringBuilder("id,colour,score,label\n");
        int rows = io.synergos.federation.data.ColumnTallies.MAX_DISTINCT + 500;
        for (int r = 0; r < rows; r++) {
            text.append("u").append(r).append(',').append(r % 7 == 0 ? "" : "c" + r % 3).append(',').append(r * 0.25)
                    .append(',').append(r % 2 == 0 ? "yes" : "no").append('\n');
        }
        Files.writeString(file, text);
        Dataset whole = DatasetReader.read(file, DatasetSchema.INFERRED, true);
        DatasetReader.Scan scan = DatasetReader.scan(file, DatasetSchema.INFERRED, true, null, null);
        assertEquals(null, scan.tallied(), "'id' has more distinct values than the scan follows");
        assertEquals(DatasetHeader.of(whole), DatasetHeader.of(scan), "summarised by a pass over the rows instead");
        // without the identifier (ignored), the scan's tallies are the header: every column's, and no pass is needed
        DatasetSchema noId = new DatasetSchema("label", Map.of(), null, '.', java.util.Set.of("id"));
        DatasetReader.Scan tallied = DatasetReader.scan(file, noId, true, null, null);
        assertEquals(3, tallied.tallied().size());
        assertEquals(DatasetHeader.of(DatasetReader.read(file, noId, true)), DatasetHeader.of(tallied));
    }
}
