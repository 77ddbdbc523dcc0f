package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.ops.Node;
import io.synergos.ops.SynergosClient;
import io.synergos.websocket.protocol.FrameKind;
import io.synergos.websocket.protocol.GridProtocol;
import io.synergos.websocket.protocol.TensorFrame;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad input at every edge gets a clear error that names what is wrong and where; nothing stored is lost. */
class GridFailuresIT {

    private static final Duration WAIT = Duration.ofMinutes(3);
    private static GridFixture grid;
    private static SynergosClient ttp;
    private static long uniq;

    @BeforeAll
    static void start() throws IOException {
        grid = new GridFixture("it-fail", 1400);
        ttp = grid.client;
    }

    @AfterAll
    static void stop() {
        if (grid != null) {
            grid.stop();
        }
    }

    @Test
    void invalidHyperparametersAreRefusedNamingTheFields() {
        long experiment = experiment("LOGISTIC_REGRESSION");
        SynergosClient.ApiException e = assertThrows(SynergosClient.ApiException.class, () -> ttp.createRun(experiment,
                "bad", Json.createObjectBuilder().add("learningRate", -0.1).add("rounds", 0).build()));
        assertEquals(400, e.status());
        JsonObject problem = e.problem();
        assertTrue(problem.getString("detail").contains("hyperparameters.learningRate must be positive"),
                problem.toString());
        assertTrue(problem.getString("detail").contains("hyperparameters.rounds must be at least 1 round"),
                problem.toString());
        HttpResponse<String> malformed = ttp.raw("POST", "experiments/" + experiment + "/runs", "application/json",
                "{\"name\": ");
        assertEquals(400, malformed.statusCode());
        assertEquals("application/problem+json", malformed.headers().firstValue("Content-Type").orElse(""));
        assertTrue(ttp.get("experiments/" + experiment + "/runs").asJsonArray().isEmpty(), "nothing was stored");
    }

    @Test
    void aNonNumericValueFailsTheRunNamingFileLineAndColumn() {
        long run = run(worker(0, "bad-numeric"), worker(1, "wisconsin-train"));
        String reason = failedReason(run);
        assertTrue(reason.contains("bad-numeric.csv line " + BadData.BAD_LINE + ", column '" + BadData.BAD_COLUMN
                + "': 'abc' is not a number"), reason);
        assertRegistrationsIntact(run);
    }

    @Test
    void aDatasetWithoutItsLabelColumnFailsTheRun() {
        long run = run(worker(0, "wisconsin-train"), worker(1, "no-label"));
        String reason = failedReason(run);
        assertTrue(reason.contains("no-label.csv: no label column 'diagnosis'"), reason);
    }

    @Test
    void workersThatShareNoLabelValueFailTheRun() {
        long run = run(worker(0, "wisconsin-train"), worker(1, "votes"));
        String reason = failedReason(run);
        assertTrue(reason.contains("Workers share no label value"), reason);
    }

    @Test
    void anUnreachableWorkerFailsTheRun() {
        long run = run(worker(0, "wisconsin-train"),
                new Target("https://127.0.0.1:1/synergos", grid.workers.get(1).accessKey(), "wisconsin-train"));
        String reason = failedReason(run);
        assertTrue(reason.contains("is unreachable at https://127.0.0.1:1/synergos"), reason);
        assertReleased(run);
    }

    @Test
    void aWorkerWhoseGridEndpointIsUnreachableFailsTheRunAndTheOthersAreReleased() throws IOException {
        try (TcpProxy proxy = new TcpProxy(grid.workers.get(1))) {
            proxy.refuseWebSockets(true);
            long run = run(worker(0, "wisconsin-train"), via(proxy, 1, "wisconsin-train"));
            String reason = failedReason(run);
            assertTrue(reason.contains("cannot connect to Worker"), reason);
            assertReleased(run);
        }
    }

