package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The registration API over HTTP, as a JAX-RS client uses it: create, read, update, delete, and errors. */
class RegistryApiIT {

    private static final Nodes NODES = Nodes.fromSystemProperty();
    private static final String KEY = "k".repeat(64);
    private static Node ttp;
    private static SynergosClient api;

    @BeforeAll
    static void start() {
        ttp = NODES.start("it-api-ttp", "ttp", null, 1900, Nodes.Database.H2, true);
        api = SynergosClient.asAdmin(ttp);
    }

    @AfterAll
    static void stop() {
        NODES.stop("it-api-ttp");
    }

    @Test
    void everyResourceCanBeCreatedReadUpdatedAndDeleted() {
        long project = api.createProject("crud", "first");
        assertEquals("second", api.put("projects/" + project, Json.createObjectBuilder().add("name", "crud")
                .add("description", "second").build()).getString("description"));

        long experiment = api.createExperiment(project, "mlp", "MLP", "16,8", "relu");
        JsonObject changed = api.put("experiments/" + experiment, Json.createObjectBuilder().add("name", "mlp")
                .add("modelType", "MLP").add("hiddenLayers", "4").add("activation", "sigmoid").build());
        assertEquals("4", changed.getString("hiddenLayers"));

        long run = api.createRun(experiment, "r1", Json.createObjectBuilder().add("rounds", 3).build());
        JsonObject updated = api.put("runs/" + run, Json.createObjectBuilder().add("name", "r1")
                .add("hyperparameters", Json.createObjectBuilder().add("rounds", 9).add("algorithm", "FEDPROX")
                        .add("mu", 0.5)).build());
        assertEquals(9, updated.getJsonObject("hyperparameters").getInt("rounds"));
        assertEquals("CREATED", updated.getString("status"));

        long participant = api.createParticipant("clinic", "https://10.1.2.3:8443/synergos", KEY);
        assertEquals("https://clinic.example:8443/synergos", api.put("participants/" + participant,
                Json.createObjectBuilder().add("name", "clinic").add("baseUrl", "https://clinic.example:8443/synergos")
                        .build()).getString("baseUrl"));

        long registration = api.register(project, participant);
        api.tag(registration, "train", List.of("a", "b"));
        api.tag(registration, "predict", List.of("c"));
        api.delete("registrations/" + registration + "/tags/predict");
        JsonObject tags = api.get("registrations/" + registration).asJsonObject().getJsonObject("tags");
        assertEquals(Json.createObjectBuilder().add("train", Json.createArrayBuilder(List.of("a", "b"))).build(), tags);

        api.delete("runs/" + run);
        api.delete("experiments/" + experiment);
        api.delete("registrations/" + registration);
        api.delete("participants/" + participant);
        api.delete("projects/" + project);
        assertEquals(404, assertThrows(SynergosClient.ApiException.class, () -> api.get("projects/" + project)).status());
    }

    @Test
    void errorsAreProblemDetailsThatNameWhatIsWrong() {
        SynergosClient.ApiException missing = assertThrows(SynergosClient.ApiException.class,
                () -> api.get("projects/999999"));
        assertEquals(404, missing.status());
        assertEquals("no project with id 999999", missing.problem().getString("detail"));

        api.createProject("taken", "");
        SynergosClient.ApiException duplicate = assertThrows(SynergosClient.ApiException.class,
                () -> api.createProject("taken", "again"));
        assertEquals(409, duplicate.status());
        assertTrue(duplicate.problem().getString("detail").contains("'taken' already exists"));

        SynergosClient.ApiException badUrl = assertThrows(SynergosClient.ApiException.class,
                () -> api.createParticipant("x", "ftp://nope", KEY));
        assertEquals(400, badUrl.status());
        assertEquals("baseUrl", badUrl.problem().getJsonArray("errors").getJsonObject(0).getString("field"));

        SynergosClient.ApiException noKey = assertThrows(SynergosClient.ApiException.class, () -> api.post(
                "participants", Json.createObjectBuilder().add("name", "keyless").add("baseUrl", "https://h/synergos")
                        .build()));
        assertEquals(400, noKey.status());
        assertTrue(noKey.problem().getString("detail").startsWith("accessKey is required"), noKey.body());
        long keyed = api.createParticipant("keyed", "https://h/synergos", KEY);
        JsonObject listed = api.get("participants/" + keyed).asJsonObject();
        assertTrue(!listed.containsKey("accessKey"), "the API never returns a control key: " + listed);

        SynergosClient.ApiException badTag = assertThrows(SynergosClient.ApiException.class,
                () -> api.put("registrations/1/tags/holdout", Json.createObjectBuilder()
                        .add("datasets", Json.createArrayBuilder().add("d")).build()));
        assertTrue(badTag.status() == 400 || badTag.status() == 404, badTag.toString());

        long project = api.createProject("models", "");
        SynergosClient.ApiException badModel = assertThrows(SynergosClient.ApiException.class,
                () -> api.createExperiment(project, "e", "SVM", "", "relu"));
        assertEquals(400, badModel.status());

        HttpResponse<String> wrongType = api.raw("POST", "projects", "text/plain", "name=x");
        assertEquals(415, wrongType.statusCode());
        assertEquals("application/problem+json", wrongType.headers().firstValue("Content-Type").orElse(""));
    }

    @Test
    void startingTrainingWithoutParticipantsFailsTheRunWithTheReason() {
        long project = api.createProject("lonely", "");
        long experiment = api.createExperiment(project, "e", "LOGISTIC_REGRESSION", "", "relu");
        long run = api.createRun(experiment, "r", Json.createObjectBuilder().build());
        api.post("runs/" + run + "/training", Json.createObjectBuilder().build());
        JsonObject failed = api.awaitStatus(run, java.time.Duration.ofMinutes(1), java.util.Set.of("FAILED", "TRAINED"));
        assertEquals("failed during training: no registered participant has a dataset tagged train",
                failed.getString("statusReason"));
        SynergosClient.ApiException evaluate = assertThrows(SynergosClient.ApiException.class,
                () -> api.post("runs/" + run + "/evaluation", Json.createObjectBuilder().build()));
        assertEquals(409, evaluate.status());
    }
}
