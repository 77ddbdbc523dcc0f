package io.synergos.ttp;

import io.synergos.federation.aggregation.FedAvg;
import io.synergos.websocket.protocol.FrameKind;
import io.synergos.websocket.protocol.Reply;
import io.synergos.websocket.protocol.TensorFrame;
import io.synergos.websocket.ttp.GridConnection;
import io.synergos.websocket.ttp.GridException;
import io.synergos.worker.PhaseRequest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The star of sockets from the TTP to the Workers of one run. A request goes to every Worker at once; the
 * replies are collected afterwards, so Workers compute in parallel.
 */
final class Grid implements AutoCloseable {

    private static final SecureRandom SECRETS = new SecureRandom();

    private final List<GridConnection> connections = new ArrayList<>();
    private final List<RunPlan.WorkerPlan> prepared = new ArrayList<>();
    private volatile boolean dismantled;

    /**
     * Brings a Worker into the grid: prepares it over REST with a fresh per-run secret, then opens its socket
     * presenting that secret.
     */
    void join(WorkerClient client, RunPlan.WorkerPlan worker, long runId, PhaseRequest request, Duration timeout)
            throws GridException {
        byte[] bytes = new byte[32];
        SECRETS.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        prepared.add(worker);
        client.prepare(worker, runId, request.withToken(secret));
        connections.add(GridConnection.open(worker.name(), WorkerClient.gridUri(worker, runId), secret, timeout,
                request.spec().parameterCount()));
    }

    /** Closes every socket and tells every Worker asked to prepare to release the run, whatever happened. */
    void release(WorkerClient client, long runId) {
        close();
        prepared.forEach(worker -> client.releaseQuietly(worker, runId));
    }

    /** Sends the same frame to every Worker and returns each one's reply, by Worker name. */
    Map<String, Reply> broadcast(TensorFrame request, Duration timeout) throws GridException {
        for (GridConnection connection : connections) {
            checkNotDismantled();
            connection.send(request); // encoded per socket: the client masks the payload in place
        }
        Map<String, Reply> replies = new LinkedHashMap<>();
        for (GridConnection connection : connections) {
            replies.put(connection.worker(), connection.awaitReply(timeout));
        }
        checkNotDismantled();
        return replies;
    }

    boolean isDismantled() {
        return dismantled;
    }

    /**
     * One training round: the global parameters go to every Worker, each Worker's update is added to the
     * sample-weighted sum as it is collected.
     */
    Round trainRound(int round, double[] global, Duration timeout) throws GridException {
        Map<String, Reply> replies = broadcast(TensorFrame.request(FrameKind.TRAIN, round, global), timeout);
        FedAvg.Accumulator sum = new FedAvg.Accumulator(global.length);
        Map<String, Double> localLosses = new LinkedHashMap<>();
        for (Map.Entry<String, Reply> reply : replies.entrySet()) {
            if (!(reply.getValue() instanceof Reply.Tensor tensor) || tensor.frame().kind() != FrameKind.LOCAL_UPDATE
                    || tensor.frame().round() != round) {
                throw new GridException("Worker " + reply.getKey() + " answered " + reply.getValue()
                        + " where the LOCAL_UPDATE of round " + round + " was due");
            }
            TensorFrame update = tensor.frame();
            sum.add(update.parameters(), update.samples(), update.loss());
            localLosses.put(reply.getKey(), update.loss());
        }
        return new Round(sum.aggregate(), localLosses);
    }

    /** The aggregate of a round and each Worker's local loss. */
    record Round(FedAvg.Aggregate aggregate, Map<String, Double> localLosses) {
    }

    long bytesOnWire() {
        return connections.stream().mapToLong(c -> c.bytesSent() + c.bytesReceived()).sum();
    }

    int size() {
        return connections.size();
    }

    /** Closes every socket; a job blocked on a reply fails at once. */
    void dismantle() {
        dismantled = true;
        close();
    }

    private void checkNotDismantled() throws GridException {
        if (dismantled) {
            throw new GridException("the grid was stopped");
        }
    }

    @Override
    public void close() {
        connections.forEach(GridConnection::close);
    }
}
