package io.synergos.ttp;

import io.synergos.websocket.ttp.GridException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Calls every Worker at once rather than one after another: a grid's set-up (headers, prepare, socket handshake) is
 * network round trips and TLS handshakes, so that with three Workers it took three times as long as with one. The
 * outcomes come back in the Workers' order, once every call has ended, each a value or what its call threw.
 */
final class AllWorkers {

    /** One call to one Worker. */
    interface Call<W, T> {
        T call(W worker) throws GridException;
    }

    /** A call's value, or the GridException it threw, or another exception it threw (a bug, not the network's). */
    record Outcome<T>(T value, GridException failure, RuntimeException unexpected) {
        boolean ok() {
            return failure == null && unexpected == null;
        }

        /** The value; the unexpected exception is rethrown, the GridException thrown. */
        T get() throws GridException {
            if (unexpected != null) {
                throw unexpected;
            }
            if (failure != null) {
                throw failure;
            }
            return value;
        }
    }

    private AllWorkers() {
    }

    /** On {@code executor}, or one after another on this thread when there is none or a single Worker. */
    static <W, T> List<Outcome<T>> call(Executor executor, List<W> workers, Call<W, T> call) {
        List<Outcome<T>> outcomes = new ArrayList<>(workers.size());
        if (executor == null || workers.size() < 2) {
            for (W worker : workers) {
                outcomes.add(attempt(call, worker));
            }
            return outcomes;
        }
        List<CompletableFuture<Outcome<T>>> futures = new ArrayList<>(workers.size());
        for (W worker : workers) {
            futures.add(CompletableFuture.supplyAsync(() -> attempt(call, worker), executor));
        }
        for (CompletableFuture<Outcome<T>> future : futures) {
            outcomes.add(future.join());
        }
        return outcomes;
    }

    private static <W, T> Outcome<T> attempt(Call<W, T> call, W worker) {
        try {
            return new Outcome<>(call.call(worker), null, null);
        } catch (GridException e) {
            return new Outcome<>(null, e, null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, null, e);
        }
    }
}
