package io.synergos.federation.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A virtual Worker's slice of a dataset: every row in exactly one slice, in file order, with its line number. */
class DatasetSliceTest {

    @TempDir
    Path dir;

    @Test
    void theSlicesPartitionTheRowsInFileOrder() throws IOException {
        Path file = dir.resolve("d.csv");
        StringBuilder csv = new StringBuilder("x,colour,label\n");
        for (int r = 0; r < 11; r++) {
            csv.append(r).append(',').append(r % 3 == 0 ? "" : "c" + r % 2).append(',').append(r % 2).append('\n');
        }
        Files.writeString(file, csv);
        Dataset all = DatasetReader.read(file, DatasetSchema.INFERRED, true);
        assertSame(all, all.slice(0, 1));
        List<Object> seen = new ArrayList<>();
        int[] sizes = new int[4];
        for (int part = 0; part < 4; part++) {
            Dataset slice = all.slice(part, 4);
            sizes[part] = slice.rows();
            assertEquals(all.types(), slice.types());
            for (int i = 0; i < slice.rows(); i++) {
                int row = part + 4 * i;
                assertEquals(all.lines()[row], slice.lines()[i]);
                assertEquals(all.column("colour").get(row), slice.column("colour").get(i), "missing cells stay missing");
                seen.add(slice.column("x").get(i));
            }
        }
        assertArrayEquals(new int[] {3, 3, 3, 2}, sizes);
        seen.sort(null);
        assertEquals(all.column("x").stream().sorted().toList(), seen);
        assertEquals(0, all.slice(11, 12).rows() + all.slice(11, 20).rows(), "a slice past the last row is empty");
        assertThrows(IllegalArgumentException.class, () -> all.slice(4, 4));
        assertThrows(IllegalArgumentException.class, () -> all.slice(0, 0));
        assertEquals(Arrays.asList(0.0, 4.0, 8.0), all.slice(0, 4).column("x"));
    }
}
