package io.synergos.worker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.alignment.AlignedFile;
import io.synergos.federation.alignment.AlignmentPlanner;
import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Worker's cache of aligned data: an entry is encoded once and opened after, the least recently used go beyond
 * the limit, a node's new life starts empty, and with the cache off or too small the rows go to the heap.
 */
class AlignedCacheTest {

    @TempDir
    Path dir;

    private FeatureAlignment alignment;
    private List<DatasetReader.Scan> scans;
    private long bytes;
    private final AtomicInteger encoded = new AtomicInteger();
    private final AtomicInteger onHeap = new AtomicInteger();

    @BeforeEach
    void data() throws IOException {
        StringBuilder text = new StringBuilder("x,colour,label\n");
        for (int r = 0; r < 500; r++) {
            text.append(r * 0.5).append(",c").append(r % 3).append(',').append(r % 2 == 0 ? "yes" : "no").append('\n');
        }
        Path csv = dir.resolve("data.csv");
        Files.writeString(csv, text);
        scans = List.of(DatasetReader.scan(csv, DatasetSchema.INFERRED, true, null, null));
        alignment = AlignmentPlanner.plan(Map.of("w", List.of(DatasetHeader.of(scans.get(0)))));
        bytes = AlignedFile.bytes(500, alignment.width(), alignment.outputs());
    }

    private AlignedData get(AlignedCache cache, String key) {
        return cache.get(key, () -> bytes, file -> {
            encoded.incrementAndGet();
            return alignment.encodeScanned(scans, true, file);
        }, () -> {
            onHeap.incrementAndGet();
            return alignment.encodeScanned(scans, true);
        });
    }

    @Test
    void anEntryIsEncodedOnceAndOpenedAfterAsTheSameRows() {
        AlignedCache cache = new AlignedCache(dir.resolve("aligned"), 1 << 20);
        AlignedData first = get(cache, "k1");
        AlignedData second = get(cache, "k1");
        assertEquals(1, encoded.get(), "encoded once");
        assertEquals(0, onHeap.get());
        assertFalse(second.featureRows().onHeap());
        assertArrayEquals(first.x(), second.x(), 0.0);
        assertArrayEquals(alignment.encodeScanned(scans, true).x(), second.x(), 0.0);
        assertEquals(List.of("k1.aligned"), cache.entries());
        cache.clear();
        assertEquals(List.of(), cache.entries(), "a node that stops leaves no entry");
        assertArrayEquals(first.x(), second.x(), 0.0, "rows still mapped stay readable");
    }

    @Test
    void theLeastRecentlyUsedEntriesGoBeyondTheLimit() throws IOException {
        long entry = bytes + 64;
        AlignedCache cache = new AlignedCache(dir.resolve("aligned"), 2 * entry);
        get(cache, "k1");
        get(cache, "k2");
        Files.setLastModifiedTime(dir.resolve("aligned/k1.aligned"), java.nio.file.attribute.FileTime.fromMillis(1000));
        Files.setLastModifiedTime(dir.resolve("aligned/k2.aligned"), java.nio.file.attribute.FileTime.fromMillis(2000));
        get(cache, "k1");
        get(cache, "k3");
        assertEquals(List.of("k1.aligned", "k3.aligned"), cache.entries(), "k1 was used after k2");
        assertEquals(3, encoded.get());
    }

    @Test
    void aNewLifeStartsEmptyAndTheCacheOffOrTooSmallEncodesOnTheHeap() throws IOException {
        Path aligned = dir.resolve("aligned");
        get(new AlignedCache(aligned, 1 << 20), "k1");
        Files.writeString(aligned.resolve("k2.1234.partial"), "half written when the node stopped");
        Files.writeString(aligned.resolve("README.txt"), "an operator's own file");
        AlignedCache again = new AlignedCache(aligned, 1 << 20);
        assertEquals(List.of(), again.entries());
        assertFalse(Files.exists(aligned.resolve("k2.1234.partial")));
        assertTrue(Files.exists(aligned.resolve("README.txt")), "only the cache's own files are deleted");

        AlignedData off = get(new AlignedCache(dir.resolve("off"), 0), "k1");
        assertTrue(off.featureRows().onHeap());
        assertFalse(Files.exists(dir.resolve("off")), "a cache that is off makes no directory");
        AlignedData small = get(new AlignedCache(dir.resolve("small"), bytes / 2), "k1");
        assertTrue(small.featureRows().onHeap());
        assertEquals(2, onHeap.get());
        assertEquals(1, encoded.get());
    }

    @Test
    void anEncodingThatFailsLeavesNothingBehind() {
        AlignedCache cache = new AlignedCache(dir.resolve("aligned"), 1 << 20);
        IllegalStateException failure = new IllegalStateException("the file changed while being read");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> cache.get("k1", () -> bytes, file -> {
            alignment.encodeScanned(scans, true, file);
            throw failure;
        }, () -> null)));
        assertEquals(List.of(), cache.entries());
        assertEquals(0, dir.resolve("aligned").toFile().list().length, "no partial file is left");
        get(cache, "k1");
        assertEquals(List.of("k1.aligned"), cache.entries());
    }

    @Test
    void aDiskThatCannotHoldTheFileSendsTheRowsToTheHeap() {
        AlignedCache cache = new AlignedCache(dir.resolve("aligned"), 1 << 20);
        AlignedData data = cache.get("k1", () -> bytes, file -> {
            alignment.encodeScanned(scans, true, file);
            throw new java.io.UncheckedIOException(new IOException("No space left on device"));
        }, () -> {
            onHeap.incrementAndGet();
            return alignment.encodeScanned(scans, true);
        });
        assertTrue(data.featureRows().onHeap());
        assertEquals(1, onHeap.get());
        assertEquals(0, dir.resolve("aligned").toFile().list().length, "no partial file is left");
    }
}
