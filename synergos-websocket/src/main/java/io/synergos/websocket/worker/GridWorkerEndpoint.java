package io.synergos.websocket.worker;

import io.synergos.websocket.protocol.ControlMessage;
import io.synergos.websocket.protocol.GridProtocol;
import io.synergos.websocket.protocol.ProtocolException;
import io.synergos.websocket.protocol.Reply;
import io.synergos.websocket.protocol.TensorFrame;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.SendHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The Worker's grid endpoint. The handshake is refused unless it carries the run's secret; afterwards every
 * binary request is passed to the {@link GridParticipant} and its reply sent back on the same socket.
 */
public class GridWorkerEndpoint extends Endpoint {

    private static final Logger LOG = Logger.getLogger(GridWorkerEndpoint.class.getName());

    /** The endpoint configuration to register with the web container's {@code ServerContainer}. */
    public static ServerEndpointConfig config() {
        return config(GridProtocol.PATH);
    }

    /** The configuration of virtual Workers' sockets ({@link GridProtocol#VIRTUAL_PATH}). */
    public static ServerEndpointConfig virtualConfig() {
        return config(GridProtocol.VIRTUAL_PATH);
    }

    private static ServerEndpointConfig config(String path) {
        return ServerEndpointConfig.Builder.create(GridWorkerEndpoint.class, path)
                .configurator(new HandshakeAuthenticator())
                .build();
    }

    /**
     * Looked up once, when the socket opens on a thread of the deployment: the container may call
     * {@link #onClose} on an I/O thread where CDI cannot be reached. One endpoint instance serves one socket.
     */
    private GridParticipant participant;

    @Override
    public void onOpen(Session session, EndpointConfig config) {
        long runId = runId(session.getPathParameters().get("runId"));
        String worker = session.getPathParameters().get("worker");
        GridParticipant participant = participant();
        this.participant = participant;
        io.synergos.websocket.protocol.NoDelay.on(session);
        session.setMaxBinaryMessageBufferSize(Math.min(GridProtocol.MAX_BINARY_BYTES,
                participant.maxFrameBytes(worker, runId)));
        session.setMaxTextMessageBufferSize(GridProtocol.MAX_TEXT_BYTES);
        session.setMaxIdleTimeout(GridProtocol.IDLE_TIMEOUT.toMillis());
        session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) message ->
                receive(session, participant, worker, runId, message));
        session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text ->
                close(session, CloseReason.CloseCodes.CANNOT_ACCEPT, "a Worker accepts only tensor frames"));
    }

    @Override
    public void onClose(Session session, CloseReason closeReason) {
        if (participant != null) {
            participant.disconnected(session.getPathParameters().get("worker"),
                    runId(session.getPathParameters().get("runId")), closeReason.toString());
        }
    }

    @Override
    public void onError(Session session, Throwable failure) {
        LOG.log(Level.WARNING, "grid socket failed: {0}", failure.toString());
    }

    /**
     * Answers one request: on the thread that delivered it when the participant says it is quick (the server delivers
     * grid messages on the socket's I/O thread, and a reply written there leaves at once), else on the participant's
     * executor, so that a long computation never holds an I/O thread that other sockets share.
     */
    private static void receive(Session session, GridParticipant participant, String worker, long runId,
                                ByteBuffer message) {
        TensorFrame request;
        try {
            request = TensorFrame.decode(message);
        } catch (ProtocolException e) {
            send(session, Reply.of(ControlMessage.error("malformed request: " + e.getMessage())));
            return;
        }
        if (quick(participant, worker, runId, request)) {
            send(session, answer(participant, worker, runId, request));
            return;
        }
        try {
            participant.executor().execute(() -> send(session, answer(participant, worker, runId, request)));
        } catch (RejectedExecutionException e) {
            send(session, Reply.of(ControlMessage.error("the Worker cannot take the " + request.kind()
                    + " request now: " + e.getMessage())));
        }
    }

    private static boolean quick(GridParticipant participant, String worker, long runId, TensorFrame request) {
        try {
            return participant.answersAtOnce(worker, runId, request);
        } catch (RuntimeException e) {
            return false; // answer() reports what is wrong with the request
        }
    }

    private static Reply answer(GridParticipant participant, String worker, long runId, TensorFrame request) {
        try {
            return participant.handle(worker, runId, request);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + runId + ": " + request.kind() + " failed", e);
            return Reply.of(ControlMessage.error(e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    /**
     * Sends the reply without waiting for it to be written: a blocking send may not wait on the I/O thread that must
     * write it. A request waits for its reply, so no two sends of a socket overlap.
     */
    private static void send(Session session, Reply reply) {
        SendHandler failed = result -> {
            if (!result.isOK()) {
                LOG.log(Level.WARNING, "could not answer the TTP: {0}", String.valueOf(result.getException()));
            }
        };
        try {
            if (reply instanceof Reply.Tensor tensor) {
                session.getAsyncRemote().sendBinary(tensor.frame().encode(), failed);
            } else if (reply instanceof Reply.Metrics metrics) {
                session.getAsyncRemote().sendBinary(metrics.frame().encode(), failed);
            } else if (reply instanceof Reply.Control control) {
                session.getAsyncRemote().sendText(control.message().encode(), failed);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not answer the TTP: {0}", e.toString()); // the socket closed meanwhile
        }
    }

    private static void close(Session session, CloseReason.CloseCode code, String reason) {
        try {
            session.close(new CloseReason(code, reason));
        } catch (IOException e) {
            LOG.log(Level.FINE, "close failed", e);
        }
    }

    private static GridParticipant participant() {
        return CDI.current().select(GridParticipant.class).get();
    }

    static long runId(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new ProtocolException("run id '" + text + "' is not a number");
        }
    }

    /**
     * Why a handshake to {@code path} presenting {@code token} must be refused, or empty if it may proceed:
     * the one check both the web module's filters (a clean 401 before the upgrade) and this endpoint's
     * configurator (the last line) apply. A path {@code .../virtual/{worker}/grid/{runId}} is a virtual Worker's.
     */
    public static Optional<String> handshakeRefusal(String path, String token) {
        long runId;
        try {
            runId = runId(path.substring(path.lastIndexOf('/') + 1));
        } catch (ProtocolException e) {
            return Optional.of(e.getMessage());
        }
        java.util.regex.Matcher virtual = VIRTUAL.matcher(path);
        String worker = virtual.matches() ? virtual.group(1) : null;
        if (token == null || !participant().accepts(worker, runId, token)) {
            return Optional.of("grid handshake for run " + runId + " refused: missing or wrong "
                    + GridProtocol.TOKEN_HEADER);
        }
        return Optional.empty();
    }

    /** A virtual Worker's socket path, the virtual Worker's name in group 1. */
    private static final java.util.regex.Pattern VIRTUAL = java.util.regex.Pattern.compile(".*/virtual/([^/]+)/grid/[^/]+");

    /** Refuses the upgrade when the run token is missing or wrong, before any endpoint exists. */
    static final class HandshakeAuthenticator extends ServerEndpointConfig.Configurator {

        @Override
        public void modifyHandshake(ServerEndpointConfig sec, HandshakeRequest request, HandshakeResponse response) {
            List<String> tokens = request.getHeaders().get(GridProtocol.TOKEN_HEADER);
            handshakeRefusal(request.getRequestURI().getPath(), tokens == null || tokens.isEmpty() ? null
                    : tokens.get(0)).ifPresent(reason -> {
                        throw new SecurityException(reason);
                    });
        }
    }
}
