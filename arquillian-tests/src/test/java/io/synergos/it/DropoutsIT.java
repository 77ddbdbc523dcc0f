package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.ContributionSplit;
import io.synergos.ops.Node;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dropouts and stragglers across real nodes: a TTP and two Workers, the second reached through a {@link TcpProxy}
 * that cuts the network, stalls, or refuses the grid's socket. A run with {@code minWorkers} 1 goes on without the
 * Worker that is gone, records who was late and who was absent in each round, and takes the Worker back when it can be
 * reached again; a run that needs both fails naming who was missing. After each fault the run's records are complete,
 * the Workers hold nothing of it, and the TTP keeps no socket or thread of it.
 */
class DropoutsIT {

    private static final Duration WAIT = Duration.ofMinutes(4);
    private static GridFixture grid;
    private static SynergosClient ttp;
    private static int uniq;

    @BeforeAll
    static void start() throws IOException {
        grid = new GridFixture("it-drop", 1700);
        ttp = grid.client;
    }

    @AfterAll
    static void stop() {
        if (grid != null) {
            grid.stop();
        }
    }

    @Test
    void aTrainerCutOffTheNetworkIsLeftOutAndRejoinsWhenTheNetworkIsBack() throws Exception {
        try (TcpProxy proxy = new TcpProxy(grid.workers.get(1))) {
            Federation f = federation(proxy, hyper(400).add("minWorkers", 1), true);
            awaitRounds(f.run, 5);
            proxy.networkDown(true);
            int gone = firstRound(f.run, "absent", f.second);
            // the run goes on without it while the network is down
            awaitRounds(f.run, gone + 20);
            proxy.networkDown(false);
            JsonArray rounds = trained(f.run, 400);
            int back = firstRoundAfter(rounds, gone, "answered", f.second);
            assertTrue(back > gone, "it answered again after it was absent from round " + (gone + 1));
            for (JsonObject round : rounds.getValuesAs(JsonObject.class)) {
                assertTrue(names(round, "answered").contains(f.first), "the reachable Worker answered every round: " + round);
                if (names(round, "absent").contains(f.second)) {
                    assertFalse(round.getJsonObject("localLosses").containsKey(f.second), round.toString());
                }
            }
            // in-training contribution valued every round, the absent ones as no contribution at all
            JsonObject contribution = ContributionSplit.awaitContribution(ttp, f.run, "in-training");
            for (JsonObject value : contribution.getJsonArray("values").getValuesAs(JsonObject.class)) {
                assertTrue(Double.isFinite(value.getJsonNumber("value").doubleValue()), value.toString());
            }
            // its model version can be promoted, the answer listing the contribution (a 500 before: the values were
            // read after the transaction had ended)
            JsonObject staged = ttp.post("registry/projects/" + f.project + "/versions/1/transitions",
                    Json.createObjectBuilder().add("stage", "STAGING").add("reason", "valued as it trained").build());
            assertEquals("STAGING", staged.getString("stage"));
            assertEquals(2, staged.getJsonArray("contributions").getJsonObject(0).getJsonArray("values").size());
            assertNothingLeft(f, proxy);
        }
    }

    @Test
    void aStalledTrainerIsLateAndTakesTheNextRoundOnceItAnswers() throws Exception {
        try (TcpProxy proxy = new TcpProxy(grid.workers.get(1))) {
            Federation f = federation(proxy, hyper(600).add("minWorkers", 1).add("roundDeadlineSeconds", 1), false);
            awaitRounds(f.run, 3);
            proxy.stall(true);
            int stalled = firstRound(f.run, "late", f.second);
            awaitRounds(f.run, stalled + 3);
            proxy.stall(false);
            JsonArray rounds = trained(f.run, 600);
            List<JsonObject> late = rounds.getValuesAs(JsonObject.class).stream()
                    .filter(r -> names(r, "late").contains(f.second)).toList();
            assertTrue(late.size() >= 2, "late in the round it missed and while still computing it: " + late);
            int last = late.get(late.size() - 1).getInt("round");
            assertTrue(firstRoundAfter(rounds, last, "answered", f.second) > last, "it answered again once free");
            assertTrue(rounds.getValuesAs(JsonObject.class).stream().noneMatch(r -> names(r, "absent").contains(f.second)),
                    "a stalled Worker is late, never absent: its socket stayed open");
            String series = "synergos_worker_late_total{node=\"" + grid.ttp.name() + "\",worker=\"" + f.second + "\"} ";
            String metrics = ttp.raw("GET", "metrics", null, null).body();
            double counted = metrics.lines().filter(l -> l.startsWith(series)).mapToDouble(l -> Double.parseDouble(
                    l.substring(series.length()).trim())).findFirst().orElse(0);
            assertEquals(late.size(), counted, "each late round is counted in the TTP's metrics");
            assertNothingLeft(f, proxy);
        }
    }

    @Test
    void aRunThatNeedsEveryTrainerFailsNamingWhoWasMissingAndWhy() throws Exception {
        try (TcpProxy proxy = new TcpProxy(grid.workers.get(1))) {
            Federation f = federation(proxy, hyper(2000).add("minWorkers", 2).add("roundDeadlineSeconds", 1), false);
            awaitRounds(f.run, 3);
            proxy.stall(true);
            JsonObject failed = ttp.awaitStatus(f.run, WAIT, Set.of("FAILED", "TRAINED", "STOPPED"));
            proxy.stall(false);
            assertEquals("FAILED", failed.getString("status"), failed.toString());
            String reason = failed.getString("statusReason");
            assertTrue(reason.contains("1 of 2 Workers answered, fewer than the 2 the run needs (minWorkers)"), reason);
            assertTrue(reason.contains("missing: " + f.second + " (late: no update within 1 s)"), reason);
            assertNothingLeft(f, proxy);
        }
    }

