package io.synergos.it;

import io.synergos.ops.Node;
import io.synergos.ops.SynergosClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback relay in front of a Worker, registered as the Worker's address. It records every byte the Worker sends,
 * can cut all connections at once (a Worker dropping off the network), take the network down (every new connection
 * closed at once) and bring it back, stall (stop forwarding in both directions, holding what arrives, as a congested
 * link does, until it is resumed) and can refuse WebSocket upgrades (a Worker whose grid endpoint is unreachable). In front of a TLS Worker it terminates TLS with a certificate of this machine's
 * CA (the operator's kit, which names 127.0.0.1) and opens its own TLS connection to the Worker, so that it sees what
 * the Worker sends in clear, as a node of the federation would.
 */
final class TcpProxy implements AutoCloseable {

    private final ServerSocket server;
    private final int targetPort;
    private final boolean tls;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final ByteArrayOutputStream fromWorker = new ByteArrayOutputStream();
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile boolean refuseWebSockets;
    private volatile boolean down;
    private final Object stallLock = new Object();
    private boolean stalled;

    TcpProxy(Node worker) throws IOException {
        this.targetPort = worker.httpPort();
        this.tls = worker.tls();
        this.server = tls ? SynergosClient.operatorTls().getServerSocketFactory().createServerSocket(0, 50,
                InetAddress.getLoopbackAddress()) : new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        threads.submit(this::accept);
    }

    int port() {
        return server.getLocalPort();
    }

    String baseUrl() {
        return (tls ? "https" : "http") + "://127.0.0.1:" + port() + "/synergos";
    }

    void refuseWebSockets(boolean refuse) {
        this.refuseWebSockets = refuse;
    }

    /** Everything the Worker sent through this proxy so far. */
    byte[] capturedFromWorker() {
        synchronized (fromWorker) {
            return fromWorker.toByteArray();
        }
    }

    /** While down, every new connection is closed at once, as if the network were gone; existing ones are cut. */
    void networkDown(boolean isDown) {
        this.down = isDown;
        if (isDown) {
            cutAll();
        }
    }

    /** While stalled, nothing is forwarded either way; what arrives is held and forwarded once resumed. */
    void stall(boolean stall) {
        synchronized (stallLock) {
            stalled = stall;
            stallLock.notifyAll();
        }
    }

    private void awaitUnstalled() throws IOException {
        synchronized (stallLock) {
            while (stalled) {
                try {
                    stallLock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
    }

    /** Closes every relayed connection, as a network failure would. */
    void cutAll() {
        for (Socket socket : open) {
            try {
                socket.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (down) {
                    client.close();
                    continue;
                }
                threads.submit(() -> relay(client));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket worker = tls ? SynergosClient.operatorTls().getSocketFactory().createSocket(
                InetAddress.getLoopbackAddress(), targetPort) : new Socket(InetAddress.getLoopbackAddress(), targetPort)) {
            open.add(client);
            open.add(worker);
            InputStream in = client.getInputStream();
            byte[] first = new byte[8192];
            int n = in.read(first);
            if (n <= 0) {
                return;
            }
            String head = new String(first, 0, n, StandardCharsets.ISO_8859_1).toLowerCase();
            if (refuseWebSockets && head.contains("upgrade: websocket")) {
                return;
            }
            OutputStream toWorker = worker.getOutputStream();
            awaitUnstalled();
            toWorker.write(first, 0, n);
            threads.submit(() -> pump(in, toWorker, null));
            pump(worker.getInputStream(), client.getOutputStream(), fromWorker);
        } catch (IOException e) {
            // one side closed
        } finally {
            open.remove(client);
        }
    }

    private void pump(InputStream in, OutputStream out, ByteArrayOutputStream record) {
        byte[] buffer = new byte[65536];
        try {
            int n;
            while ((n = in.read(buffer)) > 0) {
                awaitUnstalled();
                if (record != null) {
                    synchronized (record) {
                        record.write(buffer, 0, n);
                    }
                }
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException e) {
            // closed
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                // closed
            }
        }
    }

    @Override
    public void close() throws IOException {
        stall(false);
        server.close();
        cutAll();
        threads.shutdownNow();
    }
}
