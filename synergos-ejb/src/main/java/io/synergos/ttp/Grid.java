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
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Logger;

/**
 * The star of sockets from the TTP to the Workers of one run. A request goes to every Worker concerned at
 * once; the replies are collected afterwards, so Workers compute in parallel. A member trains, validates
 * (measures candidate models for contribution), or both.
 *
 * <p>A training round tolerates dropouts: a trainer that disconnects or errs is left out of the round and
 * <em>absent</em>; one that misses the round's deadline is left out and <em>late</em> (it is still computing; its
 * late update is dropped and it takes the next round it is free for). With a background executor the grid brings an
 * absent trainer back: it reopens the socket with the run's secret, or, when the Worker no longer holds the run (it
 * restarted), prepares it again with a fresh secret first, retrying with back-off; the trainer then answers the next
 * round, which carries the current global model. How many must answer is the caller's rule.
 */
final class Grid implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(Grid.class.getName());
    private static final SecureRandom SECRETS = new SecureRandom();
    /** Back-off between attempts to bring an absent trainer back, doubling from the first to the last. */
    private static final long FIRST_REJOIN_MILLIS = 250;
    private static final long LAST_REJOIN_MILLIS = 10_000;

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

    /** One Worker in the grid; {@code connection} is null while it is absent. */
    private final class Member {
        final RunPlan.WorkerPlan worker;
        final long runId;
        final PhaseRequest request;
        final Role role;
        final int metricWidth;
        final Duration timeout;
        final WorkerClient client;
        volatile GridConnection connection;
        volatile String secret;
        volatile String absence;
        /** The round a late trainer is still computing, and since when; -1 when none. */
        int lateRound = -1;
        long lateSince;
        /** A connection a rejoin opened in the background, adopted at the next round. */
        final AtomicReference<GridConnection> rejoined = new AtomicReference<>();
        volatile ScheduledFuture<?> rejoin;
        int rejoinAttempts;

        Member(RunPlan.WorkerPlan worker, long runId, PhaseRequest request, Role role, int metricWidth,
               Duration timeout, WorkerClient client) {
            this.worker = worker;
            this.runId = runId;
            this.request = request;
            this.role = role;
            this.metricWidth = metricWidth;
            this.timeout = timeout;
            this.client = client;
        }

        String name() {
            return worker.name();
        }

        GridConnection open(String token) throws GridException {
            java.net.URI uri = WorkerClient.gridUri(worker, runId);
            return GridConnection.open(worker.name(), uri, token, timeout,
                    GridProtocol.maxReplyBytes(request.spec().parameterCount(), metricWidth),
                    client.tls().contextFor(uri));
        }

        /** Prepares the Worker for the run with a fresh secret and opens its socket with it. */
        GridConnection prepareAndOpen() throws GridException {
            String fresh = secret();
            client.prepare(worker, runId, request.withToken(fresh));
            secret = fresh;
            return open(fresh);
        }
    }

    private final List<Member> members = new ArrayList<>();
    private final List<RunPlan.WorkerPlan> prepared = new ArrayList<>();
    private final ScheduledExecutorService background;
    private final Duration lateLimit;
    private volatile boolean dismantled;
    private volatile boolean closed;

    /** A grid whose absent trainers stay absent. */
    Grid() {
        this(null, Duration.ofDays(1));
    }

    /**
     * @param background where absent trainers are brought back; null: they stay absent
     * @param lateLimit  how long a late trainer may stay silent before its socket counts as dead (a network that drops
     *                   packets without closing the connection) and it is brought back like an absent one
     */
    Grid(ScheduledExecutorService background, Duration lateLimit) {
        this.background = background;
        this.lateLimit = lateLimit;
    }

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
        Member member = member(client, worker, runId, request, timeout, role, metricWidth);
        member.connection = member.prepareAndOpen();
    }

    /** A Worker to bring into the grid with {@link #joinAll}; {@code optional}: the run may start without it. */
    record Joining(RunPlan.WorkerPlan worker, PhaseRequest request, Role role, boolean optional) {
    }

    /**
     * Brings Workers into the grid as {@link #join} does, all at once on {@code executor} (one after another without
     * one), keeping their order in the grid. Up to {@code spare} optional Workers that cannot be prepared or reached are
     * absent (and brought back later) rather than failing the grid; returns them, with why. A required Worker that
     * cannot join, or one optional Worker more than {@code spare}, fails the grid with its reason (the first in the
     * Workers' order); the Workers that did join stay in it, for {@link #release} to let go.
     */
    Map<String, String> joinAll(WorkerClient client, long runId, List<Joining> joinings, Duration timeout,
                                int metricWidth, int spare, java.util.concurrent.Executor executor)
            throws GridException {
        List<Member> joining = new ArrayList<>();
        for (Joining j : joinings) {
            joining.add(member(client, j.worker(), runId, j.request(), timeout, j.role(), metricWidth));
        }
        List<AllWorkers.Outcome<GridConnection>> outcomes = AllWorkers.call(executor, joining,
                Member::prepareAndOpen);
        for (int i = 0; i < joining.size(); i++) {
            if (outcomes.get(i).ok()) {
                joining.get(i).connection = outcomes.get(i).value();
            }
        }
        Map<String, String> absent = new LinkedHashMap<>();
        for (int i = 0; i < joining.size(); i++) {
            AllWorkers.Outcome<GridConnection> outcome = outcomes.get(i);
            if (outcome.unexpected() != null || outcome.failure() != null && (!joinings.get(i).optional()
                    || absent.size() >= spare)) {
                outcome.get();
            }
            if (outcome.failure() != null) {
                absent.put(joining.get(i).name(), outcome.failure().getMessage());
            }
        }
        for (int i = 0; i < joining.size(); i++) {
            if (outcomes.get(i).failure() != null) {
                lost(joining.get(i), outcomes.get(i).failure().getMessage());
            }
        }
        return absent;
    }

    private Member member(WorkerClient client, RunPlan.WorkerPlan worker, long runId, PhaseRequest request,
                          Duration timeout, Role role, int metricWidth) {
        Member member = new Member(worker, runId, request, role, metricWidth, timeout, client);
        prepared.add(worker);
        members.add(member);
        return member;
    }

    private static String secret() {
        byte[] bytes = new byte[32];
        SECRETS.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /**
     * Closes every socket and tells every Worker asked to prepare to release the run, whatever happened. Rejoins in
     * progress are finished first, so that none prepares a Worker again after it was released.
     */
    void release(WorkerClient client, long runId) {
        closed = true;
        for (Member member : members) {
            ScheduledFuture<?> rejoin = member.rejoin;
            if (rejoin != null && !rejoin.cancel(false)) {
                try {
                    rejoin.get(member.timeout.toMillis() * 3 + 60_000, TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    // it failed or was cancelled: nothing of it to wait for
                }
            }
        }
        closeWithin(Duration.ofSeconds(5));
        // in parallel: one Worker that does not answer (a stalled link) holds the others' release up no longer
        List<java.util.concurrent.Future<?>> releases = new ArrayList<>();
        for (RunPlan.WorkerPlan worker : prepared) {
            java.util.concurrent.Future<?> release = prepared.size() == 1 ? null : submit(() -> {
                try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
                    client.releaseQuietly(worker, runId);
                }
            });
            if (release == null) {
                client.releaseQuietly(worker, runId);
            } else {
                releases.add(release);
            }
        }
        for (java.util.concurrent.Future<?> release : releases) {
            try {
                release.get();
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.warning("run " + runId + ": a release failed: " + e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Sends the same frame to every member and returns each one's reply, by Worker name. */
    Map<String, Reply> broadcast(TensorFrame request, Duration timeout) throws GridException {
        return exchange(members, request, timeout);
    }

    /**
     * Sends the same frame to every trainer that is present and free (a late or absent one is passed over: it exports
     * no local model) and returns each one's reply.
     */
    Map<String, Reply> broadcastToTrainers(TensorFrame request, Duration timeout) throws GridException {
        List<Member> free = new ArrayList<>();
        for (Member member : members) {
            if (member.role.trains() && member.connection != null && member.connection.isOpen()) {
                try {
                    if (member.connection.discardAnswered()) {
                        free.add(member);
                    }
                } catch (GridException e) {
                    lost(member, e.getMessage());
                }
            }
        }
        return exchange(free, request, timeout);
    }

    private Map<String, Reply> exchange(List<Member> to, TensorFrame request, Duration timeout) throws GridException {
        for (Member member : to) {
            checkNotDismantled();
            connection(member).send(request); // encoded per socket: the client masks the payload in place
        }
        Map<String, Reply> replies = new LinkedHashMap<>();
        for (Member member : to) {
            replies.put(member.name(), connection(member).awaitReply(timeout));
        }
        checkNotDismantled();
        return replies;
    }

    private static GridConnection connection(Member member) throws GridException {
        GridConnection connection = member.connection;
        if (connection == null) {
            throw new GridException("Worker " + member.name() + " left the grid: " + member.absence);
        }
        return connection;
    }

    boolean isDismantled() {
        return dismantled;
    }

    /**
     * One training round: the global parameters go to every trainer that is present and free; each update is added
     * to the sample-weighted sum as it is collected, until {@code deadline}; trainers that have not answered by then
     * are late, those whose socket failed or that reported an error are absent. With {@code keepUpdates} each
     * answering trainer's parameters are returned too. Fails when fewer than {@code minWorkers} answered, naming who
     * was missing and why.
     */
    Round trainRound(int round, double[] global, Duration deadline, int minWorkers, boolean keepUpdates)
            throws GridException {
        checkNotDismantled();
        TensorFrame frame = TensorFrame.request(FrameKind.TRAIN, round, global);
        Map<String, String> late = new LinkedHashMap<>();
        Map<String, String> absent = new LinkedHashMap<>();
        List<String> rejoined = new ArrayList<>();
        List<Member> asked = new ArrayList<>();
        int trainers = 0;
        for (Member member : members) {
            if (!member.role.trains()) {
                continue;
            }
            trainers++;
            GridConnection fresh = member.rejoined.getAndSet(null);
            if (fresh != null) {
                member.connection = fresh;
                member.absence = null;
                member.lateRound = -1;
                member.rejoinAttempts = 0;
                rejoined.add(member.name());
            }
            GridConnection connection = member.connection;
            if (connection != null && !connection.isOpen()) {
                lost(member, "its socket closed");
            }
            if (member.connection == null) {
                absent.put(member.name(), member.absence);
                scheduleRejoin(member);
                continue;
            }
            try {
                if (!member.connection.discardAnswered()) {
                    if (System.nanoTime() - member.lateSince > lateLimit.toNanos()) {
                        String why = "no answer for " + seconds(lateLimit) + " since round " + (member.lateRound + 1);
                        lost(member, why);
                        absent.put(member.name(), why);
                    } else {
                        late.put(member.name(), "still computing round " + (member.lateRound + 1));
                    }
                    continue;
                }
                member.lateRound = -1;
                member.connection.send(frame);
                asked.add(member);
            } catch (GridException e) {
                lost(member, e.getMessage());
                absent.put(member.name(), e.getMessage());
            }
        }
        long sent = System.nanoTime();
        long end = sent + deadline.toNanos();
        FedAvg.Accumulator sum = new FedAvg.Accumulator(global.length);
        Map<String, Double> replyMillis = new LinkedHashMap<>();
        Map<String, Double> localLosses = new LinkedHashMap<>();
        Map<String, Update> updates = new LinkedHashMap<>();
        List<String> answered = new ArrayList<>();
        for (Member member : asked) {
            Optional<Reply> reply;
            try {
                reply = member.connection.awaitReplyUntil(end);
            } catch (GridException e) {
                lost(member, e.getMessage());
                absent.put(member.name(), e.getMessage());
                continue;
            }
            if (reply.isEmpty()) {
                member.lateRound = round;
                member.lateSince = System.nanoTime();
                late.put(member.name(), "no update within " + seconds(deadline));
                continue;
            }
            if (!(reply.get() instanceof Reply.Tensor tensor) || tensor.frame().kind() != FrameKind.LOCAL_UPDATE
                    || tensor.frame().round() != round) {
                throw new GridException("Worker " + member.name() + " answered " + reply.get()
                        + " where the LOCAL_UPDATE of round " + round + " was due");
            }
            TensorFrame update = tensor.frame();
            sum.add(update.parameters(), update.samples(), update.loss());
            localLosses.put(member.name(), update.loss());
            answered.add(member.name());
            replyMillis.put(member.name(), (member.connection.repliedAt() - sent) / 1e6);
            if (keepUpdates) {
                updates.put(member.name(), new Update(update.parametersAsDoubles(), update.samples()));
            }
        }
        checkNotDismantled();
        int needed = Math.max(1, Math.min(minWorkers, trainers));
        if (answered.size() < needed) {
            List<String> missing = new ArrayList<>();
            absent.forEach((name, why) -> missing.add(name + " (absent: " + why + ")"));
            late.forEach((name, why) -> missing.add(name + " (late: " + why + ")"));
            throw new GridException("round " + (round + 1) + ": " + answered.size() + " of " + trainers
                    + " Workers answered, fewer than the " + needed + " the run needs (minWorkers); "
                    + "missing: " + String.join(", ", missing));
        }
        return new Round(sum.aggregate(), localLosses, updates, answered, List.copyOf(late.keySet()),
                List.copyOf(absent.keySet()), rejoined, replyMillis);
    }

    private static String seconds(Duration deadline) {
        return deadline.toMillis() % 1000 == 0 ? deadline.toSeconds() + " s" : deadline.toMillis() + " ms";
    }

    /** The member's socket failed: it is absent until a rejoin brings it back. */
    private void lost(Member member, String why) {
        GridConnection connection = member.connection;
        member.connection = null;
        member.absence = why;
        member.lateRound = -1;
        if (connection != null) {
            connection.close();
        }
        LOG.info(() -> "run " + member.runId + ": Worker " + member.name() + " left the grid (" + why + ")"
                + (background == null || !member.role.trains() ? "" : "; it is asked to rejoin"));
        scheduleRejoin(member);
    }

    /** Schedules the next attempt to bring an absent trainer back, unless one is pending or the grid is closing. */
    private void scheduleRejoin(Member member) {
        if (background == null || closed || !member.role.trains() || member.rejoined.get() != null) {
            return;
        }
        synchronized (member) {
            ScheduledFuture<?> pending = member.rejoin;
            if (pending != null && !pending.isDone()) {
                return;
            }
            long delay = Math.min(LAST_REJOIN_MILLIS, FIRST_REJOIN_MILLIS << Math.min(10, member.rejoinAttempts++));
            try {
                member.rejoin = background.schedule(() -> rejoin(member), delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // the server is suspending: no rejoin now; the run pauses or ends
                member.rejoin = null;
            }
        }
    }

    /**
     * One attempt to bring an absent trainer back: its socket again with the run's secret (a Worker that was only cut
     * off still holds the run), else prepared anew (a Worker that restarted lost it). Runs in the background.
     */
    private void rejoin(Member member) {
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(member.runId)) {
            tryRejoin(member);
        }
    }

    private void tryRejoin(Member member) {
        if (closed) {
            return;
        }
        GridConnection connection;
        try {
            try {
                connection = member.open(member.secret);
            } catch (GridException stale) {
                connection = member.prepareAndOpen();
            }
        } catch (GridException | RuntimeException e) {
            member.absence = e.getMessage();
            synchronized (member) {
                member.rejoin = null;
            }
            scheduleRejoin(member);
            return;
        }
        if (closed) {
            connection.close();
            return;
        }
        member.rejoined.set(connection);
        LOG.info(() -> "run " + member.runId + ": Worker " + member.name() + " rejoined; it takes the next round");
    }

    /** A round as {@link #trainRound(int, double[], Duration, int, boolean)} with every trainer required. */
    Round trainRound(int round, double[] global, Duration timeout) throws GridException {
        return trainRound(round, global, timeout, Integer.MAX_VALUE, false);
    }

    /** The names of the members that train, in join order. */
    List<String> trainers() {
        return members.stream().filter(m -> m.role.trains()).map(Member::name).toList();
    }

    /** One trainer's parameters after local training and its sample count. */
    record Update(double[] parameters, long samples) {
    }

    /**
     * The aggregate of a round, each answering Worker's local loss and (when kept) update, and who answered, was late
     * and was absent; {@code rejoined} came back for this round; {@code replyMillis}: how long each answering Worker
     * took, from the requests sent to its reply.
     */
    record Round(FedAvg.Aggregate aggregate, Map<String, Double> localLosses, Map<String, Update> updates,
                 List<String> answered, List<String> late, List<String> absent, List<String> rejoined,
                 Map<String, Double> replyMillis) {
    }

    /** The names of the members that validate, in join order. */
    List<String> validators() {
        return members.stream().filter(m -> m.role.validates()).map(Member::name).toList();
    }

    /**
     * Measures candidate models on every validator's data: as few EVALUATE_CANDIDATES frames per validator as the
     * protocol's frame size allows, all validators at once. Returns, per model, each validator's metric sums in
     * {@link #validators()} order. Every validator must be present: their sums add up.
     */
    List<MetricSums[]> evaluateCandidates(List<double[]> models, Task task, int classes, Duration timeout)
            throws GridException {
        List<Member> validators = members.stream().filter(m -> m.role.validates()).toList();
        if (validators.isEmpty()) {
            throw new GridException("no Worker in the grid validates");
        }
        List<MetricSums[]> result = new ArrayList<>();
        if (models.isEmpty()) {
            return result;
        }
        for (Member validator : validators) {
            // a validator that also trains may still be computing a round it was late for
            GridConnection connection = connection(validator);
            if (!connection.discardAnswered()) {
                throw new GridException("validator " + validator.name() + " is late with round "
                        + (validator.lateRound + 1) + "; contribution needs every validator's measurements");
            }
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
        return members.stream().map(m -> m.connection).filter(java.util.Objects::nonNull)
                .mapToLong(c -> c.bytesSent() + c.bytesReceived()).sum();
    }

    int size() {
        return members.size();
    }

    /**
     * Runs {@code task} on the background executor; null when there is none or it takes no task now (a server that is
     * suspending refuses new tasks on its managed executors), and the caller then runs it itself.
     */
    private java.util.concurrent.Future<?> submit(Runnable task) {
        if (background == null) {
            return null;
        }
        try {
            return background.submit(task);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            return null;
        }
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

    /**
     * Closes every socket, in parallel when there is a background executor, waiting at most {@code limit}: the close
     * handshake of a stalled link waits for its peer, and finishes in the background once the peer answers or the socket
     * times out.
     */
    private void closeWithin(Duration limit) {
        if (background == null) {
            close();
            return;
        }
        closed = true;
        List<java.util.concurrent.Future<?>> closing = new ArrayList<>();
        for (Member member : members) {
            for (GridConnection connection : new GridConnection[]{member.connection, member.rejoined.getAndSet(null)}) {
                if (connection != null) {
                    java.util.concurrent.Future<?> close = submit(connection::close);
                    if (close == null) {
                        connection.close();
                    } else {
                        closing.add(close);
                    }
                }
            }
        }
        long end = System.nanoTime() + limit.toNanos();
        for (java.util.concurrent.Future<?> close : closing) {
            try {
                close.get(Math.max(0, end - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                // finishes in the background
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        for (Member member : members) {
            GridConnection connection = member.connection;
            if (connection != null) {
                connection.close();
            }
            GridConnection rejoined = member.rejoined.getAndSet(null);
            if (rejoined != null) {
                rejoined.close();
            }
        }
    }
}
