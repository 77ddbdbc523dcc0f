package io.synergos.ttp;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The live state of every grid this TTP runs, kept in memory (what is persisted is the run's rounds): which
 * Workers are connected and which round each has answered. Listeners (the dashboard's push channel) receive a
 * snapshot on every change, on the grid's own thread, so they must be quick.
 */
@ApplicationScoped
public class LiveGrids {

    private static final Logger LOG = Logger.getLogger(LiveGrids.class.getName());

    private final Map<Long, State> grids = new ConcurrentHashMap<>();
    private final List<Consumer<LiveGrid>> listeners = new CopyOnWriteArrayList<>();

    /** Registers a listener for every later change; returns a handle that removes it. */
    public Runnable listen(Consumer<LiveGrid> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The grids running now, oldest first. */
    public List<LiveGrid> grids() {
        return grids.values().stream().map(State::snapshot).sorted(Comparator.comparing(LiveGrid::since)).toList();
    }

    public LiveGrid grid(long runId) {
        State state = grids.get(runId);
        return state == null ? null : state.snapshot();
    }

    /** A phase begins: a new grid with no Worker connected yet. */
    void begin(long runId, String phase, int rounds) {
        State state = new State(runId, phase, rounds);
        grids.put(runId, state);
        publish(state.snapshot());
    }

    void connected(long runId, String worker) {
        update(runId, state -> state.workers.put(worker, new LiveGrid.Worker(worker, true, 0, null, "connected")));
    }

    /**
     * A round is aggregated: every Worker that sent a local loss answered it; the late ones are still connected and
     * the absent ones are not (until they rejoin).
     */
    void round(long runId, int completed, double loss, double millis, Map<String, Double> localLosses,
               List<String> late, List<String> absent) {
        update(runId, state -> {
            state.round = completed;
            state.loss = loss;
            state.millis = millis;
            localLosses.forEach((worker, local) -> state.workers.put(worker,
                    new LiveGrid.Worker(worker, true, completed, local, "answered")));
            late.forEach(worker -> state.workers.compute(worker, (name, w) -> new LiveGrid.Worker(name, true,
                    w == null ? 0 : w.round(), w == null ? null : w.loss(), "late")));
            absent.forEach(worker -> state.workers.compute(worker, (name, w) -> new LiveGrid.Worker(name, false,
                    w == null ? 0 : w.round(), w == null ? null : w.loss(), "absent")));
        });
    }

    /** The grid's sockets are closed (the phase is over, whatever happened). */
    void disconnected(long runId) {
        update(runId, state -> state.workers.replaceAll((name, w) -> new LiveGrid.Worker(name, false, w.round(),
                w.loss(), "released")));
    }

    /**
     * The phase ended with the run in {@code status}: the grid is gone; listeners get its last snapshot (an
     * empty one when the phase failed before its grid began, e.g. no Worker had data with the needed tag).
     */
    void end(long runId, String status) {
        State state = grids.remove(runId);
        if (state == null) {
            publish(new LiveGrid(runId, "none", 0, 0, null, null, List.of(), Instant.now(), status));
            return;
        }
        synchronized (state) {
            state.ended = status;
        }
        publish(state.snapshot());
    }

    private void update(long runId, Consumer<State> change) {
        State state = grids.get(runId);
        if (state == null) {
            return;
        }
        synchronized (state) {
            change.accept(state);
        }
        publish(state.snapshot());
    }

    private void publish(LiveGrid grid) {
        for (Consumer<LiveGrid> listener : listeners) {
            try {
                listener.accept(grid);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "a live-grid listener failed; the grid goes on", e);
            }
        }
    }

    private static final class State {
        final long runId;
        final String phase;
        final int rounds;
        final Instant since = Instant.now();
        final Map<String, LiveGrid.Worker> workers = new LinkedHashMap<>();
        int round;
        Double loss;
        Double millis;
        String ended;

        State(long runId, String phase, int rounds) {
            this.runId = runId;
            this.phase = phase;
            this.rounds = rounds;
        }

        synchronized LiveGrid snapshot() {
            return new LiveGrid(runId, phase, round, rounds, loss, millis, new ArrayList<>(workers.values()), since,
                    ended);
        }
    }
}
