package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.aggregation.ModelUpdate;
import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.alignment.AlignmentPlanner;
import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.data.ColumnType;
import io.synergos.federation.data.Dataset;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.federation.model.ModelSpec;
import io.synergos.federation.training.LocalTrainer;
import io.synergos.federation.training.TrainingConfig;
import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import io.synergos.ops.SynergosClient;
import java.time.Duration;
import java.util.Set;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A TTP and two Workers, separate WildFly processes started as the launcher starts them, run the whole
 * federated cycle on the shipped Ljubljana split (categorical features, one Worker lacking some values).
 */
class FederatedGridIT {

    private static GridFixture grid;

    @BeforeAll
    static void start() throws IOException {
        grid = new GridFixture("it-grid", 1100);
    }

    @AfterAll
    static void stop() {
        if (grid != null) {
            grid.stop();
        }
    }

    @Test
    void trainsEvaluatesAndPredictsWithinTwoPointsOfCentralTraining() throws IOException {
        JsonObject hyper = Demo.defaultHyperparameters();
        JsonObject result = Demo.cycle(grid.client, grid.workers, "ljubljana", Demo.Model.LOGISTIC_REGRESSION, hyper, false);
        long run = result.getJsonNumber("run").longValue();

        assertEquals("EVALUATED", result.getJsonObject("status").getString("status"));
        assertEquals(hyper.getInt("rounds"), result.getJsonArray("rounds").size());
        double first = result.getJsonArray("rounds").getJsonObject(0).getJsonNumber("globalLoss").doubleValue();
        double last = result.getJsonArray("rounds").getJsonObject(hyper.getInt("rounds") - 1)
                .getJsonNumber("globalLoss").doubleValue();
        assertTrue(last < first, "the global loss fell: " + first + " -> " + last);

        JsonObject overall = overall(result);
        assertEquals(3, result.getJsonArray("evaluations").size(), "one result per Worker and one overall");
        double federated = overall.getJsonNumber("accuracy").doubleValue();
        double central = centralAccuracy(hyper);
        System.out.printf("accuracy: federated %.4f, central %.4f%n", federated, central);
        assertTrue(Math.abs(federated - central) <= 0.02,
                "federated accuracy " + federated + " is within 2 points of central " + central);

        // models: the global one at the TTP, a local one at each Worker; predictions stay at the Worker
        assertTrue(Files.isRegularFile(grid.ttp.baseDir().resolve("work/runs/" + run + "/global-model.json")));
        for (Node worker : grid.workers) {
            assertTrue(Files.isRegularFile(worker.baseDir().resolve("work/runs/" + run + "/local-model.json")),
                    "local model at " + worker.name());
            assertTrue(Files.isRegularFile(worker.baseDir().resolve("work/runs/" + run + "/evaluation-predictions.csv")));
        }
        Node predictor = grid.workers.get(1);
        Path predictions = predictor.baseDir().resolve("work/runs/" + run + "/prediction-predictions.csv");
        long rows = Files.readAllLines(predictor.dataDir().resolve("ljubljana-predict.csv")).size() - 1;
        assertEquals(rows + 1, Files.readAllLines(predictions).size(), "a header and one line per predicted row");
        JsonObject learned = result.getJsonArray("predictions").getJsonObject(0);
        assertEquals(rows, learned.getJsonNumber("predictions").longValue());
        assertEquals("COMPLETED", learned.getString("status"));

        // the dashboard shows nothing without signing in: an anonymous visitor gets the sign-in form
        // (DashboardIT drives the signed-in pages in a browser)
        String dashboard = get(grid.ttp.rootUrl() + "/dashboard/");
        String project = grid.client.get("projects/" + result.getJsonNumber("project").longValue()).asJsonObject()
                .getString("name");
        assertTrue(dashboard.contains("j_security_check") && !dashboard.contains(project), dashboard);

        // the grid was dismantled: no Worker still holds the run
        for (Node worker : grid.workers) {
            assertTrue(SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey()).get("worker/runs").asJsonArray()
                    .isEmpty());
        }
    }

    /** The same model and hyperparameters trained centrally on the pooled training data, in this JVM. */
    private double centralAccuracy(JsonObject hyper) {
        DatasetSchema schema = new DatasetSchema("Class", Map.of("deg-malig", ColumnType.CATEGORICAL));
        List<Dataset> train = List.of(read("worker-a", "ljubljana-train", schema), read("worker-b", "ljubljana-train", schema));
        List<Dataset> test = List.of(read("worker-a", "ljubljana-evaluate", schema),
                read("worker-b", "ljubljana-evaluate", schema));
        FeatureAlignment alignment = AlignmentPlanner.plan(Map.of("pooled",
                train.stream().map(DatasetHeader::of).toList()));
        AlignedData pooled = alignment.encode(train, true);
        DenseNetwork network = new DenseNetwork(new ModelSpec(alignment.width(), new int[0], alignment.outputs(),
                Activation.RELU, alignment.task()));
        TrainingConfig config = new TrainingConfig(hyper.getInt("rounds") * hyper.getInt("localEpochs"),
                hyper.getInt("batchSize"), hyper.getJsonNumber("learningRate").doubleValue(),
                hyper.getJsonNumber("lambda").doubleValue(), 0, hyper.getInt("seed"));
        ModelUpdate model = LocalTrainer.train(network, network.initialParameters(hyper.getInt("seed")), pooled, config,
                0, 0);
        AlignedData evaluation = alignment.encode(test, true);
        INDArray p = network.predict(model.parameters(), evaluation.features());
        int correct = 0;
        for (int i = 0; i < evaluation.rows(); i++) {
            int predicted = p.getDouble(i, 0) >= 0.5 ? 1 : 0;
            correct += predicted == evaluation.classIndex()[i] ? 1 : 0;
        }
        return (double) correct / evaluation.rows();
    }

    private static Dataset read(String worker, String name, DatasetSchema schema) {
        return DatasetReader.read(Demo.dataDir(grid.nodes.home(), worker).resolve(name + ".csv"), schema, true);
    }

    /**
     * Every byte each Worker sends during a whole cycle (REST answers and grid frames) passes a recording
     * proxy; no training row may be in it: not as CSV text, not as raw or standardised values in float32 or
     * float64, not even two neighbouring values of a row.
     */
    @Test
    void noTrainingRowLeavesAWorker() throws IOException {
        try (TcpProxy a = new TcpProxy(grid.workers.get(0));
             TcpProxy b = new TcpProxy(grid.workers.get(1))) {
            Map<Node, TcpProxy> proxies = Map.of(grid.workers.get(0), a, grid.workers.get(1), b);
            JsonObject result = Demo.cycle(grid.client, grid.workers, w -> proxies.get(w).baseUrl(), "wisconsin",
                    Demo.Model.LOGISTIC_REGRESSION, Demo.defaultHyperparameters(), false);
            assertEquals("EVALUATED", result.getJsonObject("status").getString("status"));

            String captured = new String(a.capturedFromWorker(), StandardCharsets.ISO_8859_1)
                    + new String(b.capturedFromWorker(), StandardCharsets.ISO_8859_1);
            assertTrue(captured.contains("mean_radius") && captured.contains("SYNG"),
                    "the capture holds the Workers' headers and grid frames");

            List<Dataset> train = List.of(read("worker-a", "wisconsin-train", DatasetSchema.INFERRED),
                    read("worker-b", "wisconsin-train", DatasetSchema.INFERRED));
            FeatureAlignment alignment = AlignmentPlanner.plan(Map.of(
                    "a", List.of(DatasetHeader.of(train.get(0))), "b", List.of(DatasetHeader.of(train.get(1)))));
            int checked = 0;
            for (String worker : List.of("worker-a", "worker-b")) {
                List<String> lines = Files.readAllLines(Demo.dataDir(grid.nodes.home(), worker)
                        .resolve("wisconsin-train.csv"));
                for (String line : lines.subList(1, lines.size())) {
                    String[] cells = line.split(",");
                    assertFalse(captured.contains(line), "a CSV row left " + worker);
                    for (int c = 0; c + 1 < cells.length - 1; c++) {
                        double x = Double.parseDouble(cells[c]);
                        double y = Double.parseDouble(cells[c + 1]);
                        assertFalse(captured.contains(cells[c] + "," + cells[c + 1]), "raw values as text left " + worker);
                        assertFalse(captured.contains(floats(x, y)), "raw values as float32 left " + worker);
                        assertFalse(captured.contains(doubles(x, y)), "raw values as float64 left " + worker);
                        checked++;
                    }
                }
            }
            AlignedData aligned = alignment.encode(train, true);
            for (int r = 0; r < aligned.rows(); r++) {
                double[] row = aligned.features().getRow(r).toDoubleVector();
                for (int c = 0; c + 1 < row.length; c++) {
                    assertFalse(captured.contains(floats(row[c], row[c + 1])), "standardised values as float32 left");
                    assertFalse(captured.contains(doubles(row[c], row[c + 1])), "standardised values as float64 left");
                }
            }
            assertTrue(checked > 10_000, "checked " + checked + " value pairs");
        }
    }

    private static String get(String url) {
        try {
            return SynergosClient.httpClient(url, java.time.Duration.ofSeconds(5)).send(
                    HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String floats(double x, double y) {
        ByteBuffer bytes = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putFloat((float) x).putFloat((float) y);
        return new String(bytes.array(), StandardCharsets.ISO_8859_1);
    }

    private static String doubles(double x, double y) {
        ByteBuffer bytes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN).putDouble(x).putDouble(y);
        return new String(bytes.array(), StandardCharsets.ISO_8859_1);
    }

    @Test
    void anMlpTrainedWithFedProxClassifiesTheWisconsinSplit() {
        JsonObject hyper = Json.createObjectBuilder().add("algorithm", "FEDPROX").add("mu", 0.01).add("rounds", 15)
                .add("localEpochs", 2).add("batchSize", 32).add("learningRate", 0.05).add("seed", 7).build();
        JsonObject result = Demo.cycle(grid.client, grid.workers, "wisconsin", new Demo.Model("MLP", "8,4", "tanh"),
                hyper, false);
        JsonObject overall = overall(result);
        assertTrue(overall.getJsonNumber("accuracy").doubleValue() > 0.9, overall.toString());
        assertTrue(overall.getJsonNumber("roc_auc").doubleValue() > 0.95, overall.toString());
        assertEquals(List.of("benign", "malignant"), overall.getJsonArray("classes").getValuesAs(
                jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
    }

    @Test
    void multinomialLogisticRegressionOnNonIidWineData() {
        JsonObject hyper = Json.createObjectBuilder().add("rounds", 20).add("localEpochs", 2).add("batchSize", 16)
                .add("learningRate", 0.1).add("lambda", 0.001).build();
        JsonObject result = Demo.cycle(grid.client, grid.workers, "wine", Demo.Model.LOGISTIC_REGRESSION, hyper, false);
        JsonObject overall = overall(result);
        assertEquals(3, overall.getJsonArray("classes").size());
        assertEquals(3, overall.getJsonArray("confusion_matrix").size());
        assertEquals(3, overall.getJsonArray("confusion_matrix").getJsonArray(0).size());
        assertTrue(overall.getJsonNumber("accuracy").doubleValue() > 0.9, overall.toString());
        assertTrue(overall.getJsonNumber("f1_macro").doubleValue() > 0.9, overall.toString());
    }

    @Test
    void linearRegressionOnTheCpuSplitReportsRegressionMetrics() {
        JsonObject hyper = Json.createObjectBuilder().add("rounds", 40).add("localEpochs", 1).add("batchSize", 16)
                .add("learningRate", 0.05).add("lambda", 0.001).build();
        JsonObject result = Demo.cycle(grid.client, grid.workers, "cpu", Demo.Model.LINEAR_REGRESSION, hyper, false);
        JsonObject overall = overall(result);
        assertEquals("regression", overall.getString("task"));
        double r2 = overall.getJsonNumber("r2").doubleValue();
        assertTrue(r2 > 0.6, "R² " + r2 + " in the label's own unit: " + overall);
        assertTrue(overall.getJsonNumber("mae").doubleValue() > 1, "MAE is reported in the original unit: " + overall);
    }

    @Test
    void aRunIsDeterministicForAGivenSeed() {
        JsonObject hyper = Json.createObjectBuilder().add("rounds", 5).add("localEpochs", 2).add("batchSize", 16)
                .add("seed", 1234).build();
        JsonObject first = Demo.cycle(grid.client, grid.workers, "wisconsin", Demo.Model.LOGISTIC_REGRESSION, hyper,
                false);
        JsonObject second = Demo.cycle(grid.client, grid.workers, "wisconsin", Demo.Model.LOGISTIC_REGRESSION, hyper,
                false);
        assertEquals(losses(first), losses(second));
        assertEquals(overall(first).toString(), overall(second).toString());
    }

    @Test
    void earlyStoppingEndsTrainingWhenTheLossStopsImproving() {
        long run = startTraining(Json.createObjectBuilder().add("rounds", 50).add("earlyStoppingPatience", 2)
                .add("earlyStoppingMinDelta", 10.0).build());
        JsonObject trained = grid.client.awaitStatus(run, Duration.ofMinutes(2), Set.of("TRAINED", "FAILED"));
        assertEquals(3, grid.client.rounds(run).size(), "round 1 sets the best loss, 2 and 3 fail to beat it");
        assertEquals("stopped early after round 3: no improvement for 2 rounds", trained.getString("statusReason"));
    }

    /** A Wisconsin run on both Workers with the given hyperparameters, training started. */
    private static long startTraining(JsonObject hyperparameters) {
        SynergosClient ttp = grid.client;
        long project = ttp.createProject("control-" + System.nanoTime(), "grid control");
        long experiment = ttp.createExperiment(project, "e", "LOGISTIC_REGRESSION", "", "relu");
        long run = ttp.createRun(experiment, "r", hyperparameters);
        for (Node worker : grid.workers) {
            long participant = ttp.createParticipant(worker.name() + "-" + project, worker.baseUrl(),
                    worker.accessKey());
            ttp.tag(ttp.register(project, participant), "train", List.of("wisconsin-train"));
        }
        ttp.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        return run;
    }

    /**
     * Fifty short runs started one after another over REST, each trained and evaluated, while three clients
     * poll the current run as fast as they can: none may fail, a run's state seen by one client never goes back
     * (CREATED, TRAINING, TRAINED, EVALUATING, EVALUATED), and the answer to a GET sent after a start request
     * returned is never the state before it. Before the datasource disabled H2's result reuse (see
     * DatabaseStaleReadIT) this failed within a few dozen runs: OptimisticLockException in RunLedger, stale
     * states, and a grid start refused with 401 because the previous phase released the Workers late.
     */
    @Test
    void fiftyShortRunsInARowNeverFailNorGoBack() throws Exception {
        SynergosClient ttp = grid.client;
        long project = ttp.createProject("in-a-row-" + System.nanoTime(), "fifty short runs");
        long experiment = ttp.createExperiment(project, "e", "LOGISTIC_REGRESSION", "", "relu");
        for (Node worker : grid.workers) {
            long registration = ttp.register(project, ttp.createParticipant(worker.name() + "-" + project,
                    worker.baseUrl(), worker.accessKey()));
            ttp.tag(registration, "train", List.of("wisconsin-train"));
            ttp.tag(registration, "evaluate", List.of("wisconsin-evaluate"));
        }
        List<String> order = List.of("CREATED", "TRAINING", "TRAINED", "EVALUATING", "EVALUATED");
        AtomicLong current = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        List<String> wentBack = Collections.synchronizedList(new ArrayList<>());
        AtomicLong polls = new AtomicLong();
        ExecutorService pollers = Executors.newFixedThreadPool(3);
        List<Future<Object>> polling = new ArrayList<>();
        for (int p = 0; p < 3; p++) {
            polling.add(pollers.submit(() -> {
                Map<Long, Integer> seen = new HashMap<>();
                while (!done.get()) {
                    long run = current.get();
                    if (run == 0) {
                        continue;
                    }
                    String status = ttp.run(run).getString("status");
                    polls.incrementAndGet();
                    int rank = order.indexOf(status);
                    Integer before = seen.put(run, Math.max(rank, seen.getOrDefault(run, -1)));
                    if (before != null && rank < before) {
                        wentBack.add("run " + run + ": " + order.get(before) + " then " + status);
                    }
                }
                return null;
            }));
        }
        List<String> failures = new ArrayList<>();
        try {
            for (int i = 1; i <= 50; i++) {
                long run = ttp.createRun(experiment, "r" + i, Json.createObjectBuilder().add("rounds", 3)
                        .add("batchSize", 1000).add("seed", i).build());
                current.set(run);
                if (phase(ttp, run, "training", "CREATED", "TRAINED", failures)) {
                    phase(ttp, run, "evaluation", "TRAINED", "EVALUATED", failures);
                }
            }
        } finally {
            done.set(true);
            pollers.shutdown();
            assertTrue(pollers.awaitTermination(1, TimeUnit.MINUTES));
        }
        for (Future<Object> poller : polling) {
            poller.get();
        }
        System.out.printf("50 runs trained and evaluated in a row; %d concurrent polls; %d failures; %d states went back%n",
                polls.get(), failures.size(), wentBack.size());
        assertEquals(List.of(), failures);
        assertEquals(List.of(), wentBack);
        assertTrue(polls.get() > 500, "the pollers really polled: " + polls.get());
    }

    /**
     * Starts a phase of the run, checks that the state read right after the start request returned is not the
     * state before it, and awaits the phase's end; false (with the failure noted) unless it ends in {@code done}.
     */
    private static boolean phase(SynergosClient ttp, long run, String phase, String before, String done,
                                 List<String> failures) {
        ttp.post("runs/" + run + "/" + phase, JsonValue.EMPTY_JSON_OBJECT);
        if (ttp.run(run).getString("status").equals(before)) {
            failures.add("run " + run + " read " + before + " after its " + phase + " had started");
        }
        JsonObject ended = ttp.awaitStatus(run, Duration.ofMinutes(2), Set.of(done, "FAILED"));
        if (!ended.getString("status").equals(done)) {
            failures.add("run " + run + " " + phase + ": " + ended);
            return false;
        }
        return true;
    }

    @Test
    void stoppingAGridDismantlesItAndMarksTheRunStopped() {
        SynergosClient ttp = grid.client;
        long run = startTraining(Json.createObjectBuilder().add("rounds", 10000).add("batchSize", 4).build());
        ttp.await(() -> ttp.run(run), r -> r.getInt("completedRounds") >= 1, Duration.ofMinutes(2), "a round");
        ttp.delete("runs/" + run + "/grid");
        JsonObject stopped = ttp.awaitStatus(run, Duration.ofMinutes(2), Set.of("STOPPED", "FAILED", "TRAINED"));
        assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
        assertTrue(stopped.getString("statusReason").startsWith("stopped by request during training"));
        for (Node worker : grid.workers) {
            var held = SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey()).get("worker/runs").asJsonArray();
            assertFalse(held.contains(Json.createValue(run)), worker.name() + " released run " + run);
        }
        SynergosClient.ApiException again = org.junit.jupiter.api.Assertions.assertThrows(
                SynergosClient.ApiException.class, () -> ttp.delete("runs/" + run + "/grid"));
        assertEquals(409, again.status());
    }

    private static List<Double> losses(JsonObject result) {
        return result.getJsonArray("rounds").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getJsonNumber("globalLoss").doubleValue()).toList();
    }

    private static JsonObject overall(JsonObject result) {
        return result.getJsonArray("evaluations").getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.containsKey("participant")).findFirst().orElseThrow().getJsonObject("metrics");
    }

    @Test
    void theOpenApiDocumentDescribesTheRestApiToSignedInCallersOnly() {
        String document = grid.client.raw("GET", "openapi", null, null).body();
        assertEquals(401, new SynergosClient(grid.ttp.baseUrl()).raw("GET", "openapi", null, null).statusCode(),
                "no document without signing in");
        assertFalse(get(grid.ttp.rootUrl() + "/openapi").contains("/api/projects"),
                "WildFly's own /openapi, which no sign-in guards, serves nothing");
        for (String path : List.of("/projects", "/experiments/{id}/runs", "/participants", "/registrations/{id}/tags/{tag}",
                "/runs/{id}/training", "/runs/{id}/evaluation", "/runs/{id}/predictions", "/worker/datasets/{name}/header",
                "/contribution/runs/{runId}", "/contribution/{id}/allocations", "/contribution/allocations/{allocationId}/publish",
                "/contribution/participants/{name}/allocations", "/catalog/datasets", "/catalog/dcat",
                "/catalog/participants/{name}/datasets", "/catalog/participants/{name}/search", "/catalog/models",
                "/catalog/experiments",
                "/worker/catalog/{dataset}", "/lineage/models/{versionId}", "/lineage/catalog/{entryId}",
                "/lineage/projects/{projectId}/production")) {
            assertTrue(document.contains(path + ":"), "the OpenAPI document lists " + path);
        }
        assertFalse(document.isBlank());
    }
}
