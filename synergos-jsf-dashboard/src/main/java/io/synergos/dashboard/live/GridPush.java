package io.synergos.dashboard.live;

import io.synergos.ttp.LiveGrid;
import io.synergos.ttp.LiveGrids;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.ServletContext;
import jakarta.websocket.Session;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pushes every change of a live grid to the pages over the dashboard's WebSocket {@link GridSocket}: the run page
 * moves its progress and curves, the participants page its grid table. At most one message per run every
 * {@value #MIN_INTERVAL_MS} ms, except that a grid's first, last and connection changes always go out: a grid of fast
 * rounds does not flood the browsers (the page shows every round again when it is reloaded). (Its own endpoint rather
 * than Faces' {@code <f:websocket>}, whose inline script a Content-Security-Policy without 'unsafe-inline' refuses.)
 */
@ApplicationScoped
public class GridPush {

    static final long MIN_INTERVAL_MS = 200;

    @Inject
    LiveGrids grids;

    private final Set<Session> pages = ConcurrentHashMap.newKeySet();

    private final Map<Long, Long> lastSent = new ConcurrentHashMap<>();
    private final Map<Long, Integer> lastConnected = new ConcurrentHashMap<>();
    private Runnable subscription;

    void start(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        subscription = grids.listen(this::changed);
    }

    @PreDestroy
    void stop() {
        if (subscription != null) {
            subscription.run();
        }
    }

    private void changed(LiveGrid grid) {
        long now = System.nanoTime();
        int connected = (int) grid.workers().stream().filter(LiveGrid.Worker::connected).count();
        Integer before = lastConnected.put(grid.runId(), connected);
        boolean always = grid.ended() != null || grid.round() == grid.rounds() || before == null
                || before != connected;
        Long last = lastSent.get(grid.runId());
        if (!always && last != null && now - last < MIN_INTERVAL_MS * 1_000_000) {
            return;
        }
        if (grid.ended() != null) {
            lastSent.remove(grid.runId());
            lastConnected.remove(grid.runId());
        } else {
            lastSent.put(grid.runId(), now);
        }
        String message = json(grid);
        for (Session page : pages) {
            if (page.isOpen()) {
                page.getAsyncRemote().sendText(message);
            } else {
                pages.remove(page);
            }
        }
    }

    /** A page listens (its socket is open and signed in). */
    void open(Session page) {
        pages.add(page);
    }

    void close(Session page) {
        pages.remove(page);
    }


    /** The message: the grid as JSON text (the page parses it); the same shape the participants page renders. */
    public static String json(LiveGrid grid) {
        var workers = Json.createArrayBuilder();
        for (LiveGrid.Worker w : grid.workers()) {
            JsonObjectBuilder worker = Json.createObjectBuilder().add("name", w.name()).add("connected", w.connected())
                    .add("standing", w.standing()).add("round", w.round());
            if (w.loss() != null && Double.isFinite(w.loss())) {
                worker.add("loss", w.loss());
            }
            workers.add(worker);
        }
        JsonObjectBuilder json = Json.createObjectBuilder().add("runId", grid.runId()).add("phase", grid.phase())
                .add("round", grid.round()).add("rounds", grid.rounds()).add("workers", workers);
        if (grid.loss() != null && Double.isFinite(grid.loss())) {
            json.add("loss", grid.loss());
        }
        if (grid.roundMillis() != null) {
            json.add("millis", grid.roundMillis());
        }
        if (grid.ended() != null) {
            json.add("ended", grid.ended());
        }
        return json.build().toString();
    }
}
