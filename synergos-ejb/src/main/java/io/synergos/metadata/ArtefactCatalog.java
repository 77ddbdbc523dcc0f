package io.synergos.metadata;

import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.registry.ModelVersion;
import io.synergos.persistence.registry.Stage;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.Run;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Experiments, runs and model versions in the catalog, catalogued automatically from what registration, training
 * and the model registry record (nothing to publish by hand): their model type, hyperparameters, the datasets and
 * the exact dataset versions they trained on, their metrics, and for a model version its stage, checksum and
 * whether this TTP serves it.
 */
@Stateless
public class ArtefactCatalog {

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @jakarta.inject.Inject
    LineageService lineage;

    /** A run as catalogued. {@code metrics} is the overall evaluation (JSON), null before evaluation. */
    public record RunEntry(long id, String name, String status, Hyperparameters hyperparameters,
                           List<DatasetVersions.Use> datasets, String metrics, Integer modelVersion, Instant createdAt) {
    }

    /** An experiment as catalogued, with its runs, oldest first. */
    public record ExperimentEntry(long id, long projectId, String project, String name, String modelType,
                                  String hiddenLayers, String activation, List<RunEntry> runs) {
    }

    /** A model version as catalogued; {@code served} when it is in Production (this TTP serves it). */
    public record ModelEntry(long id, long projectId, String project, int version, String stage, boolean served,
                             String checksum, String modelType, String experiment, long runId, String run,
                             Hyperparameters hyperparameters, List<DatasetVersions.Use> datasets, String metrics,
                             Instant createdAt) {
    }

    /** Every experiment (of one project, when {@code projectId} is given), oldest first. */
    public List<ExperimentEntry> experiments(Long projectId) {
        return em.createQuery("select e from Experiment e where (:p is null or e.project.id = :p) order by e.id",
                        Experiment.class).setParameter("p", projectId).getResultList().stream()
                .map(e -> new ExperimentEntry(e.getId(), e.getProject().getId(), e.getProject().getName(), e.getName(),
                        e.getModelType().name(), e.getHiddenLayers(), e.getActivation(), e.getRuns().stream()
                        .filter(r -> !r.isCoalition()).map(this::run).toList()))
                .toList();
    }

    /**
     * The model versions, newest first, narrowed by {@code stage} (NONE, STAGING, PRODUCTION, ARCHIVED), by the
     * catalog entry their training read ({@code catalogEntry}), and by {@code modelType}; each filter optional.
     */
    public List<ModelEntry> models(String stage, Long catalogEntry, String modelType) {
        Stage wanted = stage == null || stage.isBlank() ? null : parse(stage);
        StringBuilder jpql = new StringBuilder("select v from ModelVersion v where 1 = 1");
        if (wanted != null) {
            jpql.append(" and v.stage = :stage");
        }
        List<Run> trained = null;
        if (catalogEntry != null) {
            trained = lineage.runsUsing(catalogEntry).stream().filter(r -> LineageService.trainedOn(r, catalogEntry))
                    .toList();
            if (trained.isEmpty()) {
                return List.of();
            }
            jpql.append(" and v.run in :runs");
        }
        var query = em.createQuery(jpql.append(" order by v.createdAt desc, v.id desc").toString(), ModelVersion.class);
        if (wanted != null) {
            query.setParameter("stage", wanted);
        }
        if (trained != null) {
            query.setParameter("runs", trained);
        }
        return query.getResultList().stream()
                .filter(v -> modelType == null || modelType.isBlank() || v.getRun().getExperiment().getModelType().name()
                        .equalsIgnoreCase(modelType))
                .map(ArtefactCatalog::model).toList();
    }

    private RunEntry run(Run r) {
        Integer version = em.createQuery("select v.number from ModelVersion v where v.run = :r order by v.number desc",
                Integer.class).setParameter("r", r).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String metrics = r.getEvaluations().stream().filter(e -> e.getParticipant() == null).map(e -> e.getMetrics())
                .findFirst().orElse(null);
        return new RunEntry(r.getId(), r.getName(), r.getStatus().name(), r.getHyperparameters(),
                DatasetVersions.read(r.getDatasetVersions()), metrics, version, r.getCreatedAt());
    }

    private static ModelEntry model(ModelVersion v) {
        Run r = v.getRun();
        return new ModelEntry(v.getId(), v.getProject().getId(), v.getProject().getName(), v.getNumber(),
                v.getStage().name(), v.getStage() == Stage.PRODUCTION, v.getChecksum(),
                r.getExperiment().getModelType().name(), r.getExperiment().getName(), r.getId(), r.getName(),
                r.getHyperparameters(), DatasetVersions.read(r.getDatasetVersions()), v.getMetrics(), v.getCreatedAt());
    }

    private static Stage parse(String stage) {
        try {
            return Stage.valueOf(stage.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new io.synergos.node.InvalidInputException("stage", "must be NONE, STAGING, PRODUCTION or ARCHIVED, "
                    + "not '" + stage + "'");
        }
    }
}
