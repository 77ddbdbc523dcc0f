package io.synergos.ops.pki;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.node.tls.HostCheckingSslContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TTP's client context (the server's Elytron context wrapped by HostCheckingSslContext) refuses a server whose
 * certificate, although from the federation's CA, names another host: over sockets (the JAX-RS client) and over SSL
 * engines (the WebSocket client).
 */
class HostCheckingSslContextTest {

    @TempDir
    static Path dir;
    static NodeKit client;
    static NodeKit rightName;
    static NodeKit wrongName;

    @BeforeAll
    static void kits() {
        CertificateAuthority ca = CertificateAuthority.create(dir.resolve("ca"), "Names", Duration.ofDays(2));
        client = ca.issue(KitRequest.local("ttp", "ttp"), dir.resolve("ttp"));
        rightName = ca.issue(KitRequest.local("worker", "worker"), dir.resolve("right"));
        wrongName = ca.issue(KitRequest.of("worker", "worker", List.of("bank-b.example"), List.of(), Duration.ofDays(1)),
                dir.resolve("wrong"));
    }

    @Test
    void overSocketsAServerNamingAnotherHostIsRefused() throws Exception {
        SSLContext checking = HostCheckingSslContext.wrap(client.clientContext());
        assertDoesNotThrow(() -> socketHandshake(rightName.clientContext(), checking));
        SSLException refused = assertThrows(SSLException.class, () -> socketHandshake(wrongName.clientContext(), checking));
        assertTrue(refused.getMessage().contains("No subject alternative"), refused.getMessage());
        // without the wrapper the chain alone would pass: the check is the wrapper's
        assertDoesNotThrow(() -> socketHandshake(wrongName.clientContext(), client.clientContext()));
    }

    @Test
    void overEnginesAServerNamingAnotherHostIsRefused() throws Exception {
        SSLContext checking = HostCheckingSslContext.wrap(client.clientContext());
        assertDoesNotThrow(() -> engineHandshake(rightName.clientContext(), checking));
        SSLException refused = assertThrows(SSLException.class, () -> engineHandshake(wrongName.clientContext(), checking));
        assertTrue(refused.getMessage().contains("No subject alternative"), refused.getMessage());
    }

    private static void socketHandshake(SSLContext server, SSLContext clientContext) throws Exception {
        try (SSLServerSocket listener = listen(server)) {
            CompletableFuture<Void> accepted = accept(listener);
            try (SSLSocket socket = (SSLSocket) clientContext.getSocketFactory().createSocket("127.0.0.1",
                    listener.getLocalPort())) {
                socket.setSoTimeout(5000);
                socket.startHandshake();
            }
            accepted.join();
        }
    }

    /** A client SSLEngine made for 127.0.0.1, driven by hand over a socket channel, as a non-blocking client drives it. */
    private static void engineHandshake(SSLContext server, SSLContext clientContext) throws Exception {
        try (SSLServerSocket listener = listen(server)) {
            CompletableFuture<Void> accepted = accept(listener);
            try (SocketChannel channel = SocketChannel.open(new InetSocketAddress("127.0.0.1", listener.getLocalPort()))) {
                SSLEngine engine = clientContext.createSSLEngine("127.0.0.1", listener.getLocalPort());
                engine.setUseClientMode(true);
                ByteBuffer out = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
                ByteBuffer in = ByteBuffer.allocate(engine.getSession().getPacketBufferSize());
                ByteBuffer app = ByteBuffer.allocate(engine.getSession().getApplicationBufferSize());
                engine.beginHandshake();
                SSLEngineResult.HandshakeStatus status = engine.getHandshakeStatus();
                while (status != SSLEngineResult.HandshakeStatus.FINISHED
                        && status != SSLEngineResult.HandshakeStatus.NOT_HANDSHAKING) {
                    switch (status) {
                        case NEED_WRAP -> {
                            out.clear();
                            status = engine.wrap(ByteBuffer.allocate(0), out).getHandshakeStatus();
                            out.flip();
                            while (out.hasRemaining()) {
                                channel.write(out);
                            }
                        }
                        case NEED_UNWRAP -> {
                            in.flip();
                            SSLEngineResult result = engine.unwrap(in, app);
                            in.compact();
                            if (result.getStatus() == SSLEngineResult.Status.BUFFER_UNDERFLOW
                                    || result.bytesConsumed() == 0) {
                                if (channel.read(in) < 0) {
                                    throw new SSLException("the server closed the connection");
                                }
                            }
                            status = result.getHandshakeStatus();
                        }
                        case NEED_TASK -> {
                            Runnable task;
                            while ((task = engine.getDelegatedTask()) != null) {
                                task.run();
                            }
                            status = engine.getHandshakeStatus();
                        }
                        default -> throw new IllegalStateException(status.toString());
                    }
                }
            }
            accepted.join();
        }
    }

    private static SSLServerSocket listen(SSLContext server) throws IOException {
        return (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress());
    }

    private static CompletableFuture<Void> accept(SSLServerSocket listener) {
        return CompletableFuture.runAsync(() -> {
            try (SSLSocket socket = (SSLSocket) listener.accept()) {
                socket.setSoTimeout(5000);
                socket.startHandshake();
            } catch (IOException e) {
                // the client reports
            }
        });
    }
}
