package io.synergos.web.json;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTypesTest {

    enum Kind { ONE, TWO }

    public static class Settings {
        private int rounds = 10;
        private double rate;
        private Long seed;
        private static final long LIMIT = 5;
    }

    public record Body(String name, int count, Integer batch, long id, double rate, boolean flag, Boolean on, Kind kind,
                       Instant at, List<String> tags, Map<String, List<Integer>> grid, Settings settings,
                       JsonObject extra, Object anything, int[] sizes) {
    }

    public record Tree(Tree child) {
    }

    private static JsonValue json(String text) {
        return Json.createReader(new StringReader(text)).readValue();
    }

    @Test
    void aPropertyTheTypeDoesNotHaveIsIgnoredAsTheBinderIgnoresIt() {
        assertDoesNotThrow(() -> JsonTypes.check(json("{\"nmae\":12,\"settings\":{\"LIMIT\":\"x\"}}"), Body.class));
    }

    @Test
    void aBodyOfTheDeclaredTypesPasses() {
        assertDoesNotThrow(() -> JsonTypes.check(json("{\"name\":\"a \\ud83d\\ude00\",\"count\":3,\"batch\":null,"
                + "\"id\":9000000000,\"rate\":0.5,\"flag\":true,\"on\":false,\"kind\":\"ONE\",\"at\":\"2026-01-01T00:00:00Z\","
                + "\"tags\":[\"x\"],\"grid\":{\"seed\":[1,2]},\"settings\":{\"rounds\":5,\"rate\":1,\"seed\":null},"
                + "\"extra\":{\"k\":[1]},\"anything\":[{}],\"sizes\":[1,2],\"count\":2e0}"), Body.class));
    }

    @Test
    void aValueOfAnotherJsonTypeOrAnUnpairedSurrogateIsRefusedWithItsPath() {
        Map<String, String> wrong = Map.ofEntries(
                Map.entry("{\"name\":12}", "name"), Map.entry("{\"name\":true}", "name"),
                Map.entry("{\"name\":{}}", "name"), Map.entry("{\"count\":\"3\"}", "count"),
                Map.entry("{\"count\":1.5}", "count"), Map.entry("{\"count\":3000000000}", "count"),
                Map.entry("{\"count\":null}", "count"), Map.entry("{\"id\":9223372036854775808}", "id"),
                Map.entry("{\"rate\":\"0.5\"}", "rate"), Map.entry("{\"rate\":1e400}", "rate"),
                Map.entry("{\"flag\":\"yes\"}", "flag"), Map.entry("{\"on\":1}", "on"),
                Map.entry("{\"kind\":1}", "kind"), Map.entry("{\"tags\":\"x\"}", "tags"),
                Map.entry("{\"tags\":[1]}", "tags[0]"), Map.entry("{\"grid\":{\"seed\":[\"1\"]}}", "grid.seed[0]"),
                Map.entry("{\"settings\":{\"rounds\":\"5\"}}", "settings.rounds"),
                Map.entry("{\"extra\":[]}", "extra"), Map.entry("{\"sizes\":[1.5]}", "sizes[0]"),
Map.entry("{\"name\":\"\\ud800\"}", "name"),
                Map.entry("{\"name\":\"\\udfff x\"}", "name"), Map.entry("{\"\\ud800\":1}", ""),
                Map.entry("{\"unknown\":[\"\\udfff\"]}", "unknown[0]"), Map.entry("[]", ""), Map.entry("\"text\"", ""));
        wrong.forEach((body, path) -> assertEquals(path, assertThrows(JsonTypes.Mismatch.class,
                () -> JsonTypes.check(json(body), Body.class), body).path(), body));
        assertEquals("is nested deeper than 64 levels", assertThrows(JsonTypes.Mismatch.class,
                () -> JsonTypes.check(json("{\"child\":".repeat(100) + "null" + "}".repeat(100)), Tree.class))
                .getMessage());
    }
}
