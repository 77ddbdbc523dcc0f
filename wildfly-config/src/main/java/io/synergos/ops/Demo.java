package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The whole federated cycle on this machine: a TTP and two Workers, the shipped data registered, training (each
 * Worker's contribution valued while it trains), evaluation and prediction, a draft reward allocation, every figure
 * printed and written as JSON.
 */
public final class Demo {

    static final String TTP = "demo-ttp";
    static final List<String> WORKERS = List.of("demo-worker-a", "demo-worker-b");

    private Demo() {
    }

    /** Where the shipped demo datasets of a Worker are, by the Worker's short name (worker-a, worker-b). */
    public static Path dataDir(Path home, String worker) {
        return home.resolve("wildfly-config/src/main/demo/data").resolve(worker);
    }

    /**
     * Starts the TTP and Workers together, each on a fresh base dir, and waits until all answer. Worker i
     * gets the data directory {@code dataDirs.get(i)} and port offset {@code firstOffset + 100 (i + 1)}.
     */
    public static List<Node> startNodes(Nodes nodes, String ttp, List<String> workers, List<Path> dataDirs,
                                        int firstOffset) {
        return startNodes(nodes, ttp, workers, dataDirs, firstOffset, Map.of());
    }

    /** As above, with extra system properties for the TTP (parallel runs, retry delay, ...). */
    public static List<Node> startNodes(Nodes nodes, String ttp, List<String> workers, List<Path> dataDirs,
                                        int firstOffset, Map<String, String> ttpProperties) {
        return startNodes(nodes, ttp, workers, dataDirs, firstOffset, ttpProperties, Nodes.Tls.LOCAL);
    }

    /** As above, every node with {@code tls} ({@link Nodes.Tls#LOCAL}: kits of this machine's CA). */
    public static List<Node> startNodes(Nodes nodes, String ttp, List<String> workers, List<Path> dataDirs,
                                        int firstOffset, Map<String, String> ttpProperties, Nodes.Tls tls) {
        return startNodes(nodes, ttp, workers, dataDirs, firstOffset, ttpProperties, Map.of(), tls);
    }

    /** As above, with extra system properties for every Worker (e.g. how many virtual Workers each hosts). */
    public static List<Node> startNodes(Nodes nodes, String ttp, List<String> workers, List<Path> dataDirs,
                                        int firstOffset, Map<String, String> ttpProperties,
                                        Map<String, String> workerProperties, Nodes.Tls tls) {
        for (String name : concat(ttp, workers)) {
            nodes.find(name).ifPresent(n -> nodes.stop(name));
        }
        Node ttpNode = nodes.launch(ttp, "ttp", null, firstOffset, Nodes.Database.H2, true, ttpProperties, tls);
        List<Node> started = new java.util.ArrayList<>(List.of(ttpNode));
        for (int i = 0; i < workers.size(); i++) {
            started.add(nodes.launch(workers.get(i), "worker", dataDirs.get(i), firstOffset + 100 * (i + 1),
                    Nodes.Database.H2, true, workerProperties, tls));
        }
        started.forEach(nodes::awaitReady);
        return started;
    }

    /** An experiment's model: its type, hidden layer widths (MLP) and hidden activation. */
    public record Model(String type, String hiddenLayers, String activation) {
        public static final Model LOGISTIC_REGRESSION = new Model("LOGISTIC_REGRESSION", "", "relu");
        public static final Model LINEAR_REGRESSION = new Model("LINEAR_REGRESSION", "", "relu");
    }

    /** The cycle itself, driven through the TTP's REST API. Returns every result as one JSON document. */
    /** A project and experiment registered at the TTP, with every Worker registered and its data tagged. */
    public record Registered(long project, long experiment, List<String> participants) {
    }

    /**
     * Registers a new project for {@code dataset} with one experiment of {@code model}, every Worker as a
     * participant (reached at {@code addressOf}) with its DATASET-train/-evaluate (and -predict) files tagged.
     */
    public static Registered register(SynergosClient ttp, List<Node> workers, Function<Node, String> addressOf,
                                      String dataset, Model model) {
        return register(ttp, workers, addressOf, dataset, model, null);
    }

    /**
     * As above; with a {@code catalog} (the TTP's node), each Worker first publishes its DATASET-train file to the
     * TTP's data catalog from its own node, and the registration tags the catalog entry ({@code catalog:ID}), so
     * that the run records the exact version it trained on.
     */
    public static Registered register(SynergosClient ttp, List<Node> workers, Function<Node, String> addressOf,
                                      String dataset, Model model, Node catalog) {
        String modelType = model.type();
        long project = ttp.createProject(dataset + "-" + System.nanoTime(),
                "Demo: " + dataset + " split between " + workers.size() + " Workers");
        long experiment = ttp.createExperiment(project, modelType.toLowerCase(Locale.ROOT), modelType,
                model.hiddenLayers(), model.activation());
        List<String> participants = new java.util.ArrayList<>();
        for (Node worker : workers) {
            String name = worker.name() + "-" + project;
            long participant = ttp.createParticipant(name, addressOf.apply(worker), worker.accessKey());
            participants.add(name);
            long registration = ttp.register(project, participant);
            ttp.tag(registration, "train", List.of(catalog == null ? dataset + "-train"
                    : "catalog:" + publish(worker, name, catalog, dataset + "-train")));
            ttp.tag(registration, "evaluate", List.of(dataset + "-evaluate"));
            if (Files.exists(worker.dataDir().resolve(dataset + "-predict.csv"))) {
                ttp.tag(registration, "predict", List.of(dataset + "-predict"));
            }
        }
        return new Registered(project, experiment, participants);
    }

    public static JsonObject cycle(SynergosClient ttp, List<Node> workers, String dataset, Model model,
                                   JsonObject hyperparameters, boolean print) {
        return cycle(ttp, workers, Node::baseUrl, dataset, model, hyperparameters, print);
    }

    /** The cycle, registering each Worker at the address {@code addressOf} gives (a proxy, a load balancer). */
    public static JsonObject cycle(SynergosClient ttp, List<Node> workers, Function<Node, String> addressOf,
                                   String dataset, Model model, JsonObject hyperparameters, boolean print) {
        return cycle(ttp, workers, addressOf, dataset, model, hyperparameters, JsonValue.EMPTY_JSON_OBJECT, print);
    }

    /** The cycle, the run created with {@code contribution} settings (e.g. valuing contributions while training). */
    public static JsonObject cycle(SynergosClient ttp, List<Node> workers, Function<Node, String> addressOf,
                                   String dataset, Model model, JsonObject hyperparameters, JsonObject contribution,
                                   boolean print) {
        return cycle(ttp, workers, addressOf, dataset, model, hyperparameters, contribution, null, print);
    }

    /** The cycle; with a {@code catalog} node, the training data is published there first and registered from it. */
    public static JsonObject cycle(SynergosClient ttp, List<Node> workers, Function<Node, String> addressOf,
                                   String dataset, Model model, JsonObject hyperparameters, JsonObject contribution,
                                   Node catalog, boolean print) {
        String modelType = model.type();
        if (catalog != null) {
            say(print, "%nData catalog: each Worker publishes its training data's metadata (schema, rounded row "
                    + "count, version; never rows) from its own node%n");
        }
        Registered registered = register(ttp, workers, addressOf, dataset, model, catalog);
        long project = registered.project();
        long experiment = registered.experiment();
        long run = contribution.isEmpty() ? ttp.createRun(experiment, "run-1", hyperparameters)
                : ttp.createRunWith(experiment, "run-1", hyperparameters, contribution);
        say(print, "Registered project %d, experiment %d (%s), run %d with %d Workers.%n", project, experiment,
                modelType, run, workers.size());

        ttp.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject trained = ttp.awaitStatus(run, Duration.ofMinutes(10), Set.of("TRAINED", "FAILED", "STOPPED"));
        if (!trained.getString("status").equals("TRAINED")) {
            throw new IllegalStateException("training failed: " + trained.getString("statusReason", "?"));
        }
        JsonArray rounds = ttp.rounds(run);
        say(print, "%nTraining: %d rounds%n", rounds.size());
        for (JsonObject round : rounds.getValuesAs(JsonObject.class)) {
            say(print, "  round %2d  global loss %.4f  local %s  (%.1f ms)%n", round.getInt("round") + 1,
                    round.getJsonNumber("globalLoss").doubleValue(), losses(round.getJsonObject("localLosses")),
                    round.getJsonNumber("durationMillis").doubleValue());
        }

        JsonArray evaluations = ttp.evaluate(run, Duration.ofMinutes(5));
        say(print, "%nEvaluation%n");
        for (JsonObject e : evaluations.getValuesAs(JsonObject.class)) {
            JsonObject m = e.getJsonObject("metrics");
            String who = e.getString("participant", "overall");
            say(print, "  %-28s %s%n", who, summary(m));
        }

        JsonArray predictions = JsonValue.EMPTY_JSON_ARRAY;
        Node predictor = workers.get(workers.size() - 1);
        if (Files.exists(predictor.dataDir().resolve(dataset + "-predict.csv"))) {
            String participant = predictor.name() + "-" + project;
            ttp.post("runs/" + run + "/predictions", Json.createObjectBuilder().add("participant", participant).build());
            predictions = ttp.await(() -> ttp.predictions(run), a -> !a.isEmpty(), Duration.ofMinutes(5),
                    "predictions of run " + run);
            JsonObject p = predictions.getJsonObject(0);
            say(print, "%nPrediction at %s: %s, %d rows (stored at the Worker: %s)%n", participant,
                    p.getString("status"), p.getJsonNumber("predictions").longValue(),
                    predictor.baseDir().resolve("work/runs/" + run + "/prediction-predictions.csv"));
        }
        return Json.createObjectBuilder()
                .add("project", project).add("experiment", experiment).add("run", run)
                .add("dataset", dataset).add("modelType", modelType)
                .add("hyperparameters", hyperparameters)
                .add("status", ttp.run(run))
                .add("rounds", rounds)
                .add("evaluations", evaluations)
                .add("predictions", predictions)
                .build();
    }

    public static JsonObject defaultHyperparameters() {
        return Json.createObjectBuilder().add("algorithm", "FEDAVG").add("rounds", 30).add("localEpochs", 2)
                .add("batchSize", 32).add("learningRate", 0.05).add("lambda", 0.01).add("mu", 0.0).add("seed", 42)
                .build();
    }

    static int run(Nodes nodes, Path out) throws IOException {
        System.out.println("Starting a TTP and two Workers (about a minute on two cores)...");
        List<Node> started = startNodes(nodes, TTP, WORKERS, List.of(dataDir(nodes.home(), "worker-a"),
                dataDir(nodes.home(), "worker-b")), 100);
        Node ttp = started.get(0);
        List<Node> workers = started.subList(1, started.size());
        for (Node node : started) {
            System.out.printf("  %-14s %-6s %s (log %s)%n", node.name(), node.role(), node.baseUrl(), node.log());
        }
        SynergosClient client = SynergosClient.asAdmin(ttp);
        JsonObject result = cycle(client, workers, Node::baseUrl, "ljubljana", Model.LOGISTIC_REGRESSION,
                defaultHyperparameters(), ContributionSplit.IN_TRAINING, ttp, true);
        long run = result.getJsonNumber("run").longValue();
        JsonObject lineage = printLineage(client, result.getJsonNumber("project").longValue());
        JsonObject contribution = ContributionSplit.awaitContribution(client, run, "in-training");
        printContribution(contribution);
        JsonObject allocation = client.post("contribution/" + contribution.getJsonNumber("id").longValue()
                + "/allocations", Json.createObjectBuilder().add("policy", "proportional").add("pool", 1000)
                .add("unit", "EUR").build());
        printAllocation(allocation);
        JsonObject catalog = searchCatalog(client);
        result = Json.createObjectBuilder(result).add("contribution", contribution).add("allocation", allocation)
                .add("lineage", lineage).add("catalog", catalog).build();
        System.out.printf("%nREST API:      %s/api   (OpenAPI document: %s/openapi)%n", ttp.baseUrl(), ttp.rootUrl());
        System.out.printf("Dashboard:     %s/dashboard/   (sign in as admin; its password: ./synergos node secret %s "
                + "admin-password)%n", ttp.rootUrl(), TTP);
        System.out.printf("TLS:           every node serves HTTPS only, with a certificate of this machine's CA (%s); "
                + "the Workers accept only clients with one of its certificates%n", nodes.pki().dir().resolve("ca/ca.pem"));
        System.out.printf("Stop the nodes: ./synergos node stop %s; ./synergos node stop %s; ./synergos node stop %s%n",
                TTP, WORKERS.get(0), WORKERS.get(1));
        write(out, result);
        return 0;
    }

    /**
     * The Worker publishes its file {@code dataset}'s metadata (schema, rounded row count, version; never rows) to
     * the TTP's data catalog from its own node, as {@code participant}. Returns the catalog entry's id.
     */
    static long publish(Node worker, String participant, Node catalog, String dataset) {
        java.net.http.HttpResponse<String> r = SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey()).raw(
                "POST", "worker/catalog/" + dataset, "application/json", Json.createObjectBuilder()
                        .add("participant", participant).add("catalog", catalog.baseUrl())
                        .add("title", "Breast cancer recurrence, " + worker.name())
                        .add("description", "Recurrence events after surgery; categorical clinical features")
                        .add("keywords", Json.createArrayBuilder().add("oncology").add("recurrence"))
                        .add("domain", "oncology").add("licence", "CC BY 4.0").add("visibility", "public")
                        .add("rowGranularity", 10).build().toString());
        if (r.statusCode() != 201) {
            throw new IllegalStateException("publishing " + dataset + " to the catalog failed (HTTP "
                    + r.statusCode() + "): " + r.body());
        }
        JsonObject e = Json.createReader(new java.io.StringReader(r.body())).readObject();
        System.out.printf(Locale.ROOT, "  published catalog:%d %-16s by %-22s about %d rows, %d columns, version %s%n",
                e.getJsonNumber("id").longValue(), e.getString("name"), e.getString("owner"),
                e.getJsonNumber("rowCount").longValue(), e.getJsonArray("columns").size(),
                e.getString("version").substring(0, 12));
        return e.getJsonNumber("id").longValue();
    }

    /** The catalog searched as a person would: a column, a facet and a misspelt word. */
    static JsonObject searchCatalog(SynergosClient admin) {
        String query = "column:age AND type:categorical recurence";
        JsonObject found = admin.get("catalog/datasets?q=" + java.net.URLEncoder.encode(query,
                java.nio.charset.StandardCharsets.UTF_8)).asJsonObject();
        System.out.printf("%nCatalog search '%s' (a typo included): %d found%n", query, found.getInt("total"));
        for (JsonObject hit : found.getJsonArray("hits").getValuesAs(JsonObject.class)) {
            System.out.printf(Locale.ROOT, "    %.2f  %s (%s)%n", hit.getJsonNumber("score").doubleValue(),
                    hit.getString("title"), hit.getString("owner"));
        }
        return Json.createObjectBuilder().add("query", query).add("found", found).build();
    }

    /** The lineage of the model the run made: which catalogued data, at which version, trained it. */
    static JsonObject printLineage(SynergosClient admin, long project) {
        JsonObject version = admin.get("registry/projects/" + project + "/versions").asJsonArray()
                .getJsonObject(0);
        JsonObject graph = admin.get("lineage/models/" + version.getJsonNumber("id").longValue()).asJsonObject();
        System.out.printf("%nLineage of model version %d (GET /api/lineage/models/%d)%n", version.getInt("version"),
                version.getJsonNumber("id").longValue());
        Map<String, String> labels = new java.util.HashMap<>();
        for (JsonObject n : graph.getJsonArray("nodes").getValuesAs(JsonObject.class)) {
            labels.put(n.getString("id"), n.getString("id") + " (" + n.getString("label") + ")");
        }
        for (JsonObject e : graph.getJsonArray("edges").getValuesAs(JsonObject.class)) {
            System.out.printf("  %s --%s--> %s%n", labels.get(e.getString("from")), e.getString("relation"),
                    labels.get(e.getString("to")));
        }
        return graph;
    }

    private static void printContribution(JsonObject c) {
        if (!"COMPLETED".equals(c.getString("status"))) {
            throw new IllegalStateException("the contribution was not computed: " + c);
        }
        System.out.printf(Locale.ROOT, "%nContribution (valued while training, %s on the evaluate data of %s): the "
                        + "model gained %.4f over the untrained one (%.4f to %.4f); %d candidate models measured%n",
                c.getString("metric"), String.join(", ", c.getJsonArray("validatorsUsed")
                        .getValuesAs(jakarta.json.JsonString::getString)),
                c.getJsonNumber("gain").doubleValue(), c.getJsonNumber("emptyValue").doubleValue(),
                c.getJsonNumber("fullValue").doubleValue(), c.getJsonNumber("evaluations").longValue());
        for (JsonObject v : c.getJsonArray("values").getValuesAs(JsonObject.class)) {
            double low = v.getJsonNumber("ciLow").doubleValue();
            double high = v.getJsonNumber("ciHigh").doubleValue();
            System.out.printf(Locale.ROOT, "  #%d %-22s value %.4f (%.0f %% of the gain, %s)  %s%n", v.getInt("rank"),
                    v.getString("participant"), v.getJsonNumber("value").doubleValue(),
                    100 * v.getJsonNumber("share").doubleValue(), high - low < 1e-12 ? "exact in every round"
                            : String.format(Locale.ROOT, "95 %% interval %.4f to %.4f", low, high),
                    v.getBoolean("flagged") ? "FLAGGED as a possible free rider" : "not flagged");
        }
    }

    private static void printAllocation(JsonObject a) {
        System.out.printf(Locale.ROOT, "%nReward allocation %d (%s, draft): %s %s split in proportion to value%n",
                a.getJsonNumber("id").longValue(), a.getString("policy"), a.getJsonNumber("pool"), a.getString("unit"));
        for (JsonObject s : a.getJsonArray("shares").getValuesAs(JsonObject.class)) {
            System.out.printf(Locale.ROOT, "  %-22s %10s %s%n", s.getString("participant"), s.getJsonNumber("amount"),
                    a.getString("unit"));
        }
    }

    /** Writes a result as pretty JSON, creating its directory, and says where. */
    static void write(Path out, JsonObject result) throws IOException {
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, pretty(result));
        System.out.println("Results written to " + out.toAbsolutePath());
    }

    static String pretty(JsonObject json) {
        StringWriter text = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.write(json);
        }
        return text.toString().trim() + "\n";
    }

    private static String summary(JsonObject m) {
        if ("regression".equals(m.getString("task"))) {
            return String.format(Locale.ROOT, "n=%d  MSE %.4f  MAE %.4f  R2 %s", m.getJsonNumber("samples").longValue(),
                    m.getJsonNumber("mse").doubleValue(), m.getJsonNumber("mae").doubleValue(), m.get("r2"));
        }
        return String.format(Locale.ROOT, "n=%d  accuracy %.3f  F1(macro) %.3f  ROC-AUC %s  log loss %s  confusion %s",
                m.getJsonNumber("samples").longValue(), m.getJsonNumber("accuracy").doubleValue(),
                m.getJsonNumber("f1_macro").doubleValue(), fmt(m.get("roc_auc")), fmt(m.get("log_loss")),
                m.getJsonArray("confusion_matrix"));
    }

    private static String fmt(JsonValue value) {
        return value.getValueType() == JsonValue.ValueType.NUMBER
                ? String.format(Locale.ROOT, "%.3f", ((jakarta.json.JsonNumber) value).doubleValue()) : "n/a";
    }

    private static String losses(JsonObject local) {
        StringBuilder text = new StringBuilder();
        local.forEach((worker, loss) -> text.append(text.length() == 0 ? "" : ", ").append(worker.replaceAll("-\\d+$", ""))
                .append(' ').append(String.format(Locale.ROOT, "%.4f", ((jakarta.json.JsonNumber) loss).doubleValue())));
        return text.toString();
    }

    private static void say(boolean print, String format, Object... args) {
        if (print) {
            System.out.printf(Locale.ROOT, format, args);
        }
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new java.util.ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }
}