    @Test
    void aWorkerThatDisconnectsMidRunFailsTheRunAndTheOthersAreReleased() throws IOException {
        try (TcpProxy proxy = new TcpProxy(grid.workers.get(1))) {
            long run = run(Json.createObjectBuilder().add("rounds", 5000).add("batchSize", 8).build(),
                    worker(0, "wisconsin-train"), via(proxy, 1, "wisconsin-train"));
            ttp.await(() -> ttp.run(run), r -> r.getInt("completedRounds") >= 2 || !r.getString("status")
                    .equals("TRAINING"), WAIT, "two rounds of run " + run);
            proxy.cutAll();
            String reason = failedReason(run);
            // the cut is seen while the TTP waits for the round's reply, as it sends, or before it sends (a socket
            // already closed), depending on where in its round the TTP is
            assertTrue(reason.contains("disconnected") || reason.contains("cannot send")
                    || reason.contains("its socket closed"), reason);
            assertTrue(ttp.run(run).getInt("completedRounds") >= 2, "the rounds done before are kept");
            assertTrue(ttp.rounds(run).size() >= 2);
            assertReleased(run);
        }
    }

    @Test
    void aByteOrderMarkAtOneWorkerIsDroppedAndItsFirstColumnAligns() {
        long run = run(worker(0, "quirk-bom"), worker(1, "ljubljana-train"));
        JsonObject result = trained(run);
        java.util.Set<String> columns = features(run);
        assertTrue(columns.contains("age"), columns + " " + result);
        assertTrue(columns.stream().noneMatch(c -> c.startsWith("\ufeff")), columns.toString());
    }

    @Test
    void aSemicolonSeparatedFileIsDetected() {
        long run = run(worker(0, "quirk-semicolon"), worker(1, "wisconsin-train"));
        trained(run);
        assertEquals(30, features(run).size(), "every wisconsin feature, aligned across both Workers");
    }

    @Test
    void aDuplicatedColumnNameFailsTheRunNamingTheColumnAndTheFile() {
        String reason = failedReason(run(worker(0, "quirk-duplicate"), worker(1, "wisconsin-train")));
        assertTrue(reason.contains("duplicate column 'mean_radius' in the header of quirk-duplicate.csv"), reason);
    }

    @Test
    void aHeaderWithoutRowsFailsTheRunNamingTheFileAndTheWorker() {
        String reason = failedReason(run(worker(0, "wisconsin-train"), worker(1, "quirk-empty")));
        assertTrue(reason.contains("quirk-empty.csv at Worker " + grid.workers.get(1).name() + " has no rows"), reason);
    }

