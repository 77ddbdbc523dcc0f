package io.synergos.metadata;

import io.openlineage.client.OpenLineage;
import io.openlineage.client.OpenLineageClient;
import io.openlineage.client.transports.ApiKeyTokenProvider;
import io.openlineage.client.transports.HttpConfig;
import io.openlineage.client.transports.HttpTransport;
import io.synergos.persistence.participant.DataTag;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends OpenLineage run events (START, COMPLETE, FAIL, ABORT) for every training and evaluation to the HTTP
 * endpoint an operator configured, so that Marquez, DataHub or OpenMetadata see which data fed which model. With no
 * endpoint ({@code synergos.openlineage.url} unset) nothing is built or sent. Sending never slows or fails a run:
 * events leave in order on the container's executor, and one that cannot be delivered is logged and dropped.
 *
 * <p>System properties: {@code synergos.openlineage.url} (e.g. {@code http://marquez:5000}),
 * {@code synergos.openlineage.endpoint} (default {@code /api/v1/lineage}), {@code synergos.openlineage.api-key}
 * (sent as a Bearer token; kept in the node's credential store), {@code synergos.openlineage.namespace} (the jobs' namespace, default {@code synergos})
 * and {@code synergos.openlineage.timeout-ms} (default 5000).
 */
@ApplicationScoped
public class OpenLineageEmitter {

    private static final Logger LOG = Logger.getLogger(OpenLineageEmitter.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Inject
    io.synergos.access.ServerSecrets secrets;

    @Inject
    LineageService lineage;

    private OpenLineageClient client;
    private String configuredUrl;
    private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

    /** True when an endpoint is configured. */
    public boolean enabled() {
        String url = System.getProperty("synergos.openlineage.url");
        return url != null && !url.isBlank();
    }

    /** A new OpenLineage run id for one phase of a run; every event of the phase carries it. */
    public UUID newRunId() {
        return UUID.randomUUID();
    }

    /**
     * Sends the event of {@code type} for a run's phase ({@code tag} TRAIN or EVALUATE); {@code error} says why a
     * FAIL failed. Does nothing without an endpoint; never throws.
     */
    public void emit(long runId, DataTag.Tag tag, OpenLineage.RunEvent.EventType type, UUID olRunId, String error) {
        if (!enabled()) {
            return;
        }
        OpenLineage.RunEvent event;
        try {
            event = OpenLineageRunEvents.event(lineage.phaseFacts(runId, tag,
                            System.getProperty("synergos.openlineage.namespace", "synergos")), type, olRunId,
                    ZonedDateTime.now(ZoneOffset.UTC), error);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + runId + ": no OpenLineage " + type + " event (" + e + ")", e);
            return;
        }
        send(runId, type, event);
    }

    private synchronized void send(long runId, OpenLineage.RunEvent.EventType type, OpenLineage.RunEvent event) {
        // an earlier event that failed in an unexpected way must not hold back the ones after it
        last = last.exceptionally(e -> null).thenRunAsync(() -> {
            try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
                client().emit(event);
            } catch (RuntimeException e) {
                LOG.warning("run " + runId + ": the OpenLineage " + type + " event could not be delivered to "
                        + System.getProperty("synergos.openlineage.url") + ": " + e);
            }
        }, executor);
    }

    /** The client for the configured endpoint, rebuilt when the configuration changes. */
    private synchronized OpenLineageClient client() {
        String url = System.getProperty("synergos.openlineage.url");
        if (client == null || !url.equals(configuredUrl)) {
            close();
            HttpConfig config = new HttpConfig();
            config.setUrl(URI.create(url));
            config.setEndpoint(System.getProperty("synergos.openlineage.endpoint", "/api/v1/lineage"));
            config.setTimeoutInMillis(Integer.getInteger("synergos.openlineage.timeout-ms", 5000));
            String key = secrets.get(io.synergos.access.ServerSecrets.OPENLINEAGE_API_KEY).orElse(null);
            if (key != null) {
                ApiKeyTokenProvider auth = new ApiKeyTokenProvider();
                auth.setApiKey(key);
                config.setAuth(auth);
            }
            client = new OpenLineageClient(new HttpTransport(config));
            configuredUrl = url;
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            try {
                client.close();
            } catch (Exception e) {
                LOG.fine("closing the OpenLineage client: " + e);
            }
            client = null;
        }
    }
}
