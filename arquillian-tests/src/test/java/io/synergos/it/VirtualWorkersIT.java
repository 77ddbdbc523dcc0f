package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import io.synergos.worker.VirtualWorkers;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Virtual Workers across real nodes: a TTP and one Worker node hosting {@value #VIRTUAL} virtual Workers, each
 * registered with the TTP as a participant of its own. They train and evaluate a model together, each on its own slice
 * of the node's rows, over its own socket; each one's control API opens only with its own key, and nothing but the
 * control calls and the grid socket is reachable under {@code /virtual/}.
 */
class VirtualWorkersIT {

    private static final int VIRTUAL = 4;
    private static final Duration WAIT = Duration.ofMinutes(4);
    private static final Nodes NODES = Nodes.fromSystemProperty();
    private static Node ttpNode;
    private static Node worker;
    private static SynergosClient ttp;

    /** Rows of the file larger than the Worker streams rather than reads whole (WorkerDatasets.STREAMED_BYTES). */
    private static final int BIG_ROWS = 60_000;

    @BeforeAll
    static void start() throws java.io.IOException {
        java.nio.file.Path data = java.nio.file.Path.of("target/it-data/virtual").toAbsolutePath();
        GridFixture.copyDemoData(NODES, "worker-a", data);
        io.synergos.ops.DataBenchmark.write(data.resolve("big-train.csv"), BIG_ROWS, 50);
        io.synergos.ops.DataBenchmark.write(data.resolve("big-evaluate.csv"), BIG_ROWS, 50);
        assertTrue(java.nio.file.Files.size(data.resolve("big-train.csv")) > io.synergos.worker.WorkerDatasets.STREAMED_BYTES,
                "larger than the Worker reads whole");
        List<Node> started = Demo.startNodes(NODES, "it-virtual-ttp", List.of("it-virtual-worker"), List.of(data), 6500,
                Map.of(), Map.of(VirtualWorkers.PROPERTY, Integer.toString(VIRTUAL)), Nodes.Tls.LOCAL);
        ttpNode = started.get(0);
        worker = started.get(1);
        ttp = SynergosClient.asAdmin(ttpNode);
    }

    @AfterAll
    static void stop() {
        NODES.stop("it-virtual-ttp");
        NODES.stop("it-virtual-worker");
    }

    private static String url(String virtual) {
        return VirtualWorkers.baseUrl(worker.baseUrl(), virtual);
    }

    private static String key(String virtual) {
        return VirtualWorkers.key(worker.accessKey(), virtual);
    }

    private static SynergosClient control(String virtual, String key) {
        String base = virtual == null ? worker.baseUrl() : url(virtual).replaceFirst("/$", "");
        return SynergosClient.withControlKey(base, key).withTls(worker.selfTls());
    }

    @Test
    void virtualWorkersTrainAndEvaluateTogetherEachAsAParticipantOnItsOwnSlice() {
        List<String> participants = new ArrayList<>();
        long run = trained("wisconsin", 30, Json.createObjectBuilder().add("rounds", 30).add("batchSize", 1000)
                .add("learningRate", 0.5), participants);
        Evaluated evaluated = evaluate(run);
        assertEquals(Set.copyOf(participants), evaluated.samples().keySet(), "each virtual Worker evaluated on its slice");
        assertTrue(evaluated.accuracy() > 0.9, "accuracy " + evaluated.accuracy());
        long own = control(null, worker.accessKey()).get("worker/datasets/wisconsin-evaluate/header").asJsonObject()
                .getJsonNumber("rows").longValue();
        assertEquals(own, evaluated.total(), "the slices' evaluate rows add up to the node's");
        for (int k = 1; k <= VIRTUAL; k++) {
            String name = VirtualWorkers.name(k);
            JsonArray held = control(name, key(name)).get("worker/runs").asJsonArray();
            assertTrue(held.isEmpty(), name + " released everything: " + held);
        }
    }

    @Test
    void aFileTooLargeToReadWholeStreamsIntoTrainingAndEvaluationEachVirtualWorkerOnItsSlice() throws Exception {
        long own = control(null, worker.accessKey()).get("worker/datasets/big-train/header").asJsonObject()
                .getJsonNumber("rows").longValue();
        assertEquals(BIG_ROWS, own);
        List<String> participants = new ArrayList<>();
        long run = trained("big", 3, Json.createObjectBuilder().add("rounds", 3).add("batchSize", 500)
                .add("learningRate", 0.1), participants);
        // evaluation streams the file too, and stores each prediction by the line of its row
        Evaluated evaluated = evaluate(run);
        assertEquals(Set.copyOf(participants), evaluated.samples().keySet());
        assertEquals(BIG_ROWS, evaluated.total(), "the slices' evaluated rows add up to the file");
        assertTrue(evaluated.accuracy() > 0.6, "a model that learnt something: accuracy " + evaluated.accuracy());
        for (int k = 1; k <= VIRTUAL; k++) {
            java.nio.file.Path predictions = worker.baseDir().resolve("work/virtual/" + VirtualWorkers.name(k) + "/runs/"
                    + run + "/evaluation-predictions.csv");
            List<String> lines = java.nio.file.Files.readAllLines(predictions);
            assertEquals(BIG_ROWS / VIRTUAL + 1, lines.size(), predictions + ": a header and a line per row of the slice");
            for (int r = 1; r < lines.size(); r++) {
                String[] cells = lines.get(r).split(",");
                assertEquals("big-evaluate", cells[0], lines.get(r));
                // row i of the file (line i + 2) belongs to v(i mod N + 1)
                assertEquals(k - 1, (Integer.parseInt(cells[1]) - 2) % VIRTUAL, predictions + ": " + lines.get(r));
                assertEquals(k - 1 + (r - 1) * VIRTUAL + 2, Integer.parseInt(cells[1]), "in the file's order");
            }
        }
        long sliced = 0;
        for (int k = 1; k <= VIRTUAL; k++) {
            String name = VirtualWorkers.name(k);
            sliced += control(name, key(name)).get("worker/datasets/big-train/header").asJsonObject()
                    .getJsonNumber("rows").longValue();
        }
        assertEquals(BIG_ROWS, sliced, "the streamed slices add up to the file");

        // each virtual Worker's aligned rows were written once to the Worker's disk, for training and for evaluation,
        // and a second run in the same feature space opens those files (the same inodes) instead of reading the CSV
        java.nio.file.Path aligned = worker.baseDir().resolve("work/aligned");
        Map<String, Object> kept = alignedFiles(aligned);
        assertEquals(2 * VIRTUAL, kept.size(), "a file per virtual Worker and phase: " + kept.keySet());
        trained("big", 3, Json.createObjectBuilder().add("rounds", 3).add("batchSize", 500).add("learningRate", 0.1),
                new ArrayList<>());
        assertEquals(kept, alignedFiles(aligned), "the second run reused the first run's aligned rows");
    }

    /** The files of aligned rows a Worker keeps, by name, each with its file key (device and inode). */
    private static Map<String, Object> alignedFiles(java.nio.file.Path dir) throws java.io.IOException {
        Map<String, Object> files = new java.util.TreeMap<>();
        try (var list = java.nio.file.Files.list(dir)) {
            for (java.nio.file.Path file : list.filter(f -> f.toString().endsWith(".aligned")).toList()) {
                files.put(file.getFileName().toString(), java.nio.file.Files.readAttributes(file,
                        java.nio.file.attribute.BasicFileAttributes.class).fileKey());
            }
        }
        return files;
    }

    /** A run's evaluation: the overall accuracy and each participant's evaluated rows. */
    private record Evaluated(double accuracy, Map<String, Long> samples) {
        long total() {
            return samples.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    private static Evaluated evaluate(long run) {
        ttp.post("runs/" + run + "/evaluation", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject evaluated = ttp.awaitStatus(run, WAIT, Set.of("EVALUATED", "FAILED", "STOPPED"));
        assertEquals("EVALUATED", evaluated.getString("status"), evaluated.toString());
        double accuracy = Double.NaN;
        Map<String, Long> samples = new java.util.LinkedHashMap<>();
        for (JsonObject e : ttp.evaluations(run).getValuesAs(JsonObject.class)) {
            String participant = e.getString("participant", null);
            if (participant == null) {
                accuracy = e.getJsonObject("metrics").getJsonNumber("accuracy").doubleValue();
            } else {
                samples.put(participant, e.getJsonObject("metrics").getJsonNumber("samples").longValue());
            }
        }
        return new Evaluated(accuracy, samples);
    }

    /**
     * Registers every virtual Worker as a participant of a new project (DATASET-train tagged, and DATASET-evaluate when
     * the node has it), trains a logistic regression run, and checks that it trained {@code rounds} rounds, each
     * answered by every one of them; returns the run, the participants' names added to {@code participants}.
     */
    private static long trained(String dataset, int rounds, jakarta.json.JsonObjectBuilder hyperparameters,
                                List<String> participants) {
        long project = ttp.createProject("virtual-" + dataset + "-" + System.nanoTime(), "virtual Workers");
        long experiment = ttp.createExperiment(project, "lr", "LOGISTIC_REGRESSION", "", "relu");
        boolean evaluate = java.nio.file.Files.exists(worker.dataDir().resolve(dataset + "-evaluate.csv"));
        for (int k = 1; k <= VIRTUAL; k++) {
            String name = VirtualWorkers.name(k);
            String participant = name + "-" + project;
            long registration = ttp.register(project, ttp.createParticipant(participant, url(name), key(name)));
            ttp.tag(registration, "train", List.of(dataset + "-train"));
            if (evaluate) {
                ttp.tag(registration, "evaluate", List.of(dataset + "-evaluate"));
            }
            participants.add(participant);
        }
        long run = ttp.createRun(experiment, "r", hyperparameters.build());
        ttp.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject trained = ttp.awaitStatus(run, WAIT, Set.of("TRAINED", "FAILED", "STOPPED"));
        assertEquals("TRAINED", trained.getString("status"), trained.toString());
        JsonArray recorded = ttp.rounds(run);
        assertEquals(rounds, recorded.size());
        for (JsonObject round : recorded.getValuesAs(JsonObject.class)) {
            assertEquals(Set.copyOf(participants), Set.copyOf(round.getJsonArray("answered")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()), round.toString());
        }
        return run;
    }

    @Test
    void eachVirtualWorkerHasItsOwnSliceAndOpensOnlyWithItsOwnKey() throws Exception {
        long own = control(null, worker.accessKey()).get("worker/datasets/wisconsin-train/header").asJsonObject()
                .getJsonNumber("rows").longValue();
        long sum = 0;
        for (int k = 1; k <= VIRTUAL; k++) {
            String name = VirtualWorkers.name(k);
            long rows = control(name, key(name)).get("worker/datasets/wisconsin-train/header").asJsonObject()
                    .getJsonNumber("rows").longValue();
            assertTrue(rows == own / VIRTUAL || rows == own / VIRTUAL + 1, name + " has " + rows + " of " + own);
            sum += rows;
        }
        assertEquals(own, sum, "every row of the node is in exactly one virtual Worker's slice");

        String path = "worker/datasets/wisconsin-train/header";
        assertEquals(401, control("v1", worker.accessKey()).raw("GET", path, null, null).statusCode(),
                "the node's own key does not open a virtual Worker");
        assertEquals(401, control("v1", key("v2")).raw("GET", path, null, null).statusCode(),
                "another virtual Worker's key does not open v1");
        assertEquals(401, control(null, key("v1")).raw("GET", path, null, null).statusCode(),
                "a virtual Worker's key does not open the node");
        HttpResponse<String> missing = control("v" + (VIRTUAL + 1), key("v" + (VIRTUAL + 1))).raw("GET", path, null,
                null);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("hosts no virtual Worker"), missing.body());
        // only the control calls are forwarded: not the catalog, not the node's signed-in API
        assertEquals(404, control("v1", key("v1")).raw("POST", "worker/catalog/wisconsin-train/profile",
                "application/json", "{}").statusCode());
        assertEquals(404, control("v1", key("v1")).raw("GET", "projects", null, null).statusCode());
        assertEquals(404, control("v1", key("v1")).raw("GET", "worker/datasets/..%2F..%2Fprojects", null, null)
                .statusCode());
        // the grid socket: a handshake without the run's secret is refused before the upgrade
        java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().sslContext(worker.selfTls()).build();
        java.util.concurrent.CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(
                java.util.concurrent.CompletionException.class, () -> http.newWebSocketBuilder().buildAsync(
                        java.net.URI.create(url("v1").replaceFirst("^http", "ws") + "grid/42"),
                        new java.net.http.WebSocket.Listener() { }).join());
        assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, refused.toString());
        assertEquals(401, ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse().statusCode());
    }
}
