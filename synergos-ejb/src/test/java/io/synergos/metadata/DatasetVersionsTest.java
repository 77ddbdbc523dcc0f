package io.synergos.metadata;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetVersionsTest {

    @Test
    void aCataloguedDatasetThatChangedIsAMismatchAndUncataloguedOnesAreRecordedOnly() {
        DatasetVersions v = new DatasetVersions();
        Map<String, DatasetVersions.Catalogued> a = Map.of("same", new DatasetVersions.Catalogued(1, "aaaa"),
                "changed", new DatasetVersions.Catalogued(2, "bbbbbbbbbbbbbbbb"));
        v.add("clinic-a", "train", "same", "aaaa", a);
        v.add("clinic-a", "train", "changed", "cccccccccccccccc", a);
        v.add("clinic-b", "train", "free", "dddd", Map.of());
        assertEquals(3, v.uses().size());
        assertFalse(v.uses().get(0).mismatch());
        assertNull(v.uses().get(2).catalogEntry());
        assertEquals(1, v.mismatches().size());
        String message = v.mismatchMessage();
        assertTrue(message.startsWith("clinic-a's dataset 'changed' changed on disk since it was catalogued (catalog "
                + "entry 2 has version bbbbbbbbbbbb, the file now is cccccccccccc)"), message);
        assertTrue(message.contains("catalogVersionPolicy to warn"), message);
    }
}
