package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.federation.contribution.Ranking;
import io.synergos.federation.data.DatasetReader;
import io.synergos.federation.data.DatasetSchema;
import io.synergos.ops.ContributionSplit;
import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Contribution, free-rider detection and reward on real nodes: a TTP and five Workers (four honest participants
 * holding the shipped contribution split, and one holding a free rider's dummy and shuffled data), separate
 * WildFly processes, plus a participant in this JVM that speaks the real protocol but trains on nothing.
 */
class ContributionIT {

    /** Seeds per kind of free rider: the target is stated over 20. */
    private static final int SEEDS = Integer.getInteger("synergos.test.free-rider-seeds", 20);

    private static final Nodes NODES = Nodes.fromSystemProperty();
    private static List<Node> nodes;
    private static Node ttp;
    private static Map<String, Node> workers;
    private static SynergosClient admin;
    private static CopyingParticipant copier;

    @BeforeAll
    static void start() throws IOException {
        List<String> names = List.of("h1", "h2", "h3", "h4", "fr");
        nodes = Demo.startNodes(NODES, "it-contrib-ttp", names.stream().map(n -> "it-contrib-" + n).toList(),
                names.stream().map(n -> ContributionSplit.dataDir(NODES.home(), n)).toList(), 4100,
                Map.of("synergos.contribution.exact-max-participants", "4", "synergos.jobs.retry-delay-ms", "500"));
        ttp = nodes.get(0);
        workers = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            workers.put(names.get(i), nodes.get(i + 1));
        }
        admin = SynergosClient.asAdmin(ttp);
        Nodes.addUser(ttp, "viewer1", "viewer-pass-1", List.of("viewer"));
        DatasetHeader pretended = DatasetHeader.of(DatasetReader.read(ContributionSplit.dataDir(NODES.home(), "h2")
                .resolve("contribution-train.csv"), DatasetSchema.INFERRED, true));
        copier = new CopyingParticipant(8080 + 4800, pretended, pretended.rows(), 99);
    }

    @AfterAll
    static void stop() {
        if (copier != null) {
            copier.close();
        }
        if (nodes != null) {
            nodes.forEach(n -> NODES.stop(n.name()));
        }
    }

    /** The participants of a new project: honest ones by name (h1..h4), and optionally a free rider. */
    private static ContributionSplit.Project project(List<String> honest, String freeRider, JsonObject contribution) {
        Map<String, String> addresses = new LinkedHashMap<>();
        Map<String, String> keys = new LinkedHashMap<>();
        honest.forEach(h -> {
            addresses.put(h, workers.get(h).baseUrl());
            keys.put(h, workers.get(h).accessKey());
        });
        if (freeRider != null) {
            boolean copies = freeRider.equals("copier");
            addresses.put("fr", copies ? copier.baseUrl() : workers.get("fr").baseUrl());
            keys.put("fr", copies ? copier.key() : workers.get("fr").accessKey());
        }
        return ContributionSplit.register(admin, addresses, keys, freeRider == null || freeRider.equals("copier")
                ? null : "contribution-" + freeRider + "-train", contribution);
    }

    @Test
    void inTrainingRanksTheParticipantsAsExactDoesOnThreeAndFourParties() {
        for (int n : new int[] {3, 4}) {
            List<String> honest = List.of("h1", "h2", "h3", "h4").subList(0, n);
            ContributionSplit.Project p = project(honest, null, ContributionSplit.IN_TRAINING);
            long run = p.train(admin, 42);
            JsonObject inTraining = ContributionSplit.awaitContribution(admin, run, "in-training");
            JsonObject exact = ContributionSplit.compute(admin, run, Json.createObjectBuilder().add("method", "exact")
                    .build());
            assertEquals("COMPLETED", exact.getString("status"), exact.toString());
            assertEquals((1 << n) - 1 - 1 + 1, exact.getInt("gridsStarted"), "2^n - 2 coalition grids and a validation grid");
            assertEquals((1 << n), exact.getJsonNumber("evaluations").longValue(), "every coalition and the empty one");
            double gain = exact.getJsonNumber("gain").doubleValue();
            double[] a = ContributionSplit.values(exact, p.participants());
            double[] b = ContributionSplit.values(inTraining, p.participants());
            double worst = 0;
            for (int i = 0; i < n; i++) {
                worst = Math.max(worst, Math.abs(a[i] - b[i]) / gain);
                System.out.printf("%d parties, %s: exact %.4f (share %.3f), in-training %.4f (share %.3f)%n", n,
                        honest.get(i), a[i], a[i] / gain, b[i], b[i] / inTraining.getJsonNumber("gain").doubleValue());
            }
            double rho = Ranking.spearman(a, b);
            System.out.printf("%d parties: Spearman %.3f, largest difference %.1f %% of v(N) - v(empty) = %.4f%n", n,
                    rho, 100 * worst, gain);
            assertTrue(rho >= 0.9, "Spearman " + rho);
            assertTrue(worst <= 0.10, "every value within 10 % of the gain: " + worst);
            double sum = 0;
            for (double v : a) {
                sum += v;
            }
            assertEquals(gain, sum, 1e-9, "exact values add up to v(N) - v(empty)");
        }
    }

    @Test
    void everyKindOfFreeRiderIsRankedLastAndFlaggedAndHonestParticipantsAreNot() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String kind : List.of("dummy", "shuffled", "copier")) {
            ContributionSplit.Project p = project(List.of("h1", "h2", "h3", "h4"), kind, ContributionSplit.IN_TRAINING);
            int last = 0;
            int flagged = 0;
            int clean = 0;
            for (int seed = 1; seed <= SEEDS; seed++) {
                long run = p.train(admin, seed);
                JsonObject result = ContributionSplit.awaitContribution(admin, run, "in-training");
                double[] values = ContributionSplit.values(result, p.participants());
                Map<String, JsonObject> byName = ContributionSplit.byParticipant(result);
                String rider = p.participants().get(p.participants().size() - 1);
                boolean isLast = true;
                boolean honestFlagged = false;
                for (int i = 0; i < values.length - 1; i++) {
                    isLast &= values[values.length - 1] < values[i];
                    honestFlagged |= byName.get(p.participants().get(i)).getBoolean("flagged");
                }
                last += isLast ? 1 : 0;
                flagged += byName.get(rider).getBoolean("flagged") ? 1 : 0;
                clean += honestFlagged ? 0 : 1;
                if (!isLast || !byName.get(rider).getBoolean("flagged") || honestFlagged) {
                    System.out.println(kind + " seed " + seed + " missed: " + result.getJsonArray("values"));
                }
            }
            counts.put(kind, new int[] {last, flagged, clean});
            System.out.printf("free rider '%s': ranked last in %d of %d seeds, flagged in %d, no honest participant "
                    + "flagged in %d%n", kind, last, SEEDS, flagged, clean);
        }
        assertTrue(copier.trainRequests.get() >= SEEDS, "the copying participant took part in every run");
        counts.forEach((kind, c) -> {
            assertTrue(c[0] >= Math.ceil(0.95 * SEEDS), kind + " ranked last in " + c[0] + " of " + SEEDS);
            assertTrue(c[1] >= Math.ceil(0.95 * SEEDS), kind + " flagged in " + c[1] + " of " + SEEDS);
            assertTrue(c[2] >= Math.ceil(0.95 * SEEDS), kind + ": no honest participant flagged in only " + c[2]);
        });
    }

    @Test
    void aFlaggedRiderCarriesItsEvidenceAndRewardsFollowThePolicyUntilPublished() {
        ContributionSplit.Project p = project(List.of("h1", "h2", "h3"), "dummy", ContributionSplit.IN_TRAINING);
        long run = p.train(admin, 7);
        JsonObject result = ContributionSplit.awaitContribution(admin, run, "in-training");
        long contribution = result.getJsonNumber("id").longValue();
        String rider = p.participants().get(3);
        JsonObject flag = ContributionSplit.byParticipant(result).get(rider);
        assertTrue(flag.getBoolean("flagged"), flag.toString());
        assertTrue(flag.getJsonArray("evidence").getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> e.getBoolean("failed") && e.getString("explanation").length() > 20), flag.toString());

        // the version's lineage shows the contribution of the run that produced it
        JsonObject version = admin.get("registry/projects/" + p.projectId() + "/versions/1").asJsonObject();
        assertEquals(contribution, version.getJsonArray("contributions").getJsonObject(0).getJsonNumber("id")
                .longValue());

        String base = "contribution/" + contribution;
        JsonObject draft = admin.post(base + "/allocations", Json.createObjectBuilder().add("policy", "proportional")
                .add("pool", "1000.00").add("unit", "EUR").build());
        assertEquals("DRAFT", draft.getString("status"));
        assertEquals(new BigDecimal("1000.00"), draft.getJsonNumber("total").bigDecimalValue());
        Map<String, BigDecimal> amounts = amounts(draft);
        assertEquals(BigDecimal.ZERO.setScale(2), amounts.get(rider), "a flagged free rider gets nothing");
        assertTrue(amounts.get(p.participants().get(0)).compareTo(amounts.get(p.participants().get(2))) > 0,
                "more data, a larger share: " + amounts);

        // an admin overrides the flag with a reason: the draft, allocated again, includes the rider
        JsonObject overridden = admin.post(base + "/overrides", Json.createObjectBuilder().add("participant", rider)
                .add("reason", "contract pays every participant a floor").build());
        assertTrue(ContributionSplit.byParticipant(overridden).get(rider).getBoolean("overridden"));
        long allocation = draft.getJsonNumber("id").longValue();
        JsonObject equal = admin.put("contribution/allocations/" + allocation, Json.createObjectBuilder()
                .add("policy", "equal").add("pool", 100).add("unit", "credits").add("decimals", 0).build());
        assertEquals(List.of(new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("25"), new BigDecimal("25")),
                new ArrayList<>(amounts(equal).values()));

        JsonObject published = admin.post("contribution/allocations/" + allocation + "/publish", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("PUBLISHED", published.getString("status"));
        assertEquals("admin", published.getString("publishedBy"));
        assertEquals(409, admin.raw("POST", "contribution/allocations/" + allocation + "/publish", "application/json",
                "{}").statusCode(), "publishing twice");
        assertEquals(409, admin.raw("PUT", "contribution/allocations/" + allocation, "application/json",
                "{\"policy\":\"equal\",\"pool\":5}").statusCode(), "changing a published allocation");
        assertEquals(409, admin.raw("DELETE", "contribution/allocations/" + allocation, null, null).statusCode());

        // finance's exports add up to the pool
        String csv = admin.raw("GET", "contribution/allocations/" + allocation + "/export?format=csv", null, null).body();
        BigDecimal csvTotal = BigDecimal.ZERO;
        for (String line : csv.split("\n")) {
            String[] cells = line.split(",");
            if (cells.length > 3 && !cells[2].equals("participant") && !cells[2].equals("TOTAL")) {
                csvTotal = csvTotal.add(new BigDecimal(cells[3]));
            }
        }
        assertEquals(new BigDecimal("100"), csvTotal, csv);
        JsonObject exported = Json.createReader(new StringReader(admin.raw("GET", "contribution/allocations/"
                + allocation + "/export?format=json", null, null).body())).readObject();
        assertEquals(new BigDecimal("100"), exported.getJsonNumber("total").bigDecimalValue());

        // each participant sees its own share, signed in as its Worker (name and control key), and nothing of another's
        Node h1 = workers.get("h1");
        String h1Name = p.participants().get(0);
        JsonArray own = SynergosClient.asParticipant(ttp.baseUrl(), h1Name, h1.accessKey()).get("contribution/participants/" + h1Name
                + "/allocations").asJsonArray();
        assertEquals(1, own.size());
        assertEquals(h1Name, own.getJsonObject(0).getString("participant"));
        assertEquals("25", own.getJsonObject(0).getJsonNumber("amount").toString(), "in the unit's decimals: " + own);
        assertEquals("100", own.getJsonObject(0).getJsonNumber("pool").toString());
        assertEquals(404, SynergosClient.asParticipant(ttp.baseUrl(), p.participants().get(1),
                workers.get("h2").accessKey()).raw("GET", "contribution/participants/" + h1Name + "/allocations",
                null, null).statusCode(), "another organisation's shares: as if it did not exist");
        assertEquals(401, new SynergosClient(ttp.baseUrl(), h1.accessKey()).raw("GET", "contribution/participants/"
                + h1Name + "/allocations", null, null).statusCode(), "the control key alone is no sign-in at the TTP");
        assertEquals(403, SynergosClient.asUser(ttp.baseUrl(), "viewer1", "viewer-pass-1").raw("GET",
                "contribution/participants/" + h1Name + "/allocations", null, null).statusCode());

        // a viewer reads results but not the allocations; anonymous callers nothing; neither changes anything
        SynergosClient viewer = SynergosClient.asUser(ttp.baseUrl(), "viewer1", "viewer-pass-1");
        SynergosClient anonymous = new SynergosClient(ttp.baseUrl());
        assertEquals(200, viewer.raw("GET", base, null, null).statusCode());
        assertEquals(403, viewer.raw("GET", "contribution/allocations/" + allocation, null, null).statusCode());
        assertEquals(403, viewer.raw("POST", "contribution/runs/" + run, "application/json",
                "{\"method\":\"in-training\"}").statusCode());
        assertEquals(403, viewer.raw("POST", base + "/allocations", "application/json",
                "{\"policy\":\"equal\",\"pool\":1}").statusCode());
        assertEquals(401, anonymous.raw("GET", base, null, null).statusCode());
        assertEquals(401, anonymous.raw("POST", "contribution/allocations/" + allocation + "/publish",
                "application/json", "{}").statusCode());
        assertEquals(1, admin.get("contribution/allocations?contribution=" + contribution).asJsonArray().size(),
                "nothing was added by the refused calls");
    }

    @Test
    void leaveOneOutRetrainsNCoalitionsThroughTheQueue() {
        ContributionSplit.Project p = project(List.of("h1", "h2", "h3"), null, JsonValue.EMPTY_JSON_OBJECT);
        long run = p.train(admin, 3);
        JsonObject loo = ContributionSplit.compute(admin, run, Json.createObjectBuilder().add("method", "leave-one-out")
                .build());
        assertEquals("COMPLETED", loo.getString("status"), loo.toString());
        assertEquals(4, loo.getInt("gridsStarted"), "three coalitions without one participant, and the validation grid");
        for (JsonObject v : loo.getJsonArray("values").getValuesAs(JsonObject.class)) {
            assertEquals(v.getJsonNumber("value").doubleValue(), v.getJsonNumber("marginal").doubleValue(), 0);
            assertFalse(v.getBoolean("flagged"), "honest participants are not flagged: " + v);
            JsonObject valueCheck = v.getJsonArray("evidence").getJsonObject(0);
            assertEquals("value", valueCheck.getString("check"));
            assertTrue(valueCheck.isNull("threshold"), "a leave-one-out marginal is not held to a floor: " + v);
        }
        // the coalition runs are the contribution's, not the experiment's
        JsonArray runs = admin.get("experiments/" + p.experimentId() + "/runs").asJsonArray();
        assertEquals(1, runs.size(), runs.toString());
    }

    @Test
    void badRequestsAreRefusedWithTheirReasonAndNothingIsStored() {
        ContributionSplit.Project p = project(List.of("h1", "h2", "h3", "h4"), "dummy", JsonValue.EMPTY_JSON_OBJECT);
        long untrained = admin.createRun(p.experimentId(), "never", Json.createObjectBuilder().add("rounds", 1).build());
        assertProblem(409, "has not trained", "contribution/runs/" + untrained, "{\"method\":\"in-training\"}");
        long run = p.train(admin, 5);
        assertProblem(400, "method", "contribution/runs/" + run, "{\"method\":\"banzhaf\"}");
        assertProblem(400, "unknown metric 'precision'", "contribution/runs/" + run,
                "{\"method\":\"in-training\",\"metric\":\"precision\"}");
        assertProblem(400, "does not fit this run's binary task", "contribution/runs/" + run,
                "{\"method\":\"in-training\",\"metric\":\"r2\"}");
        assertProblem(400, "2^5 - 2 = 30 grids", "contribution/runs/" + run, "{\"method\":\"exact\"}");
        assertProblem(400, "has no dataset tagged evaluate", "contribution/runs/" + run,
                "{\"method\":\"in-training\",\"validators\":[\"" + p.participants().get(4) + "\"]}");
        assertEquals(0, admin.get("contribution/runs/" + run).asJsonArray().size(), "nothing was queued");

        long contribution = ContributionSplit.compute(admin, run, Json.createObjectBuilder()
                .add("method", "in-training").build()).getJsonNumber("id").longValue();
        String allocations = "contribution/" + contribution + "/allocations";
        assertProblem(400, "must not be negative", allocations, "{\"policy\":\"proportional\",\"pool\":-5}");
        assertProblem(400, "must be a number, not 'lots'", allocations, "{\"policy\":\"proportional\",\"pool\":\"lots\"}");
        assertProblem(400, "tiers overlap", allocations, "{\"policy\":\"tiered\",\"pool\":10,\"tiers\":["
                + "{\"name\":\"gold\",\"minShare\":0.2,\"amount\":5},{\"name\":\"silver\",\"minShare\":0.2,\"amount\":2}]}");
        assertProblem(400, "tiers do not cover", allocations, "{\"policy\":\"tiered\",\"pool\":10,\"tiers\":["
                + "{\"name\":\"gold\",\"minShare\":0.9,\"amount\":5}]}");
        assertProblem(400, "unknown policy", allocations, "{\"policy\":\"lottery\",\"pool\":10}");
        assertEquals(0, admin.get("contribution/allocations?contribution=" + contribution).asJsonArray().size());

        // the participants are gone: the contribution cannot be computed again
        JsonArray registrations = admin.get("projects/" + p.projectId() + "/registrations").asJsonArray();
        admin.delete("registrations/" + registrations.getJsonObject(0).getJsonNumber("id").longValue());
        assertProblem(409, "no longer registered", "contribution/runs/" + run, "{\"method\":\"in-training\"}");
    }

    @Test
    void aContributionJobIsRetriedThenDeadLetteredWhenItsValidatorIsUnreachable() {
        ContributionSplit.Project p = project(List.of("h1", "h2"), null, JsonValue.EMPTY_JSON_OBJECT);
        long run = p.train(admin, 11);
        long ghost = admin.createParticipant("ghost-" + p.projectId(), "https://127.0.0.1:9/synergos",
                "0".repeat(64));
        long registration = admin.register(p.projectId(), ghost);
        admin.tag(registration, "evaluate", List.of("contribution-evaluate"));
        JsonObject failed = ContributionSplit.compute(admin, run, Json.createObjectBuilder()
                .add("method", "in-training").add("validators", Json.createArrayBuilder().add("ghost-" + p.projectId()))
                .add("maxAttempts", 2).build());
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        assertTrue(failed.getString("statusReason").contains("all 2 attempts failed")
                && failed.getString("statusReason").contains("unreachable"), failed.getString("statusReason"));
        JsonObject job = admin.get("orchestration/jobs/" + failed.getJsonNumber("jobId").longValue()).asJsonObject();
        assertEquals("DEAD_LETTERED", job.getString("status"));
        assertEquals(2, job.getInt("attempts"));
    }

    @Test
    void cancellingAnExactContributionCancelsItsCoalitionRuns() {
        ContributionSplit.Project p = project(List.of("h1", "h2", "h3", "h4"), null, JsonValue.EMPTY_JSON_OBJECT);
        long run = p.train(admin, 13);
        JsonObject requested = admin.post("contribution/runs/" + run, Json.createObjectBuilder().add("method", "exact")
                .build());
        long id = requested.getJsonNumber("id").longValue();
        admin.await(() -> admin.get("contribution/" + id).asJsonObject(), c -> c.getString("status").equals("WAITING"),
                Duration.ofMinutes(2), "contribution " + id + " to wait for its coalitions");
        JsonObject cancelled = admin.post("contribution/" + id + "/cancel", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("CANCELLED", cancelled.getString("status"), cancelled.toString());
        long parent = cancelled.getJsonNumber("jobId").longValue();
        JsonArray jobs = admin.await(() -> admin.get("orchestration/jobs").asJsonArray(), all -> coalitionJobs(all,
                parent).stream().allMatch(j -> Set.of("CANCELLED", "SUCCEEDED").contains(j.getString("status"))),
                Duration.ofMinutes(2), "every coalition job to end");
        assertEquals(14, coalitionJobs(jobs, parent).size(), "2^4 - 2 coalitions were queued");
        assertTrue(coalitionJobs(jobs, parent).stream().anyMatch(j -> j.getString("status").equals("CANCELLED")));
        assertEquals("CANCELLED", admin.get("contribution/" + id).asJsonObject().getString("status"));
        assertEquals("CANCELLED", admin.get("orchestration/jobs/" + parent).asJsonObject().getString("status"));
    }

    private static List<JsonObject> coalitionJobs(JsonArray jobs, long parent) {
        return jobs.getValuesAs(JsonObject.class).stream().filter(j -> j.containsKey("parentJobId")
                && !j.isNull("parentJobId") && j.getJsonNumber("parentJobId").longValue() == parent).toList();
    }

    private static void assertProblem(int status, String detail, String path, String body) {
        var response = admin.raw("POST", path, "application/json", body);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(detail), "expected '" + detail + "' in " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").contains("problem+json"), response.body());
    }

    private static Map<String, BigDecimal> amounts(JsonObject allocation) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        for (JsonObject s : allocation.getJsonArray("shares").getValuesAs(JsonObject.class)) {
            amounts.put(s.getString("participant"), s.getJsonNumber("amount").bigDecimalValue());
        }
        return amounts;
    }
}
