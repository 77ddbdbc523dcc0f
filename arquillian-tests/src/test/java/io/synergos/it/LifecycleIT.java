package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import io.synergos.federation.serving.ServingPipeline;
import io.synergos.node.Json;
import io.synergos.node.ModelArtefact;
import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Model lifecycle, orchestration and serving on real nodes (a TTP and two Workers, separate WildFly processes):
 * a grid search run as parallel jobs through the TTP's Artemis queue, tracking and comparison, every registry
 * transition (and the refused ones), restoring a version, serving with an atomic swap under concurrent
 * requests, cancel, retry and dead-letter, and a TTP crash that keeps its queue.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LifecycleIT {

    /** This TTP recovers by the interrupt policy; FaultsIT proves the default, resume. */
    private static final Map<String, String> TTP_PROPERTIES = Map.of("synergos.ttp.parallel-runs", "4",
            "synergos.jobs.retry-delay-ms", "1000", "synergos.recovery.policy", "interrupt");
    private static final List<Double> RATES = List.of(0.002, 0.02, 0.2, 0.6);

    private static GridFixture grid;
    private static SynergosClient admin;
    private static SynergosClient anonymous;
    private static Demo.Registered ljubljana;
    private static JsonObject search;

    @BeforeAll
    static void start() throws IOException {
        grid = new GridFixture("it-life", 2100, TTP_PROPERTIES);
        admin = SynergosClient.asAdmin(grid.ttp);
        anonymous = new SynergosClient(grid.ttp.baseUrl());
        Nodes.addUser(grid.ttp, "viewer1", "viewer-pass-1", List.of("viewer"));
        Nodes.addUser(grid.ttp, "client1", "client-pass-1", List.of("predictor"));
        ljubljana = Demo.register(admin, grid.workers, Node::baseUrl, "ljubljana", Demo.Model.LOGISTIC_REGRESSION);
    }

    @AfterAll
    static void stop() {
        if (grid != null) {
            grid.stop();
        }
    }

    @Test
    @Order(1)
    void aGridSearchRunsItsTrialsAsParallelJobsAndFindsTheBestRun() {
        JsonObject request = jakarta.json.Json.createObjectBuilder()
                .add("strategy", "grid").add("metric", "accuracy")
                .add("base", jakarta.json.Json.createObjectBuilder().add("rounds", 12).add("localEpochs", 1)
                        .add("batchSize", 16).add("lambda", 0.01).add("seed", 5))
                .add("grid", jakarta.json.Json.createObjectBuilder().add("learningRate",
                        jakarta.json.Json.createArrayBuilder(RATES)))
                .build();
        HttpResponse<String> refused = anonymous.raw("POST", "orchestration/experiments/" + ljubljana.experiment()
                + "/searches", "application/json", request.toString());
        assertEquals(401, refused.statusCode(), "submitting needs the admin role");

        long id = admin.post("orchestration/experiments/" + ljubljana.experiment() + "/searches", request)
                .getJsonNumber("id").longValue();
        search = admin.await(() -> (JsonObject) admin.get("orchestration/searches/" + id), s -> s.getBoolean("finished"),
                Duration.ofMinutes(5), "search " + id + " to finish");

        JsonArray jobs = search.getJsonArray("jobs");
        assertEquals(4, jobs.size());
        Instant lastStart = Instant.MIN;
        Instant firstEnd = Instant.MAX;
        for (JsonObject job : jobs.getValuesAs(JsonObject.class)) {
            assertEquals("SUCCEEDED", job.getString("status"), job.toString());
            assertEquals("EVALUATED", job.getString("runStatus"));
            assertEquals(1, job.getInt("attempts"));
            assertEquals(grid.ttp.name(), job.getString("node"));
            JsonObject run = admin.run(job.getJsonNumber("runId").longValue());
            Instant started = Instant.parse(run.getString("startedAt"));
            Instant finished = Instant.parse(run.getString("finishedAt"));
            lastStart = started.isAfter(lastStart) ? started : lastStart;
            firstEnd = finished.isBefore(firstEnd) ? finished : firstEnd;
        }
        assertTrue(lastStart.isBefore(firstEnd), "all four trainings overlapped in time (parallel grids): last start "
                + lastStart + ", first end " + firstEnd);

        // the best run is the one with the highest overall accuracy, as tracking records it
        Map<Long, Double> accuracy = new LinkedHashMap<>();
        for (JsonObject record : tracking().getValuesAs(JsonObject.class)) {
            accuracy.put(record.getJsonNumber("id").longValue(), json(record.getString("overallMetrics"))
                    .getJsonNumber("accuracy").doubleValue());
        }
        double top = Collections.max(accuracy.values());
        JsonObject best = search.getJsonObject("comparison").getJsonObject("best");
        assertEquals(top, best.getJsonNumber("value").doubleValue(), 1e-12);
        assertEquals(top, accuracy.get(best.getJsonNumber("runId").longValue()), 1e-12);
        JsonObject bestRun = (JsonObject) admin.get("tracking/experiments/" + ljubljana.experiment()
                + "/best-run?metric=accuracy");
        assertEquals(top, bestRun.getJsonNumber("value").doubleValue(), 1e-12);
        // by final training loss, lower is better: the comparison is ordered that way
        JsonArray byLoss = ((JsonObject) admin.get("tracking/experiments/" + ljubljana.experiment()
                + "/comparison?metric=loss")).getJsonArray("rows");
        for (int i = 1; i < byLoss.size(); i++) {
            assertTrue(byLoss.getJsonObject(i - 1).getJsonNumber("value").doubleValue()
                    <= byLoss.getJsonObject(i).getJsonNumber("value").doubleValue(), byLoss.toString());
        }
        HttpResponse<String> unknownMetric = admin.raw("GET", "tracking/experiments/" + ljubljana.experiment()
                + "/comparison?metric=speed", null, null);
        assertEquals(400, unknownMetric.statusCode());
        assertTrue(unknownMetric.body().contains("metric must be one of"), unknownMetric.body());
    }

    @Test
    @Order(2)
    void trackingRecordsEveryRunAndComparesChosenRunsSideBySide() {
        JsonArray records = tracking();
        assertEquals(4, records.size());
        Set<Double> rates = new HashSet<>();
        for (JsonObject r : records.getValuesAs(JsonObject.class)) {
            rates.add(r.getJsonObject("hyperparameters").getJsonNumber("learningRate").doubleValue());
            assertEquals(12, r.getJsonObject("hyperparameters").getInt("rounds"));
            assertEquals("EVALUATED", r.getString("status"));
            assertNotNull(r.getString("createdAt"));
            assertTrue(r.getJsonNumber("durationSeconds").doubleValue() > 0);
            assertEquals(12, r.getJsonArray("rounds").size(), "the loss curve has every round");
            JsonObject round = r.getJsonArray("rounds").getJsonObject(11);
            assertEquals(Set.copyOf(ljubljana.participants()), round.getJsonObject("localLosses").keySet());
            JsonObject participants = r.getJsonObject("participants");
            assertEquals(Set.copyOf(ljubljana.participants()), participants.keySet());
            for (String p : ljubljana.participants()) {
                assertEquals("ljubljana-train", participants.getJsonObject(p).getJsonArray("train").getString(0));
                assertEquals("ljubljana-evaluate", participants.getJsonObject(p).getJsonArray("evaluate").getString(0));
            }
            assertEquals(Set.copyOf(ljubljana.participants()), r.getJsonObject("workerMetrics").keySet());
            assertTrue(json(r.getString("overallMetrics")).containsKey("roc_auc"));
            assertTrue(r.getInt("modelVersion") >= 1);
        }
        assertEquals(Set.copyOf(RATES), rates);

        long a = records.getJsonObject(0).getJsonNumber("id").longValue();
        long b = records.getJsonObject(2).getJsonNumber("id").longValue();
        JsonObject two = (JsonObject) admin.get("tracking/experiments/" + ljubljana.experiment()
                + "/comparison?metric=f1_macro&runs=" + a + "," + b);
        assertEquals(2, two.getJsonArray("rows").size());
        assertEquals(Set.of(a, b), two.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonNumber("runId").longValue()).collect(Collectors.toSet()));
        assertFalse(two.getBoolean("lowerIsBetter"));
    }

    @Test
    @Order(3)
    void registryTransitionsAreAuditedAndRefusedWhenNotAllowed() throws Exception {
        String registry = "registry/projects/" + ljubljana.project();
        JsonArray versions = admin.get(registry + "/versions").asJsonArray();
        assertEquals(4, versions.size(), "one version per trained run");
        for (JsonObject v : versions.getValuesAs(JsonObject.class)) {
            assertEquals("NONE", v.getString("stage"));
            JsonObject lineage = v.getJsonObject("lineage");
            assertEquals(v.getJsonNumber("runId").longValue(), lineage.getJsonNumber("runId").longValue());
            assertEquals(ljubljana.experiment(), lineage.getJsonNumber("experimentId").longValue());
            assertEquals(2, lineage.getJsonArray("participants").size());
            assertTrue(lineage.getJsonObject("hyperparameters").containsKey("learningRate"));
            assertTrue(v.getJsonObject("metrics").containsKey("accuracy"), "metrics recorded once evaluated");
            HttpResponse<String> artefact = admin.raw("GET", registry + "/versions/" + v.getInt("version")
                    + "/artefact", null, null);
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(artefact.body().getBytes(StandardCharsets.UTF_8)));
            assertEquals(v.getString("checksum"), sha, "the artefact matches its checksum");
            assertEquals("\"" + sha + "\"", artefact.headers().firstValue("ETag").orElseThrow());
        }

        transition(1, "STAGING", "candidate from the learning-rate search");
        transition(1, "PRODUCTION", "best accuracy so far");
        JsonObject second = transition(2, "PRODUCTION", "replaces version 1");
        assertEquals("PRODUCTION", second.getString("stage"));
        assertEquals("ARCHIVED", stage(1), "promoting version 2 archived version 1");
        assertEquals(1, versions().stream().filter(v -> v.getString("stage").equals("PRODUCTION")).count());

        // refused: each leaves every stage and the audit trail as they were
        int audited = admin.get(registry + "/audit").asJsonArray().size();
        assertEquals(4, audited);
        refused(409, registry + "/versions/1/transitions", "{\"stage\":\"PRODUCTION\",\"reason\":\"back\"}",
                "is ARCHIVED");
        refused(409, registry + "/versions/2/transitions", "{\"stage\":\"PRODUCTION\",\"reason\":\"again\"}",
                "is PRODUCTION");
        refused(400, registry + "/versions/3/transitions", "{\"stage\":\"STAGING\"}", "reason");
        refused(400, registry + "/versions/3/transitions", "{\"stage\":\"GOLD\",\"reason\":\"shiny\"}", "GOLD");
        refused(404, registry + "/versions/99/transitions", "{\"stage\":\"STAGING\",\"reason\":\"x\"}", "no model version 99");
        Demo.Registered other = Demo.register(admin, grid.workers, Node::baseUrl, "ljubljana",
                Demo.Model.LOGISTIC_REGRESSION);
        refused(404, "registry/projects/" + other.project() + "/versions/3/transitions",
                "{\"stage\":\"PRODUCTION\",\"reason\":\"promote a version of another project\"}",
                "project " + other.project() + " has no model version 3");
        SynergosClient viewer = SynergosClient.asUser(grid.ttp.baseUrl(), "viewer1", "viewer-pass-1");
        assertEquals(403, viewer.raw("POST", registry + "/versions/3/transitions", "application/json",
                "{\"stage\":\"STAGING\",\"reason\":\"viewer\"}").statusCode());
        assertEquals(401, anonymous.raw("POST", registry + "/versions/3/transitions", "application/json",
                "{\"stage\":\"STAGING\",\"reason\":\"anonymous\"}").statusCode());
        assertEquals(audited, admin.get(registry + "/audit").asJsonArray().size());
        assertEquals(List.of("ARCHIVED", "PRODUCTION", "NONE", "NONE"),
                versions().stream().map(v -> v.getString("stage")).toList());

        JsonArray audit = admin.get(registry + "/audit").asJsonArray();
        List<String> trail = audit.getValuesAs(JsonObject.class).stream().map(t -> t.getInt("version") + ":"
                + t.getString("from") + ">" + t.getString("to") + " by " + t.getString("actor")).toList();
        assertEquals(List.of("1:NONE>STAGING by admin", "1:STAGING>PRODUCTION by admin",
                "1:PRODUCTION>ARCHIVED by admin", "2:NONE>PRODUCTION by admin"), trail);
        assertTrue(audit.getJsonObject(2).getString("reason").contains("replaced in production by version 2"));
        assertEquals("best accuracy so far", audit.getJsonObject(1).getString("reason"));
    }

    @Test
    @Order(4)
    void aVersionRestoredIntoANewRunStartsFromItsParameters() {
        String registry = "registry/projects/" + ljubljana.project();
        JsonObject v2 = (JsonObject) admin.get(registry + "/versions/2");
        JsonObject restored = admin.post(registry + "/versions/2/runs", jakarta.json.Json.createObjectBuilder()
                .add("name", "restored-from-v2").build());
        long run = restored.getJsonNumber("id").longValue();
        long job = admin.post("orchestration/runs/" + run + "/jobs", JsonValue.EMPTY_JSON_OBJECT)
                .getJsonNumber("id").longValue();
        admin.await(() -> (JsonObject) admin.get("orchestration/jobs/" + job),
                j -> j.getString("status").equals("SUCCEEDED") || j.getString("status").equals("DEAD_LETTERED"),
                Duration.ofMinutes(3), "job " + job);
        JsonObject record = (JsonObject) admin.get("tracking/runs/" + run);
        assertEquals("EVALUATED", record.getString("status"), record.toString());
        assertEquals(v2.getJsonNumber("id").longValue(), record.getJsonNumber("startedFromModelVersionId").longValue());
        JsonObject original = (JsonObject) admin.get("tracking/runs/" + v2.getJsonNumber("runId").longValue());
        double originalFirst = original.getJsonArray("rounds").getJsonObject(0).getJsonNumber("loss").doubleValue();
        double originalFinal = v2.getJsonObject("lineage").getJsonNumber("finalLoss").doubleValue();
        double restoredFirst = record.getJsonArray("rounds").getJsonObject(0).getJsonNumber("loss").doubleValue();
        assertTrue(originalFinal < originalFirst, "the original run learned: " + originalFirst + " -> " + originalFinal);
        assertTrue(Math.abs(restoredFirst - originalFinal) < Math.abs(originalFirst - originalFinal) / 2,
                "the restored run starts where version 2 ended (" + originalFinal + "), not from scratch ("
                        + originalFirst + "): its first round's loss is " + restoredFirst);
        JsonObject newVersion = (JsonObject) admin.get(registry + "/versions/" + record.getInt("modelVersion"));
        assertEquals(v2.getJsonNumber("id").longValue(),
                newVersion.getJsonObject("lineage").getJsonNumber("startedFromModelVersionId").longValue());
    }

    @Test
    @Order(5)
    void servingAnswersWithTheProductionPipelineAndSwapsVersionsAtomicallyUnderLoad() throws Exception {
        String serving = "serving/projects/" + ljubljana.project();
        SynergosClient client = SynergosClient.asUser(grid.ttp.baseUrl(), "client1", "client-pass-1");
        JsonObject served = (JsonObject) client.get(serving);
        assertEquals(2, served.getInt("modelVersion"));

        // a batch of every evaluation row (label dropped) answers exactly as the offline pipeline on the artefact
        List<Map<String, Object>> rows = evaluationRows();
        JsonObject answer = client.post(serving + "/predictions", jakarta.json.Json.createObjectBuilder()
                .add("records", jakarta.json.Json.createArrayBuilder(new ArrayList<Object>(rows))).build());
        assertEquals(2, answer.getInt("modelVersion"));
        JsonArray predictions = answer.getJsonArray("predictions");
        assertEquals(rows.size(), predictions.size());
        String artefact = admin.raw("GET", "registry/projects/" + ljubljana.project() + "/versions/2/artefact",
                null, null).body();
        ModelArtefact model = Json.read(artefact, ModelArtefact.class);
        var offline = new ServingPipeline(model.spec(), model.alignment(), model.parameters()).predict(rows);
        for (int i = 0; i < rows.size(); i++) {
            JsonObject p = predictions.getJsonObject(i);
            assertEquals(offline.get(i).label(), p.getString("label"));
            for (String c : List.of("no-recurrence-events", "recurrence-events")) {
                assertEquals(offline.get(i).probabilities().get(c),
                        p.getJsonObject("probabilities").getJsonNumber(c).doubleValue(), 1e-9);
            }
        }

        // an unseen category is encoded as training encodes it (no indicator set): two unseen values agree
        Map<String, Object> record = new LinkedHashMap<>(rows.get(0));
        record.put("age", "10-19");
        double unseenA = probability(client, serving, record);
        record.put("age", "unheard-of");
        assertEquals(unseenA, probability(client, serving, record), 1e-12);
        record.remove("breast");
        HttpResponse<String> missing = client.raw("POST", serving + "/predictions", "application/json",
                jakarta.json.Json.createObjectBuilder().add("record", jakarta.json.Json.createObjectBuilder(record))
                        .build().toString());
        assertEquals(400, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElse(""));
        assertEquals("records[0].breast", json(missing.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        record.put("breast", Map.of("side", "left"));
        HttpResponse<String> illTyped = client.raw("POST", serving + "/predictions", "application/json",
                jakarta.json.Json.createObjectBuilder().add("record", jakarta.json.Json.createObjectBuilder(record))
                        .build().toString());
        assertEquals(400, illTyped.statusCode());
        assertEquals("records[0].breast", json(illTyped.body()).getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(401, anonymous.raw("POST", serving + "/predictions", "application/json", "{}").statusCode());
        SynergosClient viewer = SynergosClient.asUser(grid.ttp.baseUrl(), "viewer1", "viewer-pass-1");
        assertEquals(403, viewer.raw("POST", serving + "/predictions", "application/json", "{}").statusCode());

        // the swap: four clients keep asking while version 3 is promoted
        String body = jakarta.json.Json.createObjectBuilder().add("record",
                jakarta.json.Json.createObjectBuilder(rows.get(1))).build().toString();
        record Seen(int thread, long sentAt, int status, int version) {
        }
        ConcurrentLinkedQueue<Seen> seen = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            int thread = t;
            SynergosClient own = SynergosClient.asUser(grid.ttp.baseUrl(), "client1", "client-pass-1");
            Thread worker = new Thread(() -> {
                while (running.get()) {
                    long sentAt = System.nanoTime();
                    HttpResponse<String> r = own.raw("POST", serving + "/predictions", "application/json", body);
                    int version = r.statusCode() == 200 ? json(r.body()).getInt("modelVersion") : -1;
                    seen.add(new Seen(thread, sentAt, r.statusCode(), version));
                }
            });
            worker.start();
            threads.add(worker);
        }
        Thread.sleep(1500);
        transition(3, "PRODUCTION", "swap under load");
        long promotedAt = System.nanoTime();
        Thread.sleep(1500);
        running.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
        List<Seen> all = new ArrayList<>(seen);
        assertTrue(all.stream().allMatch(s -> s.status() == 200),
                "no request failed during the swap: " + all.stream().filter(s -> s.status() != 200).limit(3).toList());
        assertTrue(all.stream().anyMatch(s -> s.version() == 2), "version 2 answered before the swap");
        assertTrue(all.stream().anyMatch(s -> s.version() == 3), "version 3 answered after the swap");
        assertTrue(all.stream().filter(s -> s.sentAt() > promotedAt).allMatch(s -> s.version() == 3),
                "every request sent after the promotion returned was answered by version 3");
        for (int t = 0; t < 4; t++) {
            int thread = t;
            List<Integer> versions = all.stream().filter(s -> s.thread() == thread)
                    .sorted(java.util.Comparator.comparingLong(Seen::sentAt)).map(Seen::version).toList();
            int switches = 0;
            for (int i = 1; i < versions.size(); i++) {
                assertTrue(versions.get(i) >= versions.get(i - 1), "never back to the old version: " + versions);
                switches += versions.get(i).equals(versions.get(i - 1)) ? 0 : 1;
            }
            assertTrue(switches <= 1);
        }
        System.out.printf("serving swap: %d requests from 4 clients, %d answered by v2, %d by v3, none failed%n",
                all.size(), all.stream().filter(s -> s.version() == 2).count(),
                all.stream().filter(s -> s.version() == 3).count());
    }

    @Test
    @Order(6)
    void queuedAndRunningJobsCanBeCancelledAndTheirWorkersAreReleased() {
        JsonObject request = jakarta.json.Json.createObjectBuilder().add("strategy", "grid")
                .add("base", jakarta.json.Json.createObjectBuilder().add("rounds", 5000).add("localEpochs", 1))
                .add("grid", jakarta.json.Json.createObjectBuilder().add("seed",
                        jakarta.json.Json.createArrayBuilder(List.of(1, 2, 3, 4, 5))))
                .build();
        long id = admin.post("orchestration/experiments/" + ljubljana.experiment() + "/searches", request)
                .getJsonNumber("id").longValue();
        JsonObject busy = admin.await(() -> (JsonObject) admin.get("orchestration/searches/" + id),
                s -> count(s, "RUNNING") == 4 && count(s, "QUEUED") == 1 && allRunningHaveARound(s),
                Duration.ofMinutes(2), "four jobs running with a round done, one queued (parallel limit 4)");
        JsonObject queued = jobsIn(busy, "QUEUED").get(0);
        JsonObject cancelled = admin.post("orchestration/jobs/" + queued.getJsonNumber("id") + "/cancel",
                JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("CANCELLED", cancelled.getString("status"));
        assertEquals("CANCELLED", cancelled.getString("runStatus"));
        for (JsonObject job : jobsIn(busy, "RUNNING")) {
            admin.post("orchestration/jobs/" + job.getJsonNumber("id") + "/cancel", JsonValue.EMPTY_JSON_OBJECT);
        }
        JsonObject done = admin.await(() -> (JsonObject) admin.get("orchestration/searches/" + id),
                s -> s.getBoolean("finished"), Duration.ofMinutes(1), "the cancelled search to end");
        for (JsonObject job : done.getJsonArray("jobs").getValuesAs(JsonObject.class)) {
            assertEquals("CANCELLED", job.getString("status"), job.toString());
            assertEquals("CANCELLED", job.getString("runStatus"), job.toString());
            JsonObject run = admin.run(job.getJsonNumber("runId").longValue());
            assertTrue(run.getInt("completedRounds") < 5000, "stopped early: " + run);
        }
        JsonObject neverRan = (JsonObject) admin.get("orchestration/jobs/" + queued.getJsonNumber("id"));
        assertEquals(0, neverRan.getInt("attempts"), "the job cancelled while queued never started");
        assertEquals(0, admin.run(queued.getJsonNumber("runId").longValue()).getInt("completedRounds"));
        for (Node worker : grid.workers) {
            JsonArray held = SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey()).get("worker/runs").asJsonArray();
            for (JsonObject job : done.getJsonArray("jobs").getValuesAs(JsonObject.class)) {
                assertFalse(held.contains(job.get("runId")), worker.name() + " released run " + job.get("runId"));
            }
        }
        assertEquals(409, admin.raw("POST", "orchestration/jobs/" + queued.getJsonNumber("id") + "/cancel",
                "application/json", "{}").statusCode(), "a finished job cannot be cancelled again");
    }

    @Test
    @Order(7)
    void aFailingJobIsRetriedABoundedNumberOfTimesThenDeadLettered() {
        long project = admin.createProject("unreachable-" + System.nanoTime(), "a Worker that is never there");
        long experiment = admin.createExperiment(project, "lr", "LOGISTIC_REGRESSION", "", "relu");
        long participant = admin.createParticipant("ghost-" + project, "https://127.0.0.1:9/synergos",
                "0123456789abcdef0123456789abcdef");
        long registration = admin.register(project, participant);
        admin.tag(registration, "train", List.of("ljubljana-train"));
        long run = admin.createRun(experiment, "doomed", Demo.defaultHyperparameters());
        long job = admin.post("orchestration/runs/" + run + "/jobs", jakarta.json.Json.createObjectBuilder()
                .add("maxAttempts", 3).build()).getJsonNumber("id").longValue();
        JsonObject dead = admin.await(() -> (JsonObject) admin.get("orchestration/jobs/" + job),
                j -> j.getString("status").equals("DEAD_LETTERED"), Duration.ofMinutes(2), "job " + job + " to be dead-lettered");
        assertEquals(3, dead.getInt("attempts"));
        assertEquals(3, dead.getInt("deliveries"), "one message per attempt, none redelivered");
        assertTrue(dead.getString("lastError").startsWith("attempt 3:"), dead.getString("lastError"));
        assertTrue(dead.getString("lastError").contains("127.0.0.1:9"), dead.getString("lastError"));
        assertEquals("FAILED", dead.getString("runStatus"));
        assertTrue(admin.run(run).getString("statusReason").startsWith("all 3 attempts failed"));
        Duration spent = Duration.between(Instant.parse(dead.getString("queuedAt")),
                Instant.parse(dead.getString("finishedAt")));
        assertTrue(spent.toMillis() >= 2000, "two retry delays of 1 s lie between three attempts: " + spent);
        List<JsonObject> letters = admin.get("orchestration/dead-letters").asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getJsonNumber("jobId").longValue() == job).toList();
        assertEquals(1, letters.size(), "parked once on the dead-letter queue");
        assertEquals(3, letters.get(0).getInt("attempt"));
        assertTrue(letters.get(0).getString("error").contains("127.0.0.1:9"));
        // it stays dead: no redelivery after a while
        sleep(3000);
        assertEquals(3, ((JsonObject) admin.get("orchestration/jobs/" + job)).getInt("deliveries"));
    }

    @Test
    @Order(8)
    void aTtpCrashKeepsQueuedJobsAndUnderTheInterruptPolicyMarksTheRunningOnesInterrupted() throws Exception {
        JsonObject request = jakarta.json.Json.createObjectBuilder().add("strategy", "grid")
                .add("base", jakarta.json.Json.createObjectBuilder().add("rounds", 600).add("localEpochs", 1))
                .add("grid", jakarta.json.Json.createObjectBuilder().add("seed",
                        jakarta.json.Json.createArrayBuilder(List.of(1, 2, 3, 4, 5, 6))))
                .build();
        long id = admin.post("orchestration/experiments/" + ljubljana.experiment() + "/searches", request)
                .getJsonNumber("id").longValue();
        JsonObject atCrash = admin.await(() -> (JsonObject) admin.get("orchestration/searches/" + id),
                s -> count(s, "RUNNING") == 4 && count(s, "QUEUED") == 2 && allRunningHaveARound(s),
                Duration.ofMinutes(2), "four running, two queued");
        grid.nodes.kill(grid.ttp.name());
        Node ttp = grid.nodes.start(grid.ttp.name(), "ttp", null, grid.ttp.portOffset(), Nodes.Database.H2, false,
                TTP_PROPERTIES);
        JsonObject after = admin.await(() -> (JsonObject) admin.get("orchestration/searches/" + id),
                s -> s.getBoolean("finished"), Duration.ofMinutes(4), "the search to finish after the restart");
        Map<Long, String> before = new LinkedHashMap<>();
        atCrash.getJsonArray("jobs").getValuesAs(JsonObject.class)
                .forEach(j -> before.put(j.getJsonNumber("id").longValue(), j.getString("status")));
        for (JsonObject job : after.getJsonArray("jobs").getValuesAs(JsonObject.class)) {
            String was = before.get(job.getJsonNumber("id").longValue());
            if (was.equals("RUNNING")) {
                assertEquals("INTERRUPTED", job.getString("status"), job.toString());
                assertEquals("INTERRUPTED", job.getString("runStatus"));
                assertEquals(1, job.getInt("attempts"), "an interrupted run is not rerun");
            } else {
                assertEquals("SUCCEEDED", job.getString("status"), "queued at the crash, run after it: " + job);
                assertEquals(1, job.getInt("attempts"));
                assertEquals(600, admin.run(job.getJsonNumber("runId").longValue()).getInt("completedRounds"));
            }
        }
        assertEquals(ttp.baseUrl(), grid.ttp.baseUrl());
    }

    // --- helpers ---

    private static JsonArray tracking() {
        return admin.get("tracking/projects/" + ljubljana.project() + "/runs").asJsonArray();
    }

    private static JsonObject transition(int version, String stage, String reason) {
        return admin.post("registry/projects/" + ljubljana.project() + "/versions/" + version + "/transitions",
                jakarta.json.Json.createObjectBuilder().add("stage", stage).add("reason", reason).build());
    }

    private static List<JsonObject> versions() {
        return admin.get("registry/projects/" + ljubljana.project() + "/versions").asJsonArray()
                .getValuesAs(JsonObject.class);
    }

    private static String stage(int version) {
        return ((JsonObject) admin.get("registry/projects/" + ljubljana.project() + "/versions/" + version))
                .getString("stage");
    }

    private static void refused(int status, String path, String body, String says) {
        HttpResponse<String> response = admin.raw("POST", path, "application/json", body);
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains(says), "'" + says + "' in " + response.body());
    }

    private static long count(JsonObject search, String status) {
        return search.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("status").equals(status)).count();
    }

    private static List<JsonObject> jobsIn(JsonObject search, String status) {
        return search.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("status").equals(status)).toList();
    }

    private static boolean allRunningHaveARound(JsonObject search) {
        return jobsIn(search, "RUNNING").stream()
                .allMatch(j -> admin.run(j.getJsonNumber("runId").longValue()).getInt("completedRounds") > 0);
    }

    private static JsonObject json(String text) {
        return jakarta.json.Json.createReader(new StringReader(text)).readObject();
    }

    private static double probability(SynergosClient client, String serving, Map<String, Object> record) {
        return client.post(serving + "/predictions", jakarta.json.Json.createObjectBuilder().add("record",
                        jakarta.json.Json.createObjectBuilder(record)).build()).getJsonArray("predictions")
                .getJsonObject(0).getJsonObject("probabilities").getJsonNumber("recurrence-events").doubleValue();
    }

    private static List<Map<String, Object>> evaluationRows() throws IOException {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (CsvReader<NamedCsvRecord> csv = CsvReader.builder()
                .ofNamedCsvRecord(grid.workers.get(0).dataDir().resolve("ljubljana-evaluate.csv"))) {
            for (NamedCsvRecord r : csv) {
                Map<String, Object> row = new LinkedHashMap<>(r.getFieldsAsMap());
                row.remove("Class");
                if (row.values().stream().noneMatch(v -> v == null || v.toString().isEmpty() || v.equals("?"))) {
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
