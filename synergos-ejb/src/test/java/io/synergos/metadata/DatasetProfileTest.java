package io.synergos.metadata;

import io.synergos.federation.data.Dataset;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DatasetProfileTest {

    @TempDir
    Path dir;

    @Test
    void schemaCountsAndAVersionThatFollowsEveryByte() throws Exception {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "age,city,label\n30,a,yes\n40,b,no\n50,a,yes\n");
        DatasetProfile p = profile(csv, 1);
        assertEquals("classification", p.task());
        assertEquals("label", p.label());
        assertEquals(new DatasetProfile.Column("age", "numeric", 0), p.columns().get(0));
        assertEquals(new DatasetProfile.Column("city", "categorical", 2), p.columns().get(1));
        assertEquals(3, p.rows());
        assertEquals(64, p.version().length());
        assertEquals(p.version(), profile(csv, 1).version(), "the same bytes, the same version");
        Files.writeString(csv, "age,city,label\n30,a,yes\n40,b,no\n51,a,yes\n");
        assertNotEquals(p.version(), profile(csv, 1).version(), "one changed digit is a new version");
    }

    @Test
    void rowCountsAreRoundedDownToTheGranularityButNeverToZero() {
        assertEquals(100, DatasetProfile.rounded(199, 100));
        assertEquals(100, DatasetProfile.rounded(7, 100));
        assertEquals(0, DatasetProfile.rounded(0, 100));
        assertEquals(199, DatasetProfile.rounded(199, 1));
    }

    @Test
    void aGranularityOutOfRangeIsRefused() throws Exception {
        Path csv = dir.resolve("d.csv");
        Files.writeString(csv, "x,label\n1,a\n2,b\n");
        assertThrows(IllegalArgumentException.class, () -> profile(csv, 0));
    }

    @Test
    void aLargeFileIsProfiledAsItStreamsPastExactlyAsReadWhole() throws Exception {
        Path csv = dir.resolve("big.csv");
        StringBuilder text = new StringBuilder("id,colour,score,label\n");
        // an identifier column with more distinct values than the scan follows, a colour with a missing cell
        int rows = io.synergos.federation.data.ColumnTallies.MAX_DISTINCT + 300;
        for (int r = 0; r < rows; r++) {
            text.append("u").append(r).append(',').append(r % 9 == 0 ? "" : "c" + r % 5).append(',').append(r * 0.5)
                    .append(',').append(r % 3 == 0 ? "yes" : "no").append('\n');
        }
        Files.writeString(csv, text);
        for (DatasetSchema schema : new DatasetSchema[] {DatasetSchema.INFERRED, DatasetSchema.INFERRED.with("colour",
                java.util.Map.of("score", io.synergos.federation.data.ColumnType.CATEGORICAL))}) {
            DatasetProfile whole = DatasetProfile.of(DatasetReader.read(csv, schema, true), csv, null, 100);
            DatasetProfile streamed = DatasetProfile.of(DatasetReader.scan(csv, schema, true, null, null), csv, null, 100);
            assertEquals(whole, streamed);
            assertEquals(rows, whole.columns().stream().filter(c -> c.name().equals("id")).findFirst().orElseThrow()
                    .categories(), "every identifier counted, beyond what the scan follows");
        }
        // without the identifier, the scan's own tallies give the categories
        Path small = dir.resolve("small.csv");
        Files.writeString(small, "colour,score,label\na,1,yes\nb,,no\n,3,yes\na,4,maybe\n");
        assertEquals(DatasetProfile.of(DatasetReader.read(small, DatasetSchema.INFERRED, true), small, null, 1),
                DatasetProfile.of(DatasetReader.scan(small, DatasetSchema.INFERRED, true, null, null), small, null, 1));
    }

    private static DatasetProfile profile(Path csv, int granularity) {
        Dataset d = DatasetReader.read(csv, DatasetSchema.INFERRED, true);
        return DatasetProfile.of(d, csv, null, granularity);
    }
}
