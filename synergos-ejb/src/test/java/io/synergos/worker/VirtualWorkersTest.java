package io.synergos.worker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VirtualWorkersTest {

    @Test
    void eachVirtualWorkerHasItsOwnKeyWhichOnlyTheNodesKeyGives() {
        Set<String> keys = new HashSet<>();
        for (int i = 1; i <= 100; i++) {
            String key = VirtualWorkers.key("node-key-0123456789abcdef0123456789", VirtualWorkers.name(i));
            assertTrue(key.length() >= 43, key);
            assertNotEquals("node-key-0123456789abcdef0123456789", key);
            keys.add(key);
        }
        assertEquals(100, keys.size(), "no two virtual Workers share a key");
        assertEquals(VirtualWorkers.key("a-node-key", "v7"), VirtualWorkers.key("a-node-key", "v7"));
        assertNotEquals(VirtualWorkers.key("a-node-key", "v7"), VirtualWorkers.key("another-node-key", "v7"));
    }

    @Test
    void onlyTheHostedNamesAreVirtualWorkers() {
        assertEquals(Optional.of(1), VirtualWorkers.index("v1", 3));
        assertEquals(Optional.of(3), VirtualWorkers.index("v3", 3));
        for (String name : new String[] {"v4", "v0", "v01", "V1", "w1", "v", "v1/..", "", null}) {
            assertEquals(Optional.empty(), VirtualWorkers.index(name, 3), String.valueOf(name));
        }
        assertThrows(IllegalArgumentException.class, () -> VirtualWorkers.name(0));
        assertEquals("https://h:8443/synergos/virtual/v2/", VirtualWorkers.baseUrl("https://h:8443/synergos/", "v2"));
        assertEquals("https://h:8443/synergos/virtual/v2/", VirtualWorkers.baseUrl("https://h:8443/synergos", "v2"));
    }
}
