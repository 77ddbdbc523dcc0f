package io.synergos.serving;

import io.synergos.federation.serving.Prediction;
import io.synergos.federation.serving.ServingPipeline;
import io.synergos.lifecycle.ModelRegistry;
import io.synergos.node.Json;
import io.synergos.node.ModelArtefact;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.registry.ModelVersion;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Serves each project's Production model. The served model is an immutable {@link Served} held in a map; a
 * promotion builds the new one completely and then replaces the entry in one atomic put, so every request is
 * answered by exactly one version, old or new, and none fails during the swap. A promotion made through this
 * node swaps before its response; one made on another TTP sharing the database is picked up by a check every
 * {@code synergos.serving.refresh-seconds} (default 5).
 */
@ApplicationScoped
public class ModelServer {

    private static final Logger LOG = Logger.getLogger(ModelServer.class.getName());

    /** One project's served model: the registry version and its pipeline. */
    public record Served(long versionId, int number, String checksum, ServingPipeline pipeline) {
    }

    /** A batch of predictions and the version that made them. */
    public record Answer(int modelVersion, String checksum, List<Prediction> predictions) {
    }

    private final Map<Long, Served> served = new ConcurrentHashMap<>();
    private ScheduledFuture<?> refresher;

    @Inject
    ModelRegistry registry;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @PostConstruct
    void start() {
        long seconds = Long.getLong("synergos.serving.refresh-seconds", 5);
        refresher = scheduler.scheduleWithFixedDelay(this::refreshAll, seconds, seconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (refresher != null) {
            refresher.cancel(false);
        }
    }

    public Answer predict(long projectId, List<? extends Map<String, ?>> records) {
        Served model = served.get(projectId);
        if (model == null) {
            model = reload(projectId);
        }
        if (model == null) {
            throw new NotFoundException("project " + projectId + " has no model version in Production; promote one "
                    + "with POST /api/registry/projects/" + projectId + "/versions/{version}/transitions");
        }
        return new Answer(model.number(), model.checksum(), model.pipeline().predict(records));
    }

    /** Loads the project's Production version (if it changed) and swaps it in; returns what is served now. */
    public Served reload(long projectId) {
        ModelVersion production = registry.production(projectId);
        if (production == null) {
            served.remove(projectId);
            return null;
        }
        Served current = served.get(projectId);
        if (current != null && current.versionId() == production.getId()) {
            return current;
        }
        ModelArtefact artefact = Json.read(production.getArtefact(), ModelArtefact.class);
        Served next = new Served(production.getId(), production.getNumber(), production.getChecksum(),
                new ServingPipeline(artefact.spec(), artefact.alignment(), artefact.parameters()));
        served.put(projectId, next);
        LOG.info(() -> "project " + projectId + ": now serving model version " + next.number());
        return next;
    }

    private void refreshAll() {
        for (Long projectId : served.keySet()) {
            try {
                reload(projectId);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "project " + projectId + ": could not refresh the served model", e);
            }
        }
    }
}
