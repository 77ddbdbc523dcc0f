package io.synergos.federation.alignment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.aggregation.ModelUpdate;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.federation.model.ModelSpec;
import io.synergos.federation.training.LocalTrainer;
import io.synergos.federation.training.TrainingConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large dataset's aligned rows written into a memory-mapped file as they are encoded, and that file opened again, are
 * the rows encoded on the heap, bit for bit, across the segments the features are mapped in; a run trains and predicts
 * on them exactly as on the heap; and a file that is not whole, or not one, is refused.
 */
class AlignedFileTest {

    @TempDir
    Path dir;

    private List<DatasetReader.Scan> scans() throws IOException {
        Path a = StreamedEncodingTest.csv(dir, "a", 230, 1);
        Path b = StreamedEncodingTest.csv(dir, "b", 171, 2);
        return List.of(DatasetReader.scan(a, DatasetSchema.INFERRED, false, null, null),
                DatasetReader.scan(b, DatasetSchema.INFERRED, false, null, null));
    }

    private static FeatureAlignment alignment(List<DatasetReader.Scan> scans) {
        return AlignmentPlanner.plan(Map.of("a", List.of(DatasetHeader.of(scans.get(0))),
                "b", List.of(DatasetHeader.of(scans.get(1)))));
    }

    @Test
    void mappedRowsAreTheHeapRowsBitForBitAcrossSegmentsAndWhenOpenedAgain() throws IOException {
        List<DatasetReader.Scan> scans = scans();
        FeatureAlignment alignment = alignment(scans);
        for (boolean labelled : new boolean[] {true, false}) {
            AlignedData heap = alignment.encodeScanned(scans, labelled);
            Path file = dir.resolve("rows-" + labelled + ".aligned");
            // segments of 7 rows: a row's place in a segment and the last, short segment are exercised
            long segment = 7L * 8 * alignment.width();
            AlignedData written = alignment.encodeScanned(scans, labelled, file, segment);
            assertFalse(written.featureRows().onHeap(), "the features are mapped, not on the heap");
            assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(file)), "the Worker's rows, readable by its own user only");
            assertEquals(AlignedFile.bytes(heap.rows(), alignment.width(), alignment.outputs()) + 4 + 2 * (4 + 1),
                    Files.size(file), "the header, the rows and the names 'a' and 'b'");
            for (AlignedData mapped : List.of(written, AlignedFile.open(file, segment), AlignedFile.open(file))) {
                same(heap, mapped);
            }
        }
    }

    private static void same(AlignedData expected, AlignedData actual) {
        assertEquals(expected.rows(), actual.rows());
        assertEquals(expected.width(), actual.width());
        assertArrayEquals(expected.x(), actual.x(), 0.0);
        assertArrayEquals(expected.y(), actual.y(), 0.0);
        assertArrayEquals(expected.classIndex(), actual.classIndex());
        assertEquals(origins(expected), origins(actual));
        assertArrayEquals(expected.features().ravel().toDoubleVector(), actual.features().ravel().toDoubleVector(),
                0.0);
        double[] row = new double[expected.width()];
        for (int r : new int[] {0, 6, 7, 13, 14, actual.rows() - 1}) {
            double[] source = actual.featureRows().source(r, row);
            assertArrayEquals(java.util.Arrays.copyOfRange(expected.x(), r * expected.width(), (r + 1)
                    * expected.width()), java.util.Arrays.copyOfRange(source, actual.featureRows().offset(r),
                    actual.featureRows().offset(r) + expected.width()), 0.0, "row " + r);
        }
    }

    private static List<String> origins(AlignedData data) {
        List<String> origins = new ArrayList<>();
        for (int r = 0; r < data.rows(); r++) {
            origins.add(data.origins().dataset(r) + ":" + data.origins().line(r));
        }
        return origins;
    }

    @Test
    void aRunTrainsAndPredictsOnMappedRowsExactlyAsOnTheHeap() throws IOException {
        List<DatasetReader.Scan> scans = scans();
        FeatureAlignment alignment = alignment(scans);
        AlignedData heap = alignment.encodeScanned(scans, true);
        AlignedData mapped = alignment.encodeScanned(scans, true, dir.resolve("train.aligned"),
                5L * 8 * alignment.width());
        for (int[] hidden : List.of(new int[0], new int[] {4})) {
            DenseNetwork network = new DenseNetwork(new ModelSpec(alignment.width(), hidden, 1, Activation.TANH,
                    Task.BINARY));
            double[] global = network.initialParameters(3);
            for (int batch : new int[] {16, 10_000}) {
                TrainingConfig config = new TrainingConfig(2, batch, 0.2, 0.01, 0.05, 9);
                ModelUpdate onHeap = LocalTrainer.train(network, global, heap, config, 1, 4);
                ModelUpdate onFile = LocalTrainer.train(network, global, mapped, config, 1, 4);
                assertArrayEquals(onHeap.parameters(), onFile.parameters(), 0.0);
                assertEquals(onHeap.loss(), onFile.loss(), 0.0);
                double[][] expected = network.predictRows(onHeap.parameters(), heap.featureRows());
                double[][] actual = network.predictRows(onHeap.parameters(), mapped.featureRows());
                for (int r = 0; r < expected.length; r++) {
                    assertArrayEquals(expected[r], actual[r], 0.0);
                }
            }
        }
    }

    @Test
    void aFileCutShortOrOfAnotherKindIsRefused() throws IOException {
        List<DatasetReader.Scan> scans = scans();
        FeatureAlignment alignment = alignment(scans);
        Path file = dir.resolve("cut.aligned");
        alignment.encodeScanned(scans, true, file);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(Files.size(file) - 20);
        }
        IllegalStateException cut = assertThrows(IllegalStateException.class, () -> AlignedFile.open(file));
        assertTrue(cut.getMessage().contains("is cut short"), cut.getMessage());
        Path other = dir.resolve("other.aligned");
        Files.writeString(other, "age,colour,score,sparse,label\n1,c1,2.5,,yes\n and more than a header's bytes");
        IllegalStateException kind = assertThrows(IllegalStateException.class, () -> AlignedFile.open(other));
        assertTrue(kind.getMessage().contains("is not an aligned-data file"), kind.getMessage());
        assertThrows(UncheckedIOException.class, () -> AlignedFile.open(dir.resolve("none.aligned")));
        // a file is never written over: it is made new
        assertThrows(UncheckedIOException.class, () -> alignment.encodeScanned(scans, true, other));
    }
}
