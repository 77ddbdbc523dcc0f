package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shipped contribution split (wildfly-config/src/main/demo/data/contribution; see its README) as the demo, the
 * benchmark and the tests use it: four honest parties h1..h4 with 200, 110, 45 and 15 rows of the Wisconsin
 * data, a free rider's dummy and shuffled datasets (fr), and the settings the contribution figures were measured
 * with (logistic regression, 5 rounds of 20 local epochs, negative log loss).
 */
public final class ContributionSplit {

    /** Run settings that value contributions while training. */
    public static final JsonObject IN_TRAINING = Json.createObjectBuilder().add("inTraining", true).build();

    private ContributionSplit() {
    }

    public static Path dataDir(Path home, String party) {
        return home.resolve("wildfly-config/src/main/demo/data/contribution").resolve(party);
    }

    public static JsonObject hyperparameters(long seed) {
        return Json.createObjectBuilder().add("rounds", 5).add("localEpochs", 20).add("batchSize", 32)
                .add("learningRate", 0.1).add("lambda", 0.01).add("seed", seed).build();
    }

    /** A registered project: its experiment, and its participants' names in registration order. */
    public record Project(long projectId, long experimentId, List<String> participants, JsonObject contribution) {

        /** Creates a run with the split's settings and {@code seed}, trains it and waits until it is TRAINED. */
        public long train(SynergosClient ttp, long seed) {
            long run = SynergosClient.id(ttp.post("experiments/" + experimentId + "/runs", Json.createObjectBuilder()
                    .add("name", "seed" + seed + "-" + System.nanoTime()).add("hyperparameters", hyperparameters(seed))
                    .add("contribution", contribution).build()));
            ttp.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
            JsonObject trained = ttp.awaitStatus(run, Duration.ofMinutes(5), Set.of("TRAINED", "FAILED", "STOPPED"));
            if (!trained.getString("status").equals("TRAINED")) {
                throw new IllegalStateException("run " + run + " did not train: " + trained);
            }
            return run;
        }
    }

    /**
     * Registers a new project with one logistic-regression experiment: each honest participant (name to base URL
     * and control key) with its contribution-train and contribution-evaluate datasets, and a participant named
     * {@code rider} (its address and key under "fr") training on {@code riderDataset} (or on whatever it claims,
     * when null: the copying participant of the tests).
     */
    public static Project register(SynergosClient ttp, Map<String, String> addresses, Map<String, String> keys,
                                   String riderDataset, JsonObject contribution) {
        String tag = Long.toString(System.nanoTime());
        long project = SynergosClient.id(ttp.post("projects", Json.createObjectBuilder().add("name", "contribution-" + tag)
                .add("description", "the shipped contribution split").add("contributionMetric", "neg_log_loss")
                .build()));
        long experiment = ttp.createExperiment(project, "logistic", "LOGISTIC_REGRESSION", "", "relu");
        List<String> participants = new ArrayList<>();
        for (Map.Entry<String, String> party : new LinkedHashMap<>(addresses).entrySet()) {
            boolean rider = party.getKey().equals("fr");
            String name = (rider ? "rider" : party.getKey()) + "-" + project;
            long registration = ttp.register(project, ttp.createParticipant(name, party.getValue(),
                    keys.get(party.getKey())));
            ttp.tag(registration, "train", List.of(rider && riderDataset != null ? riderDataset : "contribution-train"));
            if (!rider) {
                ttp.tag(registration, "evaluate", List.of("contribution-evaluate"));
            }
            participants.add(name);
        }
        return new Project(project, experiment, List.copyOf(participants), contribution);
    }

    /** Waits for the run's first contribution computed by {@code method} to end, and returns it. */
    public static JsonObject awaitContribution(SynergosClient ttp, long run, String method) {
        return ttp.await(() -> ttp.get("contribution/runs/" + run).asJsonArray().getValuesAs(JsonObject.class).stream()
                        .filter(c -> c.getString("method").equals(method)).reduce((a, b) -> b).orElse(null),
                c -> c != null && Set.of("COMPLETED", "FAILED", "CANCELLED").contains(c.getString("status")),
                Duration.ofMinutes(10), "the " + method + " contribution of run " + run);
    }

    /** Requests a computation and waits for it to end. */
    public static JsonObject compute(SynergosClient ttp, long run, JsonObject request) {
        long id = SynergosClient.id(ttp.post("contribution/runs/" + run, request));
        return ttp.await(() -> ttp.get("contribution/" + id).asJsonObject(),
                c -> Set.of("COMPLETED", "FAILED", "CANCELLED").contains(c.getString("status")),
                Duration.ofMinutes(15), "contribution " + id);
    }

    public static Map<String, JsonObject> byParticipant(JsonObject contribution) {
        Map<String, JsonObject> values = new LinkedHashMap<>();
        contribution.getJsonArray("values").getValuesAs(JsonObject.class)
                .forEach(v -> values.put(v.getString("participant"), v));
        return values;
    }

    /** The participants' values in the order given. */
    public static double[] values(JsonObject contribution, List<String> participants) {
        Map<String, JsonObject> byName = byParticipant(contribution);
        double[] values = new double[participants.size()];
        for (int i = 0; i < values.length; i++) {
            JsonObject v = byName.get(participants.get(i));
            if (v == null) {
                throw new IllegalStateException("contribution " + contribution.getJsonNumber("id") + " has no value "
                        + "for " + participants.get(i) + ": " + contribution);
            }
            values[i] = v.getJsonNumber("value").doubleValue();
        }
        return values;
    }
}
