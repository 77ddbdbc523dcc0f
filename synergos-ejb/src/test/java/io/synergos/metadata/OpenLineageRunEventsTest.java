package io.synergos.metadata;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClientUtils;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenLineageRunEventsTest {

    private static final OpenLineageRunEvents.PhaseFacts TRAINING = new OpenLineageRunEvents.PhaseFacts("synergos",
            "cancer.lr.run-1.training", "Federated training of run 7",
            List.of(new OpenLineageRunEvents.DatasetFact(OpenLineageRunEvents.namespace("hospital-a"), "cohort",
                            "ab12", List.of(new OpenLineageRunEvents.Field("age", "numeric", null),
                            new OpenLineageRunEvents.Field("outcome", "categorical", "label")), "A cohort", 3L),
                    new OpenLineageRunEvents.DatasetFact(OpenLineageRunEvents.namespace("hospital-b"), "local", "cd34",
                            null, null, null)),
            List.of(new OpenLineageRunEvents.DatasetFact("synergos", "models/cancer/v1", "ff00", null, "v1", null)));

    private static JsonObject json(OpenLineage.RunEvent event) {
        return Json.createReader(new StringReader(OpenLineageClientUtils.toJson(event))).readObject();
    }

    @Test
    void aTrainingEventNamesItsJobDataVersionsSchemaAndModel() {
        UUID id = UUID.randomUUID();
        JsonObject e = json(OpenLineageRunEvents.event(TRAINING, OpenLineage.RunEvent.EventType.COMPLETE, id,
                ZonedDateTime.now(ZoneOffset.UTC), null));
        assertEquals("COMPLETE", e.getString("eventType"));
        assertEquals(id.toString(), e.getJsonObject("run").getString("runId"));
        assertTrue(e.getString("schemaURL").contains("/spec/2-0-2/OpenLineage.json#/$defs/RunEvent"), e.toString());
        assertEquals(OpenLineageRunEvents.PRODUCER.toString(), e.getString("producer"));
        assertEquals("cancer.lr.run-1.training", e.getJsonObject("job").getString("name"));
        assertEquals("FEDERATED_LEARNING", e.getJsonObject("job").getJsonObject("facets").getJsonObject("jobType")
                .getString("jobType"));
        JsonObject a = e.getJsonArray("inputs").getJsonObject(0);
        assertEquals("synergos://hospital-a", a.getString("namespace"));
        assertEquals("cohort", a.getString("name"));
        assertEquals("ab12", a.getJsonObject("facets").getJsonObject("version").getString("datasetVersion"));
        assertEquals("outcome", a.getJsonObject("facets").getJsonObject("schema").getJsonArray("fields")
                .getJsonObject(1).getString("name"));
        assertEquals("label", a.getJsonObject("facets").getJsonObject("schema").getJsonArray("fields")
                .getJsonObject(1).getString("description"));
        // a file registered by name, not catalogued: its version, no schema (nothing the owner did not publish)
        JsonObject b = e.getJsonArray("inputs").getJsonObject(1);
        assertEquals("cd34", b.getJsonObject("facets").getJsonObject("version").getString("datasetVersion"));
        assertFalse(b.getJsonObject("facets").containsKey("schema"));
        assertEquals("models/cancer/v1", e.getJsonArray("outputs").getJsonObject(0).getString("name"));
        assertFalse(e.getJsonObject("run").getJsonObject("facets").containsKey("errorMessage"));
    }

    @Test
    void aFailureCarriesItsReason() {
        JsonObject e = json(OpenLineageRunEvents.event(TRAINING, OpenLineage.RunEvent.EventType.FAIL,
                UUID.randomUUID(), ZonedDateTime.now(ZoneOffset.UTC), "hospital-b did not answer"));
        assertEquals("FAIL", e.getString("eventType"));
        assertEquals("hospital-b did not answer", e.getJsonObject("run").getJsonObject("facets")
                .getJsonObject("errorMessage").getString("message"));
    }
}
