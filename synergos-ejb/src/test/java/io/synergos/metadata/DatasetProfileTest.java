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

    private static DatasetProfile profile(Path csv, int granularity) {
        Dataset d = DatasetReader.read(csv, DatasetSchema.INFERRED, true);
        return DatasetProfile.of(d, csv, null, granularity);
    }
}
