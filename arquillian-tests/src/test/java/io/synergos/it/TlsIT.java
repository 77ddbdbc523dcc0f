package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Demo;
import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import io.synergos.ops.pki.CertificateAuthority;
import io.synergos.ops.pki.KitRequest;
import io.synergos.ops.pki.NodeKit;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * TLS and mutual TLS across real nodes: a TTP and four Workers, each presenting a kit of its own, started as the
 * launcher starts them. One Worker is as it should be (its certificate expires in ten days, so it warns); the others
 * present a certificate naming another host, one of another CA, and an expired one.
 */
class TlsIT {

    private static final Nodes NODES = Nodes.fromSystemProperty();
    private static final Duration WAIT = Duration.ofMinutes(3);
    private static Path kits;
    private static Node ttp;
    private static Node good;
    private static Node wrongName;
    private static Node otherCa;
    private static Node expired;
    private static SynergosClient admin;
    private static CertificateAuthority foreign;
    private static NodeKit strangerKit;
    private static NodeKit expiredClientKit;

    @BeforeAll
    static void start() throws IOException {
        kits = Path.of("target/tls-kits").toAbsolutePath();
        Nodes.deleteTree(kits);
        CertificateAuthority ca = NODES.pki().ca();
        Instant now = Instant.now();
        NodeKit soon = ca.issue(KitRequest.of("tls-good", "worker", List.of("localhost"), List.of("127.0.0.1"),
                Duration.ofDays(10)), kits.resolve("good"));
        NodeKit misnamed = ca.issue(KitRequest.of("tls-wrong-name", "worker", List.of("bank-b.example"), List.of(),
                Duration.ofDays(30)), kits.resolve("wrong-name"));
        foreign = CertificateAuthority.create(kits.resolve("foreign-ca"), "Elsewhere", Duration.ofDays(30));
        // it accepts the TTP (it trusts this federation's CA too) but presents a certificate of another CA
        NodeKit foreignWorker = foreign.issue(KitRequest.local("tls-other-ca", "worker"), kits.resolve("other-ca"))
                .trustAlso(List.of(ca.certificate()));
        NodeKit lapsed = ca.issue(new KitRequest("tls-expired", "worker", List.of("localhost"), List.of("127.0.0.1"),
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))), kits.resolve("expired"));
        strangerKit = foreign.issue(KitRequest.local("stranger", "ttp"), kits.resolve("stranger"))
                .trustAlso(List.of(ca.certificate()));
        expiredClientKit = ca.issue(new KitRequest("old-ttp", "ttp", List.of("localhost"), List.of("127.0.0.1"),
                now.minus(Duration.ofDays(30)), now.minus(Duration.ofDays(1))), kits.resolve("expired-client"));

        Path data = Demo.dataDir(NODES.home(), "worker-a");
        ttp = NODES.launch("tls-ttp", "ttp", null, 5700, Nodes.Database.H2, true, java.util.Map.of(), Nodes.Tls.LOCAL);
        good = NODES.launch("tls-good", "worker", data, 5800, Nodes.Database.H2, true, java.util.Map.of(),
                Nodes.Tls.kit(soon.dir()));
        wrongName = NODES.launch("tls-wrong-name", "worker", data, 5900, Nodes.Database.H2, true, java.util.Map.of(),
                Nodes.Tls.kit(misnamed.dir()));
        otherCa = NODES.launch("tls-other-ca", "worker", data, 6000, Nodes.Database.H2, true, java.util.Map.of(),
                Nodes.Tls.kit(foreignWorker.dir()));
        expired = NODES.launch("tls-expired", "worker", data, 6100, Nodes.Database.H2, true, java.util.Map.of(),
                Nodes.Tls.kit(lapsed.dir()));
        for (Node node : List.of(ttp, good, wrongName, otherCa, expired)) {
            NODES.awaitReady(node);
        }
        admin = SynergosClient.asAdmin(ttp);
    }

    @AfterAll
    static void stop() {
        for (Node node : new Node[] {ttp, good, wrongName, otherCa, expired}) {
            if (node != null) {
                NODES.stop(node.name());
            }
        }
    }

    @Test
    void aWorkerAcceptsOnlyClientsWithACurrentCertificateOfTheFederationsCa() throws Exception {
        String url = good.baseUrl() + "/api/worker/datasets";
        assertEquals(401, status(SynergosClient.operatorTls(), url), "a client of the CA reaches HTTP (and needs the key)");
        assertTrue(SynergosClient.withControlKey(good.baseUrl(), good.accessKey()).get("worker/datasets")
                .asJsonArray().size() > 0, "with the control key it answers");
        for (var refused : java.util.Map.of("no client certificate", trustOnly(), "another CA's certificate",
                strangerKit.clientContext(), "an expired certificate", expiredClientKit.clientContext()).entrySet()) {
            IOException failure = assertThrows(IOException.class, () -> status(refused.getValue(), url), refused.getKey());
            assertFalse(failure.getMessage() != null && failure.getMessage().startsWith("HTTP "), refused.getKey());
        }
        // the grid's WebSocket handshake is refused in TLS, before the run secret is even asked for
        URI grid = URI.create(good.baseUrl().replaceFirst("^https", "wss") + "/grid/1");
        ExecutionException noCertificate = assertThrows(ExecutionException.class, () -> HttpClient.newBuilder()
                .sslContext(trustOnly()).build().newWebSocketBuilder().buildAsync(grid, new WebSocket.Listener() {
                }).get(20, TimeUnit.SECONDS));
        assertTrue(noCertificate.getCause() instanceof IOException, noCertificate.toString());
    }

    @Test
    void theTtpRefusesAWorkerThatNamesAnotherHostComesFromAnotherCaOrHasExpired() {
        assertEquals("TLS refused: the peer's certificate does not name the host it was reached at",
                trainingFailure(wrongName).replaceFirst(" \\(.*", ""));
        assertEquals("TLS refused: the peer's certificate is not issued by this federation's CA",
                trainingFailure(otherCa).replaceFirst(" \\(.*", ""));
        assertEquals("TLS refused: the peer's certificate is not valid now", trainingFailure(expired)
                .replaceFirst(" \\(.*", ""));
    }

    @Test
    void plainHttpGetsNothing() throws Exception {
        HttpClient plain = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (Node node : List.of(ttp, good)) {
            // no plain listener at all on the plain port
            assertThrows(ConnectException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + (8080 + node.portOffset()) + "/synergos/api/node")).build(), HttpResponse.BodyHandlers.ofString()));
            // and plain HTTP to the TLS port gets no HTTP answer
            assertThrows(IOException.class, () -> plain.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                    + node.httpPort() + "/synergos/api/node")).timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
    }

    @Test
    void tls13IsPreferredTls12TheMinimumAndNoWeakSuiteIsAccepted() throws Exception {
        Path operator = NODES.pki().dir().resolve("operator");
        for (Node node : List.of(ttp, good)) {
            assertTrue(TlsProbe.run(operator, node.httpPort(), "TLSv1.3", null).startsWith("negotiated TLSv1.3"));
            assertEquals("negotiated TLSv1.2 TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
                    TlsProbe.run(operator, node.httpPort(), "TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384"));
            for (String[] weak : List.of(new String[] {"TLSv1.1", null}, new String[] {"TLSv1", null},
                    new String[] {"TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256"},
                    new String[] {"TLSv1.2", "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"},
                    new String[] {"TLSv1.2", "TLS_ECDH_anon_WITH_AES_128_CBC_SHA"})) {
                String answer = TlsProbe.run(operator, node.httpPort(), weak[0], weak[1]);
                // the server refuses (its alert), not this client: the probe lifts the JDK's own restrictions
                assertTrue(answer.startsWith("refused") && answer.contains("Received fatal alert"), node.name() + " "
                        + weak[0] + " " + weak[1] + ": " + answer);
            }
        }
    }

    @Test
    void aNodeWarnsBeforeItsCertificateExpiresAndARotatedCertificateKeepsItsData() throws Exception {
        JsonObject tls = SynergosClient.asAdmin(good).get("node").asJsonObject().getJsonObject("tls");
        assertTrue(tls.getBoolean("enabled"));
        assertTrue(tls.getInt("daysLeft") <= 10, tls.toString());
        assertTrue(tls.getString("warning").contains("expires in"), tls.toString());
        assertTrue(Files.readString(good.log()).contains("this node's TLS certificate expires in"),
                "the node's log warns too");
        assertFalse(SynergosClient.asAdmin(ttp).get("node").asJsonObject().getJsonObject("tls").containsKey("warning"));

        long before = train(good);
        Path model = good.baseDir().resolve("work/runs/" + before + "/local-model.json");
        assertTrue(Files.isRegularFile(model));

        // rotation: a new kit for the same node, installed at a restart; the node keeps its data
        NodeKit renewed = NODES.pki().ca().issue(KitRequest.local("tls-good", "worker"), kits.resolve("good-2"));
        NODES.stop(good.name());
        good = NODES.start(good.name(), "worker", good.dataDir(), good.portOffset(), Nodes.Database.H2, false,
                java.util.Map.of(), Nodes.Tls.kit(renewed.dir()));
        JsonObject after = SynergosClient.asAdmin(good).get("node").asJsonObject().getJsonObject("tls");
        assertFalse(after.containsKey("warning"), after.toString());
        assertTrue(after.getInt("daysLeft") > 300, after.toString());
        assertEquals(renewed.certificate(), good.certificate().orElseThrow());
        assertTrue(Files.isRegularFile(model), "the Worker's results are still there");
        assertEquals("TRAINED", admin.run(before).getString("status"));
        train(good);
    }

    /** Trains a one-Worker run with {@code worker} and returns its id. */
    private static long train(Node worker) {
        long run = startTraining(worker);
        JsonObject trained = admin.awaitStatus(run, WAIT, Set.of("TRAINED", "FAILED"));
        assertEquals("TRAINED", trained.getString("status"), trained.toString());
        return run;
    }

    private static String trainingFailure(Node worker) {
        JsonObject failed = admin.awaitStatus(startTraining(worker), WAIT, Set.of("TRAINED", "FAILED"));
        assertEquals("FAILED", failed.getString("status"), failed.toString());
        String reason = failed.getString("statusReason");
        assertTrue(reason.contains("TLS refused"), reason);
        return reason.substring(reason.indexOf("TLS refused"));
    }

    private static long startTraining(Node worker) {
        Demo.Registered project = Demo.register(admin, List.of(worker), Node::baseUrl, "ljubljana",
                Demo.Model.LOGISTIC_REGRESSION);
        long run = admin.createRun(project.experiment(), "tls", jakarta.json.Json.createObjectBuilder().add("rounds", 2)
                .build());
        admin.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        return run;
    }

    private static int status(SSLContext tls, String url) throws IOException, InterruptedException {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build()
                .send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                        HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    /** A client that trusts the federation's CA but has no certificate of its own. */
    private static SSLContext trustOnly() throws Exception {
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(NODES.pki().operator().trustStore());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