    @Test
    void aRunThatMayGoOnWithoutATrainerStartsWithoutOneItCannotReach() throws Exception {
        try (TcpProxy proxy = new TcpProxy(grid.workers.get(1))) {
            // unreachable altogether: no header, no preparation, no socket; the run aligns without it
            proxy.networkDown(true);
            Federation f = federation(proxy, hyper(400).add("minWorkers", 1), false);
            awaitRounds(f.run, 5);
            proxy.networkDown(false);
            JsonArray rounds = trained(f.run, 400);
            JsonObject first = rounds.getJsonObject(0);
            assertEquals(List.of(f.second), names(first, "absent"), first.toString());
            assertTrue(firstRoundAfter(rounds, 0, "answered", f.second) > 0, "it joined once its socket could open");
            assertNothingLeft(f, proxy);
        }
    }

    /** A project of the two Workers, the second through the proxy, and its started run. */
    private record Federation(long project, long run, String first, String second) {
    }

    private static JsonObjectBuilder hyper(int rounds) {
        // full batch: one step a round, so that rounds are quick and a fault lands in the middle of many of them
        return Json.createObjectBuilder().add("rounds", rounds).add("batchSize", 1000).add("learningRate", 0.3);
    }

    private static Federation federation(TcpProxy proxy, JsonObjectBuilder hyperparameters, boolean inTraining) {
        long project = ttp.createProject("dropouts-" + (++uniq) + "-" + System.nanoTime(), "dropouts");
        long experiment = ttp.createExperiment(project, "e", "LOGISTIC_REGRESSION", "", "relu");
        String first = "d0-" + project;
        String second = "d1-" + project;
        Node a = grid.workers.get(0);
        Node b = grid.workers.get(1);
        long pa = ttp.createParticipant(first, a.baseUrl(), a.accessKey());
        long pb = ttp.createParticipant(second, proxy.baseUrl(), b.accessKey());
        long ra = ttp.register(project, pa);
        ttp.tag(ra, "train", List.of("wisconsin-train"));
        ttp.tag(ttp.register(project, pb), "train", List.of("wisconsin-train"));
        long run;
        if (inTraining) {
            ttp.tag(ra, "evaluate", List.of("wisconsin-evaluate"));
            run = ttp.createRunWith(experiment, "r", hyperparameters.build(), Json.createObjectBuilder()
                    .add("inTraining", true).add("validators", Json.createArrayBuilder().add(first)).build());
        } else {
            run = ttp.createRun(experiment, "r", hyperparameters.build());
        }
        ttp.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        return new Federation(project, run, first, second);
    }

    private static void awaitRounds(long run, int rounds) {
        JsonObject r = ttp.await(() -> ttp.run(run), x -> x.getInt("completedRounds") >= rounds
                || !x.getString("status").equals("TRAINING"), WAIT, rounds + " rounds of run " + run);
        assertEquals("TRAINING", r.getString("status"), "still training after " + rounds + " rounds: " + r);
    }

    /** The first recorded round (0-based) in which {@code worker} is listed as {@code standing}, once there is one. */
    private static int firstRound(long run, String standing, String worker) {
        JsonArray rounds = ttp.await(() -> ttp.rounds(run), rs -> rs.getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> names(r, standing).contains(worker)), WAIT, worker + " " + standing + " in run " + run);
        return rounds.getValuesAs(JsonObject.class).stream().filter(r -> names(r, standing).contains(worker))
                .findFirst().orElseThrow().getInt("round");
    }

    private static int firstRoundAfter(JsonArray rounds, int after, String standing, String worker) {
        return rounds.getValuesAs(JsonObject.class).stream().filter(r -> r.getInt("round") > after)
                .filter(r -> names(r, standing).contains(worker)).mapToInt(r -> r.getInt("round")).findFirst()
                .orElse(-1);
    }

    private static JsonArray trained(long run, int rounds) {
        JsonObject result = ttp.awaitStatus(run, WAIT, Set.of("FAILED", "TRAINED", "STOPPED"));
        assertEquals("TRAINED", result.getString("status"), result.toString());
        assertEquals(rounds, result.getInt("completedRounds"));
        JsonArray recorded = ttp.rounds(run);
        assertEquals(rounds, recorded.size(), "every round is recorded, once");
        return recorded;
    }

    private static List<String> names(JsonObject round, String standing) {
        return round.containsKey(standing) ? round.getJsonArray(standing).getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList() : List.of();
    }

    /** The Workers hold nothing of the run, and the TTP no socket to the proxy nor a thread in the grid's code. */
    private static void assertNothingLeft(Federation f, TcpProxy proxy) {
        for (Node worker : grid.workers) {
            // a Worker whose release call timed out (behind a stalled link) frees the run when its socket closes,
            // moments after the run has ended: wait for that, as for the sockets below
            SynergosClient control = SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey());
            JsonArray held = ttp.await(() -> control.get("worker/runs").asJsonArray(),
                    runs -> !runs.contains(Json.createValue(f.run)), Duration.ofSeconds(30),
                    worker.name() + " releasing run " + f.run);
            assertFalse(held.contains(Json.createValue(f.run)), worker.name() + " released run " + f.run + ": " + held);
        }
        ttp.await(() -> NodeProbe.established(grid.ttp, proxy.port()), n -> n == 0, Duration.ofSeconds(30),
                "the TTP's sockets to the proxied Worker closed");
        String dump = NodeProbe.threadDump(grid.ttp);
        assertEquals(List.of(), NodeProbe.threadsIn(dump, "io.synergos.ttp.Grid.", "io.synergos.websocket.ttp."),
                "no thread of the TTP is left in the grid's code");
    }
}
