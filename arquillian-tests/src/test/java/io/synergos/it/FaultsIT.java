package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Demo;
import io.synergos.ops.Health;
import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Faults of whole processes across real nodes: a TTP killed with SIGKILL mid-run, a TTP stopped with SIGTERM, a Worker
 * killed mid-round, and the TTP's PostgreSQL restarted mid-run. The TTP runs on a PostgreSQL cluster of the test's own
 * (so that the test can restart it), checkpointing every 3 rounds. Each fault ends with the runs trained (resumed, not
 * restarted, and with exactly the parameters of an uninterrupted run), every round recorded once, the Workers holding
 * nothing, and no socket or thread of the run left at the TTP.
 */
class FaultsIT {

    private static final Duration WAIT = Duration.ofMinutes(5);
    private static final Nodes NODES = Nodes.fromSystemProperty();
    private static final int TTP_OFFSET = 3700;
    private static final Map<String, String> TTP_PROPERTIES = Map.of("synergos.checkpoint.rounds", "3",
            "synergos.ttp.parallel-runs", "2", "synergos.log.json.level", "ALL");
    /** FedAvg, minibatches of 32, a fixed seed: the run a resumed one must end exactly like. */
    private static final JsonObject HYPER = Json.createObjectBuilder().add("algorithm", "FEDAVG").add("rounds", 120)
            .add("batchSize", 32).add("learningRate", 0.05).add("localEpochs", 1).add("seed", 11).build();

    private static PrivatePostgres postgres;
    private static Nodes.Database database = Nodes.Database.H2;
    private static Node ttp;
    private static List<Node> workers;
    private static SynergosClient client;
    private static Demo.Registered project;
    private static double[] uninterrupted;

