package io.synergos.it;

import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.node.Json;
import io.synergos.websocket.protocol.ControlMessage;
import io.synergos.websocket.protocol.ControlType;
import io.synergos.websocket.protocol.FrameKind;
import io.synergos.websocket.protocol.GridProtocol;
import io.synergos.websocket.protocol.TensorFrame;
import io.undertow.Handlers;
import io.undertow.Undertow;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import io.undertow.websockets.core.AbstractReceiveListener;
import io.undertow.websockets.core.BufferedBinaryMessage;
import io.undertow.websockets.core.WebSocketChannel;
import io.undertow.websockets.core.WebSockets;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately misbehaving participant for the free-rider tests: it speaks a Worker's real control API and grid
 * protocol (the project's own codec, over real sockets) but holds no data. It shows the TTP another participant's
 * dataset header, claims that many rows, and answers every TRAIN with the global model it received plus a little
 * Gaussian noise, as a free rider hoping for a share of the reward would.
 */
final class CopyingParticipant implements AutoCloseable {

    private static final Pattern RUN = Pattern.compile("/synergos/api/worker/runs/(-?\\d+)");
    private static final Pattern HEADER = Pattern.compile("/synergos/api/worker/datasets/([^/]+)/header");
    private static final Pattern GRID = Pattern.compile("/synergos/grid/(-?\\d+)");

    private final Undertow server;
    private final int port;
    private final String key;
    private final DatasetHeader header;
    private final long claimedRows;
    private final Random noise;
    private final Map<Long, String> tokens = new ConcurrentHashMap<>();
    final AtomicInteger trainRequests = new AtomicInteger();

    /** @param header the dataset header it pretends to hold (another participant's, in the tests) */
    CopyingParticipant(int port, DatasetHeader header, long claimedRows, long seed) {
        this.port = port;
        this.header = header;
        this.claimedRows = claimedRows;
        this.noise = new Random(seed);
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        this.key = HexFormat.of().formatHex(bytes);
        // over TLS with a certificate of this machine's CA (the operator's kit names 127.0.0.1), as a Worker serves
        this.server = Undertow.builder().addHttpsListener(port, "127.0.0.1", io.synergos.ops.SynergosClient.operatorTls())
                .setHandler(Handlers.path()
                        .addPrefixPath("/synergos/grid", Handlers.websocket((exchange, channel) -> {
                            Matcher m = GRID.matcher(exchange.getRequestURI());
                            String token = exchange.getRequestHeader(GridProtocol.TOKEN_HEADER);
                            if (!m.matches() || token == null || !token.equals(tokens.get(Long.parseLong(m.group(1))))) {
                                WebSockets.sendClose(1008, "wrong run token", channel, null);
                                return;
                            }
                            channel.getReceiveSetter().set(new Grid());
                            channel.resumeReceives();
                        }))
                        .addPrefixPath("/synergos/api", this::control))
                .build();
        server.start();
    }

    String baseUrl() {
        return "https://127.0.0.1:" + port + "/synergos";
    }

    String key() {
        return key;
    }

    private void control(HttpServerExchange exchange) {
        if (exchange.isInIoThread()) {
            exchange.dispatch(this::control);
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (!(io.synergos.worker.ControlKey.header(key)).equals(authorization)) {
            respond(exchange, 401, "{\"title\":\"Unauthorized\",\"detail\":\"the control key is missing or wrong\"}");
            return;
        }
        String path = exchange.getRequestPath();
        HttpString method = exchange.getRequestMethod();
        Matcher header = HEADER.matcher(path);
        Matcher run = RUN.matcher(path);
        if (method.equalToString("GET") && header.matches()) {
            respond(exchange, 200, Json.write(new DatasetHeader(header.group(1), this.header.rows(),
                    this.header.label(), this.header.columns(), null)));
        } else if (method.equalToString("PUT") && run.matches()) {
            exchange.startBlocking();
            String body;
            try {
                body = new String(exchange.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                respond(exchange, 400, "{}");
                return;
            }
            JsonObject request = jakarta.json.Json.createReader(new StringReader(body)).readObject();
            tokens.put(Long.parseLong(run.group(1)), request.getString("token"));
            respond(exchange, 200, "{\"rows\":" + claimedRows + "}");
        } else if (method.equalToString("DELETE") && run.matches()) {
            tokens.remove(Long.parseLong(run.group(1)));
            exchange.setStatusCode(204);
            exchange.endExchange();
        } else {
            respond(exchange, 404, "{\"title\":\"Not found\"}");
        }
    }

    private static void respond(HttpServerExchange exchange, int status, String json) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/json");
        exchange.getResponseSender().send(json);
    }

    /** The grid side: every TRAIN answered with the global model plus noise; FINISH acknowledged. */
    private final class Grid extends AbstractReceiveListener {
        @Override
        protected void onFullBinaryMessage(WebSocketChannel channel, BufferedBinaryMessage message) {
            ByteBuffer bytes;
            var data = message.getData();
            try {
                bytes = WebSockets.mergeBuffers(data.getResource());
            } finally {
                data.free();
            }
            TensorFrame request = TensorFrame.decode(bytes);
            if (request.kind() == FrameKind.TRAIN) {
                trainRequests.incrementAndGet();
                float[] copy = request.parameters().clone();
                synchronized (noise) {
                    for (int i = 0; i < copy.length; i++) {
                        copy[i] += (float) (1e-3 * noise.nextGaussian());
                    }
                }
                WebSockets.sendBinary(new TensorFrame(FrameKind.LOCAL_UPDATE, request.round(), claimedRows, 0.3, copy)
                        .encode(), channel, null);
            } else if (request.kind() == FrameKind.FINISH) {
                WebSockets.sendText(ControlMessage.of(ControlType.FINISHED, jakarta.json.Json.createObjectBuilder()
                        .add("exported", true).build()).encode(), channel, null);
            } else {
                WebSockets.sendText(ControlMessage.error("this participant only trains").encode(), channel, null);
            }
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}
