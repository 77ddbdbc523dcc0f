package io.synergos.websocket.ttp;

import io.synergos.websocket.protocol.ControlMessage;
import io.synergos.websocket.protocol.ControlType;
import io.synergos.websocket.protocol.GridProtocol;
import io.synergos.websocket.protocol.ProtocolException;
import io.synergos.websocket.protocol.Reply;
import io.synergos.websocket.protocol.TensorFrame;
import jakarta.websocket.ClientEndpointConfig;
import jakarta.websocket.CloseReason;
import jakarta.websocket.ContainerProvider;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.WebSocketContainer;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;

/**
 * The TTP's socket to one Worker for one run. Requests are strictly one at a time: {@link #exchange} sends a
 * tensor frame and waits, with a timeout, for the Worker's single reply.
 */
public final class GridConnection implements AutoCloseable {

    /** How long writing one frame to a Worker may take before the send fails. */
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(60);

    private final String worker;
    private final Session session;
    private final AtomicReference<CompletableFuture<Reply>> pending = new AtomicReference<>();
    private volatile String closedReason;
    private volatile long bytesReceived;
    private volatile long bytesSent;
    private volatile long repliedAt;

    private GridConnection(String worker, URI uri, String token, Duration connectTimeout, int maxFrameBytes,
                           SSLContext tls) throws GridException {
        this.worker = worker;
        WebSocketContainer container = ContainerProvider.getWebSocketContainer();
        if ("wss".equals(uri.getScheme()) && tls == null) {
            throw new GridException("cannot connect to Worker " + worker + " at " + uri + ": no TLS context");
        }
        ClientEndpointConfig config = ClientEndpointConfig.Builder.create()
                .configurator(new ClientEndpointConfig.Configurator() {
                    @Override
                    public void beforeRequest(Map<String, List<String>> headers) {
                        headers.put(GridProtocol.TOKEN_HEADER, List.of(token));
                    }
                }).sslContext(tls).build();
        try {
            this.session = container.connectToServer(new Listener(), config, uri);
        } catch (DeploymentException | IOException | RuntimeException e) {
            throw new GridException("cannot connect to Worker " + worker + " at " + uri + ": " + rootMessage(e));
        }
        io.synergos.websocket.protocol.NoDelay.on(session);
        session.setMaxBinaryMessageBufferSize(maxFrameBytes);
        session.setMaxTextMessageBufferSize(GridProtocol.MAX_TEXT_BYTES);
        session.setMaxIdleTimeout(GridProtocol.IDLE_TIMEOUT.toMillis());
        session.getAsyncRemote().setSendTimeout(SEND_TIMEOUT.toMillis());
    }

    /**
     * Opens the socket; the handshake presents the run's secret. Binary replies over {@code maxReplyBytes} (see
     * {@link GridProtocol#maxReplyBytes}) close the socket as too big. A {@code wss} URI is opened with {@code tls}, the
     * TTP's client context (its certificate, the federation's CA, the Worker's name checked).
     */
    public static GridConnection open(String worker, URI uri, String token, Duration connectTimeout,
                                      int maxReplyBytes, SSLContext tls) throws GridException {
        if (maxReplyBytes < TensorFrame.HEADER_BYTES || maxReplyBytes > GridProtocol.MAX_BINARY_BYTES) {
            throw new IllegalArgumentException("a reply limit of " + maxReplyBytes + " bytes is outside the protocol's "
                    + TensorFrame.HEADER_BYTES + " to " + GridProtocol.MAX_BINARY_BYTES);
        }
        return new GridConnection(worker, uri, token, connectTimeout, maxReplyBytes, tls);
    }

    public String worker() {
        return worker;
    }

    /**
     * Sends the request without waiting for it to be written, so that a broadcast writes to every Worker at
     * once; a failed write fails the pending reply. Collect the reply with {@link #awaitReply}.
     */
    public void send(TensorFrame request) throws GridException {
        CompletableFuture<Reply> future = new CompletableFuture<>();
        if (!pending.compareAndSet(null, future)) {
            throw new IllegalStateException("a request to " + worker + " is already in flight");
        }
        if (closedReason != null) {
            pending.set(null);
            throw new GridException("Worker " + worker + " disconnected: " + closedReason);
        }
        try {
            ByteBuffer bytes = request.encode();
            bytesSent += bytes.remaining();
            session.getAsyncRemote().sendBinary(bytes, result -> {
                if (!result.isOK()) {
                    future.completeExceptionally(new GridException("cannot send to Worker " + worker + ": "
                            + rootMessage(result.getException())));
                }
            });
        } catch (RuntimeException e) {
            pending.set(null);
            throw new GridException("cannot send to Worker " + worker + ": " + rootMessage(e));
        }
    }