    @BeforeAll
    static void start() throws Exception {
        if (PrivatePostgres.binaries().isPresent()) {
            postgres = PrivatePostgres.start(Path.of("target/private-postgres/faults").toAbsolutePath(), 55433);
            database = new Nodes.Database("postgresql", postgres.url(), "postgres", "");
        } else {
            System.out.println("*** " + PrivatePostgres.skipMessage() + "; FaultsIT's TTP runs on H2 ***");
        }
        ttp = NODES.launch("it-faults-ttp", "ttp", null, TTP_OFFSET, database, true, TTP_PROPERTIES);
        workers = List.of(
                NODES.launch("it-faults-worker-a", "worker", Demo.dataDir(NODES.home(), "worker-a"), TTP_OFFSET + 100,
                        Nodes.Database.H2, true),
                NODES.launch("it-faults-worker-b", "worker", Demo.dataDir(NODES.home(), "worker-b"), TTP_OFFSET + 200,
                        Nodes.Database.H2, true));
        NODES.awaitReady(ttp);
        workers.forEach(NODES::awaitReady);
        client = SynergosClient.asAdmin(ttp);
        project = Demo.register(client, workers, Node::baseUrl, "wisconsin", Demo.Model.LOGISTIC_REGRESSION);
        long reference = client.createRun(project.experiment(), "uninterrupted", HYPER);
        client.post("runs/" + reference + "/training", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals("TRAINED", client.awaitStatus(reference, WAIT, Set.of("TRAINED", "FAILED")).getString("status"));
        uninterrupted = parameters(reference);
    }

    @AfterAll
    static void stop() throws Exception {
        if (ttp != null) {
            NODES.stop(ttp.name());
        }
        if (workers != null) {
            workers.forEach(w -> NODES.stop(w.name()));
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aKilledTtpResumesItsRunsFromTheirCheckpointsAndEndsExactlyAsAnUninterruptedRun() throws IOException {
        long direct = client.createRun(project.experiment(), "killed-direct", HYPER);
        long queued = client.createRun(project.experiment(), "killed-queued", HYPER);
        client.post("runs/" + direct + "/training", JsonValue.EMPTY_JSON_OBJECT);
        long job = SynergosClient.id(client.post("orchestration/runs/" + queued + "/jobs", JsonValue.EMPTY_JSON_OBJECT));
        for (long run : new long[]{direct, queued}) {
            client.await(() -> client.run(run), r -> r.getInt("completedRounds") >= 10, WAIT, "10 rounds of " + run);
        }
        NODES.kill(ttp.name());
        restartTtp();

        JsonObject trained = client.awaitStatus(direct, WAIT, Set.of("TRAINED", "FAILED", "INTERRUPTED"));
        assertEquals("TRAINED", trained.getString("status"), trained.toString());
        JsonObject jobDone = client.await(() -> client.get("orchestration/jobs/" + job).asJsonObject(),
                j -> Set.of("SUCCEEDED", "DEAD_LETTERED", "INTERRUPTED", "CANCELLED").contains(j.getString("status")),
                WAIT, "job " + job);
        assertEquals("SUCCEEDED", jobDone.getString("status"), jobDone.toString());
        assertEquals("EVALUATED", jobDone.getString("runStatus"), "the resumed job evaluated its run too");
        assertEquals(1, jobDone.getInt("attempts"), "resumed within its attempt, not retried: " + jobDone);
        assertEquals(1, jobDone.getInt("resumes"), jobDone.toString());
        for (long run : new long[]{direct, queued}) {
            assertResumedFromACheckpoint(run);
            assertEveryRoundOnce(run, 120);
            assertParametersEqual(run);
        }
        long registered = client.get("registry/projects/" + project.project() + "/versions").asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(v -> Set.of(direct, queued)
                        .contains(v.getJsonNumber("runId").longValue())).count();
        assertEquals(2, registered, "each resumed run registered its model once");
        assertRunLinesTagged(direct, null);
        assertRunLinesTagged(queued, job);
        assertNothingLeft(Set.of(direct, queued));
    }

    @Test
    void aStoppedTtpPausesItsRunAtTheEndOfARoundAndResumesItAtTheNextStart() throws IOException {
        long run = client.createRun(project.experiment(), "stopped", HYPER);
        client.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        client.await(() -> client.run(run), r -> r.getInt("completedRounds") >= 10, WAIT, "10 rounds of " + run);
        NODES.stop(ttp.name());
        java.util.regex.Matcher paused = java.util.regex.Pattern.compile("run " + run + " paused after round (\\d+)")
                .matcher(Files.readString(ttp.log()));
        assertTrue(paused.find(), "the run paused when its TTP stopped");
        restartTtp();
        JsonObject trained = client.awaitStatus(run, WAIT, Set.of("TRAINED", "FAILED", "INTERRUPTED"));
        assertEquals("TRAINED", trained.getString("status"), trained.toString());
        assertEquals(Integer.parseInt(paused.group(1)), resumedAfter(run), "it resumed where it paused");
        assertEveryRoundOnce(run, 120);
        assertParametersEqual(run);
        assertNothingLeft(Set.of(run));
    }

    @Test
    void aWorkerKilledMidRoundIsLeftOutAndRejoinsOnceItIsBack() {
        Node b = workers.get(1);
        String second = project.participants().get(1);
        long run = client.createRun(project.experiment(), "worker-killed", Json.createObjectBuilder()
                .add("rounds", 10_000).add("batchSize", 1000).add("learningRate", 0.3).add("minWorkers", 1).build());
        client.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        client.await(() -> client.run(run), r -> r.getInt("completedRounds") >= 5, WAIT, "5 rounds of " + run);
        NODES.kill(b.name());
        int gone = client.await(() -> firstRound(run, "absent", second, -1), r -> r >= 0, WAIT, second + " absent");
        JsonObject degraded = client.await(() -> Health.report(ttp, "ready").orElseThrow(),
                r -> check(r, "workers").getJsonObject("data").getString("status").equals("degraded"),
                Duration.ofSeconds(30), "the TTP to report a Worker it cannot reach");
        assertEquals("UP", degraded.getString("status"), "a Worker down degrades a TTP, it does not take it down");
        assertTrue(check(degraded, "workers").getJsonObject("data").getString("unreachable").contains(second),
                degraded.toString());
        assertTrue(Health.describe(ttp).contains("workers degraded, unreachable: "), Health.describe(ttp));
        NODES.start(b.name(), "worker", b.dataDir(), b.portOffset(), Nodes.Database.H2, false);
        int back = client.await(() -> firstRound(run, "answered", second, gone), r -> r > gone, WAIT,
                second + " answering again after its restart");
        client.delete("runs/" + run + "/grid");
        JsonObject stopped = client.awaitStatus(run, WAIT, Set.of("STOPPED", "FAILED", "TRAINED"));
        assertEquals("STOPPED", stopped.getString("status"), stopped.toString());
        JsonArray rounds = client.rounds(run);
        assertEquals(stopped.getInt("completedRounds"), rounds.size(), "every round recorded once");
        assertTrue(rounds.getValuesAs(JsonObject.class).stream().allMatch(r -> names(r, "answered")
                .contains(project.participants().get(0))), "the other Worker answered every round");
        System.out.println("worker killed: absent from round " + (gone + 1) + ", back at round " + (back + 1));
        String metrics = client.raw("GET", "metrics", null, null).body();
        assertTrue(metric(metrics, "synergos_worker_absent_total{node=\"" + ttp.name() + "\",worker=\"" + second
                + "\"}") >= 1, "its absences are counted");
        assertTrue(metric(metrics, "synergos_rounds_total{node=\"" + ttp.name() + "\"}") >= back, "rounds counted");
        assertTrue(metrics.contains("synergos_round_duration_seconds_bucket{"), "round durations as a histogram");
        assertNothingLeft(Set.of(run));
    }

    @Test
    void aDatabaseRestartedMidRunIsRiddenOutWithNothingHalfWritten() throws Exception {
        if (postgres == null) {
            System.out.println("*** " + PrivatePostgres.skipMessage() + " ***");
            Assumptions.abort(PrivatePostgres.skipMessage());
        }
        // long enough to be mid-run when the database goes: a round of this model takes milliseconds
        long run = client.createRun(project.experiment(), "database-restarted", Json.createObjectBuilder()
                .add("rounds", 2000).add("batchSize", 1000).add("learningRate", 0.3).add("seed", 11).build());
        client.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        client.await(() -> client.run(run), r -> r.getInt("completedRounds") >= 5, WAIT, "5 rounds of " + run);
        // probed as an operator's readiness probe does, all the time: the Workers check reads the registered Workers
        assertEquals("UP", Health.report(ttp, "ready").orElseThrow().getString("status"));
        postgres.stopServer(false);
        client.await(() -> logContains("run " + run + " round", "the database is unreachable"), seen -> seen,
                Duration.ofMinutes(1), "the TTP to notice the database is gone");
        JsonObject down = client.await(() -> Health.report(ttp, "ready").orElseThrow(), r -> r.getString("status")
                .equals("DOWN"), Duration.ofMinutes(1), "the TTP to say it is not ready");
        assertTrue(check(down, "database").getString("status").equals("DOWN"), down.toString());
        assertEquals("UP", Health.report(ttp, "live").orElseThrow().getString("status"), "down, not dead");
        // the Workers check refreshes (every 10 s) while the database is down: it answers from the Workers last read,
        // so that the report stays a report (a check that threw made it an error)
        JsonObject workers = check(client.await(() -> Health.report(ttp, "ready").orElseThrow(), r -> check(r, "workers")
                .getJsonObject("data").containsKey("note"), Duration.ofSeconds(30),
                "the Workers check to refresh without the database"), "workers");
        assertEquals("UP", workers.getString("status"), workers.toString());
        assertTrue(workers.getJsonObject("data").getInt("registered") >= project.participants().size(),
                "the Workers last read are probed: " + workers);
        assertTrue(workers.getJsonObject("data").getString("note").startsWith("the registered Workers could not be read"),
                workers.toString());
        postgres.startServer();
        client.await(() -> Health.report(ttp, "ready").orElseThrow(), r -> r.getString("status").equals("UP"),
                Duration.ofMinutes(1), "the TTP to be ready again");
        JsonObject trained = client.awaitStatus(run, WAIT, Set.of("TRAINED", "FAILED"));
        assertEquals("TRAINED", trained.getString("status"), trained.toString());
        assertEveryRoundOnce(run, 2000);
        assertTrue(client.get("registry/projects/" + project.project() + "/versions").asJsonArray()
                .getValuesAs(JsonObject.class).stream().anyMatch(v -> v.getJsonNumber("runId").longValue() == run),
                "its model version registered");
        assertNothingLeft(Set.of(run));
    }

    private static JsonObject check(JsonObject report, String name) {
        return report.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals(name)).findFirst().orElseThrow(() -> new AssertionError(
                        "no check " + name + " in " + report));
    }

    private static double metric(String scrape, String series) {
        return scrape.lines().filter(l -> l.startsWith(series + " ")).mapToDouble(l -> Double.parseDouble(
                l.substring(series.length() + 1).trim())).findFirst().orElse(-1);
    }

    /**
     * In the TTP's JSON log (server.json), every line of Synergos' own code that is about the run (its message names
     * it) carries the run's id, and, for a job's run, the job's id, in its MDC.
     */
    private static void assertRunLinesTagged(long run, Long job) throws IOException {
        List<JsonObject> lines = Files.readAllLines(ttp.log().resolveSibling("server.json")).stream()
                .map(l -> Json.createReader(new java.io.StringReader(l)).readObject()).toList();
        List<JsonObject> ofRun = lines.stream().filter(l -> l.getString("loggerName").startsWith("io.synergos.")
                && l.getString("message").matches("(?s).*\\brun " + run + "\\b.*")).toList();
        assertTrue(ofRun.size() >= 3, "the run's lines are in server.json: " + ofRun.size());
        for (JsonObject line : ofRun) {
            JsonObject mdc = line.getJsonObject("mdc");
            assertEquals(Long.toString(run), mdc.getString("run", null), line.toString());
            if (job != null && line.getString("loggerName").endsWith("JobConsumer")) {
                assertEquals(Long.toString(job), mdc.getString("job", null), line.toString());
            }
        }
        assertTrue(lines.stream().allMatch(l -> l.getString("node", "").equals(ttp.name())), "every line names the node");
    }

    private static void restartTtp() {
        ttp = NODES.start(ttp.name(), "ttp", null, TTP_OFFSET, database, false, TTP_PROPERTIES);
        client = SynergosClient.asAdmin(ttp);
    }

    private static boolean logContains(String... parts) {
        try {
            return Files.readAllLines(ttp.log()).stream().anyMatch(l -> java.util.Arrays.stream(parts)
                    .allMatch(l::contains));
        } catch (IOException e) {
            return false;
        }
    }

    /** The run resumed after a round it had checkpointed (every 3), not from its first round. */
    private static void assertResumedFromACheckpoint(long run) {
        int after = resumedAfter(run);
        assertTrue(after >= 3 && after % 3 == 0 && after < 120, "resumed after checkpointed round " + after);
    }

    /** The round after which the TTP's log says the run resumed. */
    private static int resumedAfter(long run) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("run " + run + " resumes after round (\\d+)")
                .matcher(readLog());
        assertTrue(m.find(), "the TTP's log says where run " + run + " resumed");
        return Integer.parseInt(m.group(1));
    }

    private static String readLog() {
        try {
            return Files.readString(ttp.log());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertEveryRoundOnce(long run, int rounds) {
        JsonObject r = client.run(run);
        assertEquals(rounds, r.getInt("completedRounds"), r.toString());
        List<Integer> recorded = client.rounds(run).getValuesAs(JsonObject.class).stream().map(x -> x.getInt("round"))
                .sorted().toList();
        assertEquals(IntStream.range(0, rounds).boxed().toList(), recorded, "rounds 1 to " + rounds + ", each once");
    }

    /** Resumed, the run ends with the uninterrupted run's parameters (within 1e-9; in fact bit for bit). */
    private static void assertParametersEqual(long run) {
        double[] resumed = parameters(run);
        assertEquals(uninterrupted.length, resumed.length);
        double largest = 0;
        for (int i = 0; i < resumed.length; i++) {
            largest = Math.max(largest, Math.abs(resumed[i] - uninterrupted[i]));
        }
        System.out.println("run " + run + ": largest difference from the uninterrupted run " + largest);
        assertTrue(largest <= 1e-9, "largest difference " + largest);
    }

    private static double[] parameters(long run) {
        return client.get("runs/" + run + "/model").asJsonObject().getJsonArray("parameters")
                .getValuesAs(JsonNumber.class).stream().mapToDouble(JsonNumber::doubleValue).toArray();
    }

    private static int firstRound(long run, String standing, String worker, int after) {
        return client.rounds(run).getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("round") > after)
                .filter(r -> names(r, standing).contains(worker)).mapToInt(r -> r.getInt("round")).findFirst()
                .orElse(-1);
    }

    private static List<String> names(JsonObject round, String standing) {
        return round.containsKey(standing) ? round.getJsonArray(standing).getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList() : List.of();
    }

    /** The Workers hold none of the runs, and the TTP keeps no socket to them nor a thread in the grid's code. */
    private static void assertNothingLeft(Set<Long> runs) {
        for (Node worker : workers) {
            client.await(() -> SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey()).get("worker/runs")
                    .asJsonArray(), held -> runs.stream().noneMatch(r -> held.contains(Json.createValue(r))),
                    Duration.ofSeconds(30), worker.name() + " to hold none of " + runs);
        }
        for (Node worker : workers) {
            // the grid's sockets go to the Workers' TLS port; the REST client's pooled connections close when it does
            client.await(() -> NodeProbe.established(ttp, worker.httpPort()), n -> n == 0, Duration.ofSeconds(30),
                    "the TTP's sockets to " + worker.name() + " closed");
        }
        String dump = NodeProbe.threadDump(ttp);
        assertEquals(List.of(), NodeProbe.threadsIn(dump, "io.synergos.ttp.Grid.", "io.synergos.websocket.ttp."),
                "no thread of the TTP is left in the grid's code");
    }
}