    @Test
    void numbersWithThousandsSeparatorsStayNumeric() throws IOException {
        long run = run(worker(0, "quirk-thousands"), worker(1, "wisconsin-train"));
        trained(run);
        JsonObject area = ttp.get("runs/" + run + "/model").asJsonObject().getJsonObject("alignment")
                .getJsonArray("features").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("column").equals("mean_area")).findFirst().orElseThrow();
        assertTrue(!area.containsKey("category") || area.isNull("category"), "mean_area is one numeric feature, not a category per row: " + area);
        assertTrue(area.getJsonNumber("mean").doubleValue() > 500, "its mean counts the grouped thousands: " + area);
    }

    @Test
    void aRowWithTooFewValuesFailsTheRunNamingItsLine() {
        String reason = failedReason(run(worker(0, "quirk-ragged"), worker(1, "wisconsin-train")));
        assertTrue(reason.contains("quirk-ragged.csv line " + BadData.RAGGED_LINE + ": 1 value, but the header has 31 "
                + "columns"), reason);
    }

    @Test
    void anIdentifierColumnTrainsWithAWarningInTheRunsStatus() {
        long run = run(worker(0, "quirk-id"), worker(1, "wisconsin-train"));
        JsonObject result = trained(run);
        var warnings = result.getJsonArray("dataWarnings");
        assertEquals(1, warnings.size(), result.toString());
        assertTrue(warnings.getString(0).startsWith("column 'patient' of dataset quirk-id at Worker w0-"),
                warnings.toString());
        assertTrue(warnings.getString(0).contains("\"ignore\": [\"patient\"]"), warnings.toString());
        long plain = run(worker(0, "wisconsin-train"), worker(1, "wisconsin-train"));
        assertTrue(trained(plain).getJsonArray("dataWarnings").isEmpty(), "no warning without an identifier");
    }

    @Test
    void theWorkerControlApiAdmitsOnlyItsControlKey() {
        Node worker = grid.workers.get(0);
        for (SynergosClient intruder : List.of(new SynergosClient(worker.baseUrl()),
                SynergosClient.withControlKey(worker.baseUrl(), "f".repeat(64)))) {
            HttpResponse<String> response = intruder.raw("GET", "worker/datasets/wisconsin-train/header", null, null);
            assertEquals(401, response.statusCode());
            assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("SynergosKey"));
            assertFalse(response.body().contains("mean_radius"), "nothing of the dataset is revealed");
            assertEquals(401, intruder.raw("PUT", "worker/runs/5", "application/json", "{}").statusCode());
        }
        assertEquals(404, SynergosClient.withControlKey(grid.ttp.baseUrl(), worker.accessKey()).raw("GET", "worker/datasets",
                null, null).statusCode(), "a TTP serves no Worker API");

        long run = run(worker(0, "wisconsin-train"),
                new Target(grid.workers.get(1).baseUrl(), "0".repeat(64), "wisconsin-train"));
        String reason = failedReason(run);
        assertTrue(reason.contains("refused to GET dataset header 'wisconsin-train' (HTTP 401)"), reason);
    }

    @Test
    void malformedAndOversizedProtocolMessagesAreRefused() throws Exception {
        Node worker = grid.workers.get(0);
        long runId = 900_000 + System.nanoTime() % 1000;
        String token = HexFormat.of().formatHex(new byte[32]).replace('0', '7');
        JsonObject spec = Json.createObjectBuilder().add("inputs", 9).add("hidden", JsonValue.EMPTY_JSON_ARRAY)
                .add("outputs", 1).add("activation", "RELU").add("task", "REGRESSION").build();
        SynergosClient workerApi = SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey());
        workerApi.put("worker/runs/" + runId, Json.createObjectBuilder().add("phase", "bench").add("token", token)
                .add("datasets", JsonValue.EMPTY_JSON_ARRAY).add("spec", spec).add("workerSalt", 0).build());
        URI uri = URI.create(worker.baseUrl().replaceFirst("^http", "ws") + "/grid/" + runId);
        try {
            for (String wrong : java.util.Arrays.asList("0".repeat(64), null)) {
                ExecutionException refused = assertThrows(ExecutionException.class, () -> Socket.open(uri, wrong));
                assertTrue(refused.getCause() instanceof java.net.http.WebSocketHandshakeException, refused.toString());
                assertEquals(401, ((java.net.http.WebSocketHandshakeException) refused.getCause()).getResponse()
                        .statusCode(), "a handshake without the run's secret is refused before the upgrade");
            }

            Socket socket = Socket.open(uri, token);
            socket.ws.sendBinary(ByteBuffer.wrap("garbage!!!".getBytes()), true).get(10, TimeUnit.SECONDS);
            String garbage = socket.nextText();
            assertTrue(garbage.contains("malformed request: binary frame of 10 bytes is shorter than its 32-byte header"),
                    garbage);
            socket.ws.sendBinary(TensorFrame.request(FrameKind.TRAIN, 0, new float[5]).encode(), true).get();
            String wrongSize = socket.nextText();
            assertTrue(wrongSize.contains("the model has 10 parameters; the frame carries 5"), wrongSize);
            socket.ws.sendBinary(TensorFrame.request(FrameKind.TRAIN, 0, new float[10]).encode(), true).get();
            assertNotNull(socket.nextBinary(), "a well-formed frame of the right size is answered");
            // the Worker takes frames up to a full frame of candidate models (protocol version 2); one float more
            // is too big
            int oversized = (GridProtocol.maxRequestBytes(10) - TensorFrame.HEADER_BYTES) / 4 + 1;
            socket.ws.sendBinary(TensorFrame.request(FrameKind.TRAIN, 0, new float[oversized]).encode(), true).get();
            assertEquals(1009, socket.closeCode(), "an oversized frame closes the socket as too big");

            Socket text = Socket.open(uri, token);
            text.ws.sendText("{\"v\":1,\"type\":\"evaluation\"}", true).get();
            assertEquals(1003, text.closeCode(), "a Worker accepts only tensor frames");
        } finally {
            workerApi.delete("worker/runs/" + runId);
        }
    }

    /** A bare WebSocket client that records what the Worker sends. */
    private static final class Socket implements WebSocket.Listener {
        final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket ws;
        private final StringBuilder text = new StringBuilder();

        static Socket open(URI uri, String token) throws Exception {
            Socket socket = new Socket();
            // as the TTP would: a client certificate of the federation's CA (a Worker accepts no connection without one)
            WebSocket.Builder builder = SynergosClient.httpClient(uri.toString().replaceFirst("^ws", "http"),
                    java.time.Duration.ofSeconds(5)).newWebSocketBuilder();
            if (token != null) {
                builder.header(GridProtocol.TOKEN_HEADER, token);
            }
            socket.ws = builder.buildAsync(uri, socket).get(10, TimeUnit.SECONDS);
            return socket;
        }

        String nextText() throws InterruptedException {
            Object message = received.poll(20, TimeUnit.SECONDS);
            assertTrue(message instanceof String, "expected a text message, got " + message);
            return (String) message;
        }

        ByteBuffer nextBinary() throws InterruptedException {
            Object message = received.poll(20, TimeUnit.SECONDS);
            assertTrue(message instanceof ByteBuffer, "expected a binary message, got " + message);
            return (ByteBuffer) message;
        }

        int closeCode() throws Exception {
            return closed.get(20, TimeUnit.SECONDS);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                received.add(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
            received.add(data);
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.completeExceptionally(error);
        }
    }

    private static long experiment(String modelType) {
        long project = ttp.createProject("failures-" + (++uniq) + "-" + System.nanoTime(), "error cases");
        return ttp.createExperiment(project, "e", modelType, "", "relu");
    }

    /** A participant: where the TTP reaches it, the key it presents, the dataset it trains on. */
    private record Target(String url, String key, String dataset) {
    }

    private static Target worker(int index, String dataset) {
        return new Target(grid.workers.get(index).baseUrl(), grid.workers.get(index).accessKey(), dataset);
    }

    private static Target via(TcpProxy proxy, int index, String dataset) {
        return new Target(proxy.baseUrl(), grid.workers.get(index).accessKey(), dataset);
    }

    private static long run(Target... targets) {
        return run(JsonValue.EMPTY_JSON_OBJECT, targets);
    }

    /** A project whose participants contribute the given training datasets; returns the started run. */
    private static long run(JsonObject hyperparameters, Target... targets) {
        long project = ttp.createProject("failures-" + (++uniq) + "-" + System.nanoTime(), "error cases");
        long experiment = ttp.createExperiment(project, "e", "LOGISTIC_REGRESSION", "", "relu");
        long run = ttp.createRun(experiment, "r", hyperparameters);
        for (int i = 0; i < targets.length; i++) {
            long participant = ttp.createParticipant("w" + i + "-" + project, targets[i].url(), targets[i].key());
            ttp.tag(ttp.register(project, participant), "train", List.of(targets[i].dataset()));
        }
        ttp.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        return run;
    }

    private static JsonObject trained(long run) {
        JsonObject result = ttp.awaitStatus(run, WAIT, Set.of("FAILED", "TRAINED", "STOPPED"));
        assertEquals("TRAINED", result.getString("status"), result.toString());
        return result;
    }

    /** The columns the run's trained model has features of. */
    private static java.util.Set<String> features(long run) {
        return ttp.get("runs/" + run + "/model").asJsonObject().getJsonObject("alignment").getJsonArray("features")
                .getValuesAs(JsonObject.class).stream().map(f -> f.getString("column"))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static String failedReason(long run) {
        JsonObject result = ttp.awaitStatus(run, WAIT, Set.of("FAILED", "TRAINED", "STOPPED"));
        assertEquals("FAILED", result.getString("status"), result.toString());
        return result.getString("statusReason");
    }

    private static void assertRegistrationsIntact(long run) {
        long experiment = ttp.run(run).getJsonNumber("experimentId").longValue();
        long project = ttp.get("experiments/" + experiment).asJsonObject().getJsonNumber("projectId").longValue();
        var registrations = ttp.get("projects/" + project + "/registrations").asJsonArray();
        assertEquals(2, registrations.size());
        registrations.getValuesAs(JsonObject.class).forEach(r -> assertFalse(r.getJsonObject("tags").isEmpty()));
    }

    private static void assertReleased(long run) {
        for (Node worker : grid.workers) {
            var held = SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey()).get("worker/runs").asJsonArray();
            assertFalse(held.contains(Json.createValue(run)), worker.name() + " released run " + run + ": " + held);
        }
    }
}