    /** Waits for the reply to the request last {@link #send sent}; an error reply becomes a GridException. */
    public Reply awaitReply(Duration timeout) throws GridException {
        CompletableFuture<Reply> future = pending.get();
        if (future == null) {
            throw new IllegalStateException("no request to " + worker + " is in flight");
        }
        try {
            Reply reply = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (reply instanceof Reply.Control control && control.message().type()
                    == ControlType.ERROR) {
                throw new GridException("Worker " + worker + " reported: " + control.message().errorMessage());
            }
            return reply;
        } catch (TimeoutException e) {
            throw new GridException("Worker " + worker + " did not answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            throw new GridException(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GridException("interrupted while waiting for Worker " + worker);
        } finally {
            pending.set(null);
        }
    }

    /**
     * Waits until {@code deadlineNanos} ({@link System#nanoTime()}) for the reply to the request last sent. Empty when
     * the deadline passes first: the request stays in flight (the Worker is late; see {@link #isBusy} and
     * {@link #discardAnswered}). A disconnection or an error reply is a GridException, as in {@link #awaitReply}.
     */
    public java.util.Optional<Reply> awaitReplyUntil(long deadlineNanos) throws GridException {
        CompletableFuture<Reply> future = pending.get();
        if (future == null) {
            throw new IllegalStateException("no request to " + worker + " is in flight");
        }
        try {
            Reply reply = future.get(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            pending.set(null);
            if (reply instanceof Reply.Control control && control.message().type() == ControlType.ERROR) {
                throw new GridException("Worker " + worker + " reported: " + control.message().errorMessage());
            }
            return java.util.Optional.of(reply);
        } catch (TimeoutException e) {
            return java.util.Optional.empty();
        } catch (ExecutionException e) {
            pending.set(null);
            throw new GridException(e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new GridException("interrupted while waiting for Worker " + worker);
        }
    }

    /** True while a request is in flight whose reply has not arrived: the Worker is still computing it. */
    public boolean isBusy() {
        CompletableFuture<Reply> future = pending.get();
        return future != null && !future.isDone();
    }

    /**
     * Drops the reply of a request the TTP stopped waiting for (a late Worker's), once it has arrived, so that the
     * socket can take a new request; true when the socket is free. A late reply that failed (the socket closed) is a
     * GridException.
     */
    public boolean discardAnswered() throws GridException {
        CompletableFuture<Reply> future = pending.get();
        if (future == null) {
            return true;
        }
        if (!future.isDone()) {
            return false;
        }
        pending.set(null);
        if (future.isCompletedExceptionally()) {
            try {
                future.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw new GridException(e.getCause().getMessage());
            }
        }
        return true;
    }

    /** Whether the socket is still open and has not failed. */
    public boolean isOpen() {
        return closedReason == null && session.isOpen();
    }

    public Reply exchange(TensorFrame request, Duration timeout) throws GridException {
        send(request);
        return awaitReply(timeout);
    }

    public long bytesSent() {
        return bytesSent;
    }

    public long bytesReceived() {
        return bytesReceived;
    }

    @Override
    public void close() {
        if (session.isOpen()) {
            try {
                session.close(new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "run released"));
            } catch (IOException e) {
                // already gone: nothing to release
            }
        }
    }

    /** When the last reply arrived ({@link System#nanoTime()}). */
    public long repliedAt() {
        return repliedAt;
    }

    private void complete(Reply reply) {
        repliedAt = System.nanoTime();
        CompletableFuture<Reply> future = pending.get();
        if (future != null) {
            future.complete(reply);
        }
    }

    private void fail(String reason) {
        closedReason = reason;
        CompletableFuture<Reply> future = pending.get();
        if (future != null) {
            future.completeExceptionally(new GridException("Worker " + worker + " disconnected: " + reason));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.toString() : cause.getMessage();
    }

    private final class Listener extends Endpoint {

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) message -> {
                bytesReceived += message.remaining();
                try {
                    complete(Reply.ofBinary(message));
                } catch (ProtocolException e) {
                    complete(Reply.of(ControlMessage.error("malformed reply: " + e.getMessage())));
                }
            });
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> {
                bytesReceived += text.length();
                try {
                    complete(Reply.of(ControlMessage.decode(text)));
                } catch (ProtocolException e) {
                    complete(Reply.of(ControlMessage.error("malformed reply: " + e.getMessage())));
                }
            });
        }

        @Override
        public void onClose(Session session, CloseReason closeReason) {
            fail(closeReason.getReasonPhrase() == null || closeReason.getReasonPhrase().isEmpty()
                    ? closeReason.getCloseCode().toString() : closeReason.getReasonPhrase());
        }

        @Override
        public void onError(Session session, Throwable failure) {
            fail(rootMessage(failure));
        }
    }
}
