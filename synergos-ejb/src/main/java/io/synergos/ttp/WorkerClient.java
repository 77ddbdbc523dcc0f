package io.synergos.ttp;

import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.node.Json;
import io.synergos.websocket.ttp.GridException;
import io.synergos.worker.PhaseRequest;
import io.synergos.node.tls.NodeTls;
import io.synergos.node.tls.TlsFailures;
import io.synergos.node.tls.TlsMismatchException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import static jakarta.ws.rs.core.HttpHeaders.AUTHORIZATION;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * The TTP's REST calls to a Worker's control API: headers, prepare a phase, release a run. Over TLS (the node's own
 * certificate, the federation's CA, the Worker's name checked) unless this node has TLS off.
 */
public final class WorkerClient implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WorkerClient.class.getName());

    /** How long a release may take: a Worker that does not answer it in time is left to free the run itself. */
    private static final Duration RELEASE_TIMEOUT = Duration.ofSeconds(
            Long.getLong("synergos.grid.release-timeout-seconds", 10));

    /**
     * How long a control call may take ({@code synergos.grid.control-timeout-seconds}, default 600): a header or a
     * preparation reads the Worker's files, which takes tens of seconds for a million rows (README, Performance).
     */
    private static final Duration CONTROL_TIMEOUT = Duration.ofSeconds(
            Long.getLong("synergos.grid.control-timeout-seconds", 600));

    /** Connections kept open to Workers, all Workers of a grid together. */
    private static final int POOL = 256;

    private final Client client;
    /** Releases answer at once on a healthy Worker; a stalled one must not hold a failed run's end for a minute. */
    private final Client releases;
    private final NodeTls tls;
    private boolean concurrent = true;

    public WorkerClient(Duration timeout, NodeTls tls) {
        this.tls = tls;
        this.client = build(timeout, CONTROL_TIMEOUT.compareTo(timeout) > 0 ? CONTROL_TIMEOUT : timeout);
        this.releases = build(timeout, RELEASE_TIMEOUT);
    }

    private Client build(Duration connect, Duration read) {
        ClientBuilder builder = ClientBuilder.newBuilder().connectTimeout(connect.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(read.toMillis(), TimeUnit.MILLISECONDS);
        if (tls.enabled()) {
            builder.sslContext(tls.clientContext());
        }
        pool(builder);
        return builder.build();
    }

    /**
     * A pool of connections, so that a grid's set-up can call its Workers at once ({@link AllWorkers}) and reuse each
     * Worker's connection (and its TLS session) from its headers to its release: RESTEasy's client otherwise holds one
     * connection, which concurrent calls must not share. The pool lives as long as the grid: a client kept for the
     * node's life would hold connections to every Worker between runs (and did not make set-up measurably faster). The
     * Jakarta API cannot ask for a pool, so RESTEasy's builder is asked by name; without it, set-up calls the Workers
     * one after another.
     */
    private void pool(ClientBuilder builder) {
        try {
            builder.getClass().getMethod("connectionPoolSize", int.class).invoke(builder, POOL);
            builder.getClass().getMethod("maxPooledPerRoute", int.class).invoke(builder, 4);
        } catch (ReflectiveOperationException | RuntimeException e) {
            concurrent = false;
            LOG.fine(() -> "no connection pool for the Workers' client (" + e + "); set-up calls them in turn");
        }
    }

    /** Whether calls to different Workers may run at the same time on this client. */
    public boolean concurrent() {
        return concurrent;
    }

    /** This node's TLS, with which the grid's sockets are opened too. */
    public NodeTls tls() {
        return tls;
    }

    public DatasetHeader header(RunPlan.WorkerPlan worker, String dataset) throws GridException {
        String json = call(worker, "GET dataset header '" + dataset + "'", () -> authorised(worker,
                client.target(worker.baseUrl()).path("api/worker/datasets/{name}/header")
                        .resolveTemplate("name", dataset)).get());
        return Json.read(json, DatasetHeader.class);
    }

    /**
     * The Worker's profile of one of its datasets for the catalog (schema, rounded row count, version; never rows),
     * computed on the Worker from the file with the owner's {@code request} (label, types, granularity).
     */
    public io.synergos.metadata.DatasetProfile profile(RunPlan.WorkerPlan worker, String dataset,
                                                       io.synergos.metadata.CatalogEntryRequest request)
            throws GridException {
        String json = call(worker, "profile dataset '" + dataset + "'", () -> authorised(worker,
                client.target(worker.baseUrl()).path("api/worker/catalog/{name}/profile")
                        .resolveTemplate("name", dataset)).post(Entity.entity(Json.write(request),
                        MediaType.APPLICATION_JSON)));
        return Json.read(json, io.synergos.metadata.DatasetProfile.class);
    }

    /** Returns the number of rows the Worker prepared. */
    public int prepare(RunPlan.WorkerPlan worker, long runId, PhaseRequest request) throws GridException {
        String json = call(worker, "prepare " + request.phase(), () -> authorised(worker, run(worker, runId))
                .put(Entity.entity(Json.write(request), MediaType.APPLICATION_JSON)));
        return jakarta.json.Json.createReader(new java.io.StringReader(json)).readObject().getInt("rows");
    }

    public void release(RunPlan.WorkerPlan worker, long runId) throws GridException {
        call(worker, "release", () -> authorised(worker, releases.target(worker.baseUrl()).path("api/worker/runs/{run}")
                .resolveTemplate("run", runId)).delete());
    }

    /**
     * Releases the run, trying a second time on a fresh connection if the first fails (a pooled connection
     * may have died with the grid); logs rather than throws, since release happens while cleaning up.
     */
    public void releaseQuietly(RunPlan.WorkerPlan worker, long runId) {
        for (int attempt = 1; attempt <= 2; attempt++) {
            try {
                release(worker, runId);
                return;
            } catch (GridException e) {
                // a Worker that did not answer in time is not asked twice: it frees the run when its socket closes
                if (attempt == 2 || e.getMessage().contains("timed out")) {
                    LOG.warning("run " + runId + ": " + e.getMessage());
                    return;
                }
            }
        }
    }

    private WebTarget run(RunPlan.WorkerPlan worker, long runId) {
        return client.target(worker.baseUrl()).path("api/worker/runs/{run}").resolveTemplate("run", runId);
    }

    /** Every call to a Worker's control API presents its control key. */
    private static Invocation.Builder authorised(RunPlan.WorkerPlan worker, WebTarget target) {
        return target.request(MediaType.APPLICATION_JSON).header(AUTHORIZATION,
                io.synergos.worker.ControlKey.header(worker.accessKey()));
    }

    /** The Worker's grid endpoint for a run. */
    public static URI gridUri(RunPlan.WorkerPlan worker, long runId) {
        String base = worker.baseUrl().replaceFirst("^http", "ws");
        return URI.create(base + (base.endsWith("/") ? "" : "/") + "grid/" + runId);
    }

    private interface Call {
        Response run();
    }

    private String call(RunPlan.WorkerPlan worker, String what, Call call) throws GridException {
        try {
            tls.contextFor(URI.create(worker.baseUrl()));
        } catch (TlsMismatchException | IllegalArgumentException e) {
            throw new GridException("Worker " + worker.name() + " cannot be called (" + what + "): " + e.getMessage());
        }
        try (Response response = call.run()) {
            String body = response.hasEntity() ? response.readEntity(String.class) : "";
            if (response.getStatus() >= 300) {
                throw new GridException("Worker " + worker.name() + " refused to " + what + " (HTTP "
                        + response.getStatus() + "): " + detail(body));
            }
            return body;
        } catch (ProcessingException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new GridException("Worker " + worker.name() + " is unreachable at " + worker.baseUrl() + " ("
                    + what + "): " + TlsFailures.explain(e, cause));
        }
    }

    private static String detail(String problem) {
        try {
            return jakarta.json.Json.createReader(new java.io.StringReader(problem)).readObject()
                    .getString("detail", problem);
        } catch (RuntimeException e) {
            return problem;
        }
    }

    @Override
    public void close() {
        client.close();
        releases.close();
    }
}
