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
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        JsonObject result = Demo.cycle(grid.client, grid.workers, "ljubljana", "LOGISTIC_REGRESSION", hyper, false);
        long run = result.getJsonNumber("run").longValue();

        assertEquals("EVALUATED", result.getJsonObject("status").getString("status"));
        assertEquals(hyper.getInt("rounds"), result.getJsonArray("rounds").size());
        double first = result.getJsonArray("rounds").getJsonObject(0).getJsonNumber("globalLoss").doubleValue();
        double last = result.getJsonArray("rounds").getJsonObject(hyper.getInt("rounds") - 1)
                .getJsonNumber("globalLoss").doubleValue();
        assertTrue(last < first, "the global loss fell: " + first + " -> " + last);

        JsonObject overall = result.getJsonArray("evaluations").getValuesAs(JsonObject.class).stream()
                .filter(e -> !e.containsKey("participant")).findFirst().orElseThrow().getJsonObject("metrics");
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

        // the grid was dismantled: no Worker still holds the run
        for (Node worker : grid.workers) {
            assertTrue(new io.synergos.ops.SynergosClient(worker.baseUrl()).get("worker/runs").asJsonArray().isEmpty());
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

    @Test
    void theOpenApiDocumentDescribesTheRestApi() throws Exception {
        String document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + grid.ttp.httpPort() + "/openapi")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String path : List.of("/projects", "/experiments/{id}/runs", "/participants", "/registrations/{id}/tags/{tag}",
                "/runs/{id}/training", "/runs/{id}/evaluation", "/runs/{id}/predictions", "/worker/datasets/{name}/header")) {
            assertTrue(document.contains(path + ":"), "the OpenAPI document lists " + path);
        }
        assertFalse(document.isBlank());
    }
}
