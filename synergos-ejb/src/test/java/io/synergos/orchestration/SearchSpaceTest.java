package io.synergos.orchestration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchSpaceTest {

    @Test
    void gridIsTheCartesianProductInTheOrderGiven() {
        Map<String, List<Object>> space = new LinkedHashMap<>();
        space.put("learningRate", List.of(0.01, 0.1));
        space.put("lambda", List.of(0, 0.5, 1));
        List<Map<String, Object>> trials = SearchSpace.grid(space);
        assertEquals(6, trials.size());
        assertEquals(Map.of("learningRate", 0.01, "lambda", 0), trials.get(0));
        assertEquals(Map.of("learningRate", 0.01, "lambda", 1), trials.get(2));
        assertEquals(Map.of("learningRate", 0.1, "lambda", 0.5), trials.get(4));
        assertEquals(6, trials.stream().distinct().count());
    }

    @Test
    void randomSearchRespectsBudgetRangesAndSeed() {
        Map<String, SearchSpace.Dimension> space = new LinkedHashMap<>();
        space.put("learningRate", new SearchSpace.Dimension(null, 1e-4, 1.0, true, false));
        space.put("localEpochs", new SearchSpace.Dimension(null, 1.0, 5.0, false, true));
        space.put("algorithm", new SearchSpace.Dimension(List.of("FEDAVG", "FEDPROX"), null, null, false, false));
        List<Map<String, Object>> trials = SearchSpace.random(space, 200, 7);
        assertEquals(200, trials.size());
        assertEquals(trials, SearchSpace.random(space, 200, 7), "same seed, same trials");
        long small = 0;
        for (Map<String, Object> t : trials) {
            double lr = (Double) t.get("learningRate");
            assertTrue(lr >= 1e-4 && lr <= 1.0, "in range: " + lr);
            small += lr < 1e-2 ? 1 : 0;
            long epochs = (Long) t.get("localEpochs");
            assertTrue(epochs >= 1 && epochs <= 5);
            assertTrue(List.of("FEDAVG", "FEDPROX").contains(t.get("algorithm")));
        }
        // log-uniform: half of the draws fall in the lower two of four decades (a uniform draw would give ~1%)
        assertTrue(small > 60 && small < 140, "log-uniform spread, got " + small + " of 200 below 0.01");
    }

    @Test
    void badSpacesAreRefusedNamingThePlace() {
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.grid(Map.of("learningrate", List.of(0.1))));
        assertTrue(unknown.getMessage().startsWith("grid.learningrate is not a hyperparameter"), unknown.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> SearchSpace.grid(Map.of("lambda", List.of())));
        assertTrue(empty.getMessage().contains("grid.lambda"), empty.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> SearchSpace.random(
                Map.of("mu", new SearchSpace.Dimension(null, 0.0, 1.0, true, false)), 3, 1));
        assertTrue(range.getMessage().contains("random.mu"), range.getMessage());
        assertThrows(IllegalArgumentException.class, () -> SearchSpace.random(
                Map.of("mu", new SearchSpace.Dimension(null, 0.0, 1.0, false, false)), 0, 1));
    }
}
