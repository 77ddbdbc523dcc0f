package io.synergos.ttp;

import io.synergos.federation.aggregation.FedAvg;
import io.synergos.federation.alignment.Task;
import io.synergos.federation.contribution.MetricSums;
import io.synergos.websocket.protocol.FrameKind;
import io.synergos.websocket.protocol.GridProtocol;
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
 * The star of sockets from the TTP to the Workers of one run. A request goes to every Worker concerned at
 * once; the replies are collected afterwards, so Workers compute in parallel. A member trains, validates
 * (measures candidate models for contribution), or both.
 */
final class Grid implements AutoCloseable {

    private static final SecureRandom SECRETS = new SecureRandom();

    /** What a member of the grid does. */
    enum Role {
        TRAINS, VALIDATES, TRAINS_AND_VALIDATES;

        boolean trains() {
            return this != VALIDATES;
        }

        boolean validates() {
            return this != TRAINS;
        }
    }

    private record Member(GridConnection connection, Role role) {
    }

    private final List<Member> members = new ArrayList<>();
    private final List<RunPlan.WorkerPlan> prepared = new ArrayList<>();
    private volatile boolean dismantled;

    void join(WorkerClient client, RunPlan.WorkerPlan worker, long runId, PhaseRequest request, Duration timeout)
            throws GridException {
        join(client, worker, runId, request, timeout, Role.TRAINS, 0);
    }

    /**
     * Brings a Worker into the grid: prepares it over REST with a fresh per-run secret, then opens its socket
     * presenting that secret. {@code metricWidth} bounds the candidate metrics a validator may send back.
     */
    void join(WorkerClient client, RunPlan.WorkerPlan worker, long runId, PhaseRequest request, Duration timeout,
              Role role, int metricWidth) throws GridException {
        byte[] bytes = new byte[32];
        SECRETS.nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        prepared.add(worker);
        client.prepare(worker, runId, request.withToken(secret));
        int parameters = request.spec().parameterCount();
        java.net.URI uri = WorkerClient.gridUri(worker, runId);
        members.add(new Member(GridConnection.open(worker.name(), uri, secret, timeout,
                GridProtocol.maxReplyBytes(parameters, metricWidth), client.tls().contextFor(uri)), role));
    }

    /** Closes every socket and tells every Worker asked to prepare to release the run, whatever happened. */
    void release(WorkerClient client, long runId) {
        close();
        prepared.forEach(worker -> client.releaseQuietly(worker, runId));
    }

    /** Sends the same frame to every member and returns each one's reply, by Worker name. */
    Map<String, Reply> broadcast(TensorFrame request, Duration timeout) throws GridException {
        return exchange(members, request, timeout);
    }

    /** Sends the same frame to every member that trains. */
    Map<String, Reply> broadcastToTrainers(TensorFrame request, Duration timeout) throws GridException {
        return exchange(members.stream().filter(m -> m.role().trains()).toList(), request, timeout);
    }

    private Map<String, Reply> exchange(List<Member> to, TensorFrame request, Duration timeout) throws GridException {
        for (Member member : to) {
            checkNotDismantled();
            member.connection().send(request); // encoded per socket: the client masks the payload in place
        }
        Map<String, Reply> replies = new LinkedHashMap<>();
        for (Member member : to) {
            replies.put(member.connection().worker(), member.connection().awaitReply(timeout));
        }
        checkNotDismantled();
        return replies;
    }

    boolean isDismantled() {
        return dismantled;
    }

    /**
     * One training round: the global parameters go to every trainer, each trainer's update is added to the
     * sample-weighted sum as it is collected; with {@code keepUpdates} each trainer's parameters are returned too.
     */
    Round trainRound(int round, double[] global, Duration timeout, boolean keepUpdates) throws GridException {
        Map<String, Reply> replies = broadcastToTrainers(TensorFrame.request(FrameKind.TRAIN, round, global), timeout);
        FedAvg.Accumulator sum = new FedAvg.Accumulator(global.length);
        Map<String, Double> localLosses = new LinkedHashMap<>();
        Map<String, Update> updates = new LinkedHashMap<>();
        for (Map.Entry<String, Reply> reply : replies.entrySet()) {
            if (!(reply.getValue() instanceof Reply.Tensor tensor) || tensor.frame().kind() != FrameKind.LOCAL_UPDATE
                    || tensor.frame().round() != round) {
                throw new GridException("Worker " + reply.getKey() + " answered " + reply.getValue()
                        + " where the LOCAL_UPDATE of round " + round + " was due");
            }
            TensorFrame update = tensor.frame();
            sum.add(update.parameters(), update.samples(), update.loss());
            localLosses.put(reply.getKey(), update.loss());
            if (keepUpdates) {
                updates.put(reply.getKey(), new Update(update.parametersAsDoubles(), update.samples()));
            }
        }
        return new Round(sum.aggregate(), localLosses, updates);
    }

    Round trainRound(int round, double[] global, Duration timeout) throws GridException {
        return trainRound(round, global, timeout, false);
    }

    /** One trainer's parameters after local training and its sample count. */
    record Update(double[] parameters, long samples) {
    }

    /** The aggregate of a round, each Worker's local loss and (when kept) each Worker's update. */
    record Round(FedAvg.Aggregate aggregate, Map<String, Double> localLosses, Map<String, Update> updates) {
    }

    /** The names of the members that validate, in join order. */
    List<String> validators() {
        return members.stream().filter(m -> m.role().validates()).map(m -> m.connection().worker()).toList();
    }

    /**
     * Measures candidate models on every validator's data: as few EVALUATE_CANDIDATES frames per validator as the
     * protocol's frame size allows, all validators at once. Returns, per model, each validator's metric sums in
     * {@link #validators()} order.
     */
    List<MetricSums[]> evaluateCandidates(List<double[]> models, Task task, int classes, Duration timeout)
            throws GridException {
        List<Member> validators = members.stream().filter(m -> m.role().validates()).toList();
        if (validators.isEmpty()) {
            throw new GridException("no Worker in the grid validates");
        }
        List<MetricSums[]> result = new ArrayList<>();
        if (models.isEmpty()) {
            return result;
        }
        int perFrame = GridProtocol.candidatesPerFrame(models.get(0).length);
        for (int from = 0; from < models.size(); from += perFrame) {
            List<double[]> chunk = models.subList(from, Math.min(models.size(), from + perFrame));
            Map<String, Reply> replies = exchange(validators, TensorFrame.candidates(chunk), timeout);
            MetricSums[][] sums = new MetricSums[chunk.size()][validators.size()];
            int v = 0;
            for (Map.Entry<String, Reply> reply : replies.entrySet()) {
                if (!(reply.getValue() instanceof Reply.Metrics metrics) || metrics.frame().candidates() != chunk.size()) {
                    throw new GridException("Worker " + reply.getKey() + " answered " + reply.getValue() + " where the "
                            + "metrics of " + chunk.size() + " candidate models were due");
                }
                for (int k = 0; k < chunk.size(); k++) {
                    try {
                        sums[k][v] = new MetricSums(task, classes, metrics.frame().candidate(k));
                    } catch (IllegalArgumentException e) {
                        throw new GridException("Worker " + reply.getKey() + " sent malformed candidate metrics: "
                                + e.getMessage());
                    }
                }
                v++;
            }
            result.addAll(List.of(sums));
        }
        return result;
    }

    long bytesOnWire() {
        return members.stream().mapToLong(m -> m.connection().bytesSent() + m.connection().bytesReceived()).sum();
    }

    int size() {
        return members.size();
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
        members.forEach(m -> m.connection().close());
    }
}
