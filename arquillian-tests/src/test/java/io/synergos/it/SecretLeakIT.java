package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import io.synergos.ops.NodeSecrets;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No secret leaks: after a whole cycle (catalog publication, training valued in-training, evaluation, prediction, a
 * reward draft, refused requests), not one of the federation's secrets is in any answer the nodes gave (to API
 * clients and to the TTP), in any file under a node's directory (logs included) but its credential store, or on a
 * node's command line. The secrets: each node's admin password and TLS key stores' password, the Workers' control
 * keys, the TTP's sealing key, its database password, its OpenLineage API key and a realm user's password.
 */
class SecretLeakIT {

    private static final Nodes NODES = Nodes.fromSystemProperty();
    private static final String DB_PASSWORD = "db-" + io.synergos.ops.pki.Secrets.randomPassword();
    private static final String LINEAGE_KEY = "ol-" + io.synergos.ops.pki.Secrets.randomPassword();
    private static final String VIEWER_PASSWORD = "vw-" + io.synergos.ops.pki.Secrets.randomPassword();
    private static OpenLineageReceiver lineage;
    private static Node ttp;
    private static List<Node> workers;

    @BeforeAll
    static void start() throws IOException {
        lineage = new OpenLineageReceiver();
        Path data = Path.of("target/it-data/leak").toAbsolutePath();
        List<Path> dirs = new ArrayList<>();
        for (String worker : List.of("worker-a", "worker-b")) {
            Path dir = data.resolve(worker);
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(Demo.dataDir(NODES.home(), worker))) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    Files.copy(file, dir.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            dirs.add(dir);
        }
        // the TTP's H2 database with a password of its own, so that there is a database password to keep
        Path base = NODES.nodesDir().resolve("leak-ttp");
        Nodes.Database db = new Nodes.Database("h2", "jdbc:h2:file:" + base.resolve("data/leak")
                + ";DB_CLOSE_ON_EXIT=FALSE;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", DB_PASSWORD);
        ttp = NODES.launch("leak-ttp", "ttp", null, 6200, db, true, Map.of("synergos.openlineage.url", lineage.url(),
                "synergos.openlineage.api-key", LINEAGE_KEY));
        workers = List.of(NODES.launch("leak-worker-a", "worker", dirs.get(0), 6300, Nodes.Database.H2, true),
                NODES.launch("leak-worker-b", "worker", dirs.get(1), 6400, Nodes.Database.H2, true));
        NODES.awaitReady(ttp);
        workers.forEach(NODES::awaitReady);
        Nodes.addUser(ttp, "leak-viewer", VIEWER_PASSWORD, List.of("viewer"));
    }

    @AfterAll
    static void stop() {
        for (Node node : new Node[] {ttp, workers == null ? null : workers.get(0), workers == null ? null : workers.get(1)}) {
            if (node != null) {
                NODES.stop(node.name());
            }
        }
        if (lineage != null) {
            lineage.close();
        }
    }

