package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scale-out on existing infrastructure: two TTP nodes, configured by wildfly-config's remote-broker.cli, consume
 * one job queue on a separate Apache Artemis broker and share one PostgreSQL database; two Workers serve them.
 */
class SharedBrokerIT {

    private static final String DATABASE = "synergos_shared_broker_it";
    private static final Nodes NODES = Nodes.fromSystemProperty();
    private static ArtemisBroker broker;
    private static Node ttpA;
    private static Node ttpB;
    private static List<Node> workers;

    @BeforeAll
    static void start() throws Exception {
        if (!Databases.postgresReachable()) {
            System.out.println("*** " + Databases.skipMessage() + "; SharedBrokerIT (two TTPs sharing a broker and "
                    + "a database) SKIPPED ***");
            Assumptions.abort(Databases.skipMessage());
        }
        try (Connection c = DriverManager.getConnection(Databases.POSTGRES_URL.replaceFirst("/[^/]+$", "/postgres"),
                Databases.POSTGRES_USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + DATABASE);
        }
        broker = ArtemisBroker.start(Path.of("target/artemis-instances/shared").toAbsolutePath());
        Nodes.Database db = new Nodes.Database("postgresql", Databases.POSTGRES_URL.replaceFirst("/[^/]+$", "/" + DATABASE),
                Databases.POSTGRES_USER, "");
        Map<String, String> ttp = new HashMap<>(Map.of("synergos.broker.host", "127.0.0.1",
                "synergos.broker.port", Integer.toString(ArtemisBroker.PORT), "synergos.broker.user", ArtemisBroker.USER,
                "synergos.broker.password", ArtemisBroker.PASSWORD, "synergos.ttp.parallel-runs", "2",
                // TTPs sharing a database share the key that seals Workers' control keys in it
                "synergos.sealing.key", io.synergos.ops.pki.Secrets.randomPassword()));
        // the first TTP creates the schema; the second starts once it is there
        ttpA = NODES.launch("it-shared-ttp-a", "ttp", null, 2900, db, true, ttp);
        workers = List.of(
                NODES.launch("it-shared-worker-a", "worker", Demo.dataDir(NODES.home(), "worker-a"), 2700,
                        Nodes.Database.H2, true),
                NODES.launch("it-shared-worker-b", "worker", Demo.dataDir(NODES.home(), "worker-b"), 2800,
                        Nodes.Database.H2, true));
        NODES.awaitReady(ttpA);
        ttpB = NODES.start("it-shared-ttp-b", "ttp", null, 3000, db, true, ttp);
        workers.forEach(NODES::awaitReady);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        for (Node node : new Node[] {ttpA, ttpB}) {
            if (node != null) {
                NODES.stop(node.name());
            }
        }
        if (workers != null) {
            workers.forEach(w -> NODES.stop(w.name()));
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void twoTtpsConsumingOneRemoteQueueRunEveryJobExactlyOnce() {
        SynergosClient a = SynergosClient.asAdmin(ttpA);
        SynergosClient b = SynergosClient.asAdmin(ttpB);
        Demo.Registered project = Demo.register(a, workers, Node::baseUrl, "ljubljana", Demo.Model.LOGISTIC_REGRESSION);
        JsonObject request = Json.createObjectBuilder().add("strategy", "grid")
                .add("base", Json.createObjectBuilder().add("rounds", 6).add("localEpochs", 1))
                .add("grid", Json.createObjectBuilder().add("seed",
                        Json.createArrayBuilder(IntStream.rangeClosed(1, 8).boxed().toList())))
                .build();
        long search = a.post("orchestration/experiments/" + project.experiment() + "/searches", request)
                .getJsonNumber("id").longValue();
        // followed through the other TTP: they share the database
        JsonObject done = b.await(() -> (JsonObject) b.get("orchestration/searches/" + search),
                s -> s.getBoolean("finished"), Duration.ofMinutes(5), "search " + search + " to finish");
        Map<String, Integer> perNode = new TreeMap<>();
        for (JsonObject job : done.getJsonArray("jobs").getValuesAs(JsonObject.class)) {
            assertEquals("SUCCEEDED", job.getString("status"), job.toString());
            assertEquals(1, job.getInt("attempts"), "ran once: " + job);
            assertEquals(1, job.getInt("deliveries"), "its message was delivered once, to one TTP: " + job);
            long run = job.getJsonNumber("runId").longValue();
            assertEquals(6, b.run(run).getInt("completedRounds"));
            assertEquals(6, b.rounds(run).size(), "trained once: one loss per round, no second training");
            perNode.merge(job.getString("node"), 1, Integer::sum);
        }
        System.out.println("shared broker: jobs per TTP " + perNode);
        assertEquals(Set.of(ttpA.name(), ttpB.name()), perNode.keySet(), "both TTPs consumed jobs: " + perNode);
        assertEquals(8, perNode.values().stream().mapToInt(Integer::intValue).sum());
        Set<String> runNames = done.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
                .map(j -> j.getString("runName")).collect(Collectors.toSet());
        assertEquals(8, runNames.size());
        assertTrue(b.get("orchestration/dead-letters").asJsonArray().isEmpty(), "nothing dead-lettered");
    }

    /**
     * The broker restarted while jobs wait on it and others run: none is lost (the journal keeps the queued messages),
     * none runs twice (a redelivered message of a job that ran meanwhile is skipped), and both TTPs' consumers
     * reconnect and go on taking jobs.
     */
    @Test
    void aRestartedBrokerLosesNoJobAndRunsNoneTwice() throws Exception {
        SynergosClient a = SynergosClient.asAdmin(ttpA);
        Demo.Registered project = Demo.register(a, workers, Node::baseUrl, "wisconsin", Demo.Model.LOGISTIC_REGRESSION);
        JsonObject request = Json.createObjectBuilder().add("strategy", "grid")
                .add("base", Json.createObjectBuilder().add("rounds", 5).add("localEpochs", 1))
                .add("grid", Json.createObjectBuilder().add("seed",
                        Json.createArrayBuilder(IntStream.rangeClosed(1, 10).boxed().toList())))
                .build();
        long search = a.post("orchestration/experiments/" + project.experiment() + "/searches", request)
                .getJsonNumber("id").longValue();
        JsonObject before = (JsonObject) a.get("orchestration/searches/" + search);
        long queued = before.getJsonArray("jobs").getValuesAs(JsonObject.class).stream()
                .filter(j -> j.getString("status").equals("QUEUED")).count();
        assertTrue(queued >= 4, "jobs wait on the broker when it goes down: " + queued);
        java.time.Instant restarted = java.time.Instant.now();
        broker.restart();
        JsonObject done = a.await(() -> (JsonObject) a.get("orchestration/searches/" + search),
                s -> s.getBoolean("finished"), Duration.ofMinutes(6), "search " + search + " after the broker's restart");
        int afterRestart = 0;
        for (JsonObject job : done.getJsonArray("jobs").getValuesAs(JsonObject.class)) {
            assertEquals("SUCCEEDED", job.getString("status"), "no job lost: " + job);
            long run = job.getJsonNumber("runId").longValue();
            assertEquals(5, a.rounds(run).size(), "trained once: one loss per round, no second training: " + job);
            if (java.time.Instant.parse(job.getString("startedAt")).isAfter(restarted)) {
                afterRestart++;
            }
        }
        assertTrue(afterRestart >= 1, "the consumers reconnected and took jobs after the restart");
        assertTrue(a.get("orchestration/dead-letters").asJsonArray().isEmpty(), "nothing dead-lettered");
        System.out.println("broker restart: " + queued + " jobs queued at the restart, " + afterRestart
                + " started after it, all 10 succeeded once");
    }

    /**
     * The catalog's search index on two TTPs sharing one database: each keeps its own Lucene index, and a change made
     * through one reaches the other's index through the audit (CatalogIndexSync), both ways.
     */
    @Test
    void catalogChangesThroughOneTtpReachTheOtherTtpsSearch() {
        SynergosClient a = SynergosClient.asAdmin(ttpA);
        SynergosClient b = SynergosClient.asAdmin(ttpB);
        Node worker = workers.get(0);
        a.createParticipant("shared-clinic", worker.baseUrl(), worker.accessKey());
        SynergosClient workerApi = SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey());
        java.net.http.HttpResponse<String> published = workerApi.raw("POST", "worker/catalog/wisconsin-train",
                "application/json", Json.createObjectBuilder().add("participant", "shared-clinic")
                        .add("catalog", ttpA.baseUrl()).add("title", "Biopsies shared across TTPs")
                        .add("visibility", "public").build().toString());
        assertEquals(201, published.statusCode(), published.body());
        long id = Json.createReader(new java.io.StringReader(published.body())).readObject().getJsonNumber("id")
                .longValue();
        assertEquals(1, hits(a, "biopsies"), "the TTP that took the change indexed it at commit");
        b.await(() -> hits(b, "biopsies"), n -> n == 1, Duration.ofSeconds(30), "TTP B's index to see the entry");

        b.put("catalog/datasets/" + id, Json.createObjectBuilder().add("description", "Fine-needle aspirates").build());
        a.await(() -> hits(a, "aspirates"), n -> n == 1, Duration.ofSeconds(30), "TTP A's index to see B's change");

        java.net.http.HttpResponse<String> withdrawn = workerApi.raw("DELETE", "worker/catalog/wisconsin-train"
                + "?participant=shared-clinic&catalog=" + java.net.URLEncoder.encode(ttpB.baseUrl(),
                java.nio.charset.StandardCharsets.UTF_8), null, null);
        assertEquals(204, withdrawn.statusCode(), withdrawn.body());
        assertEquals(0, hits(b, "biopsies"));
        a.await(() -> hits(a, "biopsies"), n -> n == 0, Duration.ofSeconds(30), "TTP A's index to drop the entry");
    }

    private static int hits(SynergosClient ttp, String q) {
        return ttp.get("catalog/datasets?q=" + q).asJsonObject().getInt("total");
    }
}