    @Test
    void noSecretIsInAnyAnswerLogFileOrCommandLine() throws Exception {
        Map<Node, TcpProxy> proxies = new LinkedHashMap<>();
        try (TcpProxy front = new TcpProxy(ttp); TcpProxy a = new TcpProxy(workers.get(0));
             TcpProxy b = new TcpProxy(workers.get(1))) {
            proxies.put(workers.get(0), a);
            proxies.put(workers.get(1), b);
            // every answer an API client gets passes the recording proxy in front of the TTP
            SynergosClient admin = SynergosClient.asUser(front.baseUrl(), "admin", ttp.adminPassword());
            JsonObject result = Demo.cycle(admin, workers, w -> proxies.get(w).baseUrl(), "ljubljana",
                    Demo.Model.LOGISTIC_REGRESSION, Demo.defaultHyperparameters(),
                    Json.createObjectBuilder().add("inTraining", true).build(), ttp, false);
            assertEquals("EVALUATED", result.getJsonObject("status").getString("status"));
            SynergosClient viewer = SynergosClient.asUser(front.baseUrl(), "leak-viewer", VIEWER_PASSWORD);
            for (String read : List.of("participants", "node", "projects", "catalog/datasets", "orchestration/jobs",
                    "participants/" + admin.get("participants").asJsonArray().getJsonObject(0).getInt("id"))) {
                assertEquals(200, viewer.raw("GET", read, null, null).statusCode(), read);
            }
            // and refusals: a wrong password, a participant without a key, a bad body
            assertEquals(401, SynergosClient.asUser(front.baseUrl(), "admin", "wrong").raw("GET", "projects", null, null)
                    .statusCode());
            assertEquals(400, admin.raw("POST", "participants", "application/json", "{\"name\":\"x\",\"baseUrl\":"
                    + "\"https://127.0.0.1:9/synergos\",\"accessKey\":\"short\"}").statusCode());
            assertEquals(400, admin.raw("POST", "projects", "application/json", "{\"name\":").statusCode());

            // the API key reached OpenLineage, decrypted: the secret store works
            assertTrue(lineage.authorizations().contains("Bearer " + LINEAGE_KEY), lineage.authorizations().toString());

            Map<String, String> secrets = secrets();
            Map<String, byte[]> places = new LinkedHashMap<>();
            places.put("answers of the TTP's API", front.capturedFromWorker());
            places.put("answers of " + workers.get(0).name() + " to the TTP", a.capturedFromWorker());
            places.put("answers of " + workers.get(1).name() + " to the TTP", b.capturedFromWorker());
            for (Node node : List.of(ttp, workers.get(0), workers.get(1))) {
                try (Stream<Path> files = Files.walk(node.baseDir())) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        if (Files.isRegularFile(file) && !file.getFileName().toString().equals(NodeSecrets.STORE)) {
                            places.put(NODES.home().relativize(file).toString(), Files.readAllBytes(file));
                        }
                    }
                }
                long pid = Long.parseLong(Files.readString(node.pidFile()).trim());
                places.put("command line of " + node.name(), Files.readAllBytes(Path.of("/proc/" + pid + "/cmdline")));
            }
            assertTrue(places.keySet().stream().anyMatch(p -> p.endsWith("log/server.log")), places.keySet().toString());
            long bytes = 0;
            List<String> leaks = new ArrayList<>();
            for (Map.Entry<String, byte[]> place : places.entrySet()) {
                String text = new String(place.getValue(), StandardCharsets.ISO_8859_1);
                bytes += place.getValue().length;
                secrets.forEach((what, secret) -> {
                    if (text.contains(secret)) {
                        leaks.add(what + " in " + place.getKey());
                    }
                });
            }
            System.out.printf("SecretLeakIT: searched %,d bytes in %d places (answers, files, command lines) for %d "
                    + "secrets: %d found%n", bytes, places.size(), secrets.size(), leaks.size());
            assertEquals(List.of(), leaks);
            assertTrue(bytes > 1_000_000, "the search covered the logs and answers: " + bytes + " bytes");
        }
    }

    private static Map<String, String> secrets() {
        Map<String, String> all = new LinkedHashMap<>();
        for (Node node : List.of(ttp, workers.get(0), workers.get(1))) {
            all.put(node.name() + "'s admin password", node.adminPassword());
            all.put(node.name() + "'s TLS key store password", node.secrets().get(NodeSecrets.TLS_PASSWORD).orElseThrow());
        }
        for (Node worker : workers) {
            all.put(worker.name() + "'s control key", worker.accessKey());
        }
        all.put("the TTP's sealing key", ttp.secrets().get(NodeSecrets.SEALING_KEY).orElseThrow());
        all.put("the TTP's database password", DB_PASSWORD);
        all.put("the TTP's OpenLineage API key", LINEAGE_KEY);
        all.put("a realm user's password", VIEWER_PASSWORD);
        all.values().forEach(secret -> assertTrue(secret.length() >= 32, "a real secret, not a short string"));
        return all;
    }
}
