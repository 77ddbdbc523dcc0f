package io.synergos.lifecycle;

import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.registry.ModelVersion;
import io.synergos.persistence.registry.Stage;
import io.synergos.persistence.registry.StageTransition;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RoundResult;
import jakarta.ejb.Stateless;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The model registry: every trained global model becomes a version of its project, with lineage and checksum;
 * stage transitions are audited, and a project has at most one Production version (promoting one archives the
 * previous one in the same transaction). Version numbers and the Production slot are guarded by a lock on the
 * project row, so parallel jobs and concurrent promotions cannot collide.
 */
@Stateless
public class ModelRegistry {

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    /** Registers the run's trained global model (called in the transaction that records the training's end). */
    public ModelVersion register(Run run, String artefact) {
        Project project = em.find(Project.class, run.getExperiment().getProject().getId(),
                LockModeType.PESSIMISTIC_WRITE);
        Integer last = em.createQuery("select max(v.number) from ModelVersion v where v.project = :p", Integer.class)
                .setParameter("p", project).getSingleResult();
        ModelVersion version = new ModelVersion(project, run, last == null ? 1 : last + 1, sha256(artefact),
                lineage(run), artefact);
        em.persist(version);
        return version;
    }

    public List<ModelVersion> versions(long projectId) {
        project(projectId);
        return em.createQuery("select v from ModelVersion v where v.project.id = :p order by v.number",
                ModelVersion.class).setParameter("p", projectId).getResultList();
    }

    public ModelVersion version(long projectId, int number) {
        List<ModelVersion> found = em.createQuery(
                        "select v from ModelVersion v where v.project.id = :p and v.number = :n", ModelVersion.class)
                .setParameter("p", projectId).setParameter("n", number).getResultList();
        if (found.isEmpty()) {
            project(projectId);
            throw new NotFoundException("project " + projectId + " has no model version " + number);
        }
        return found.get(0);
    }

    /** The version with its transitions loaded, for use after this call's transaction has ended. */
    public ModelVersion versionWithHistory(long projectId, int number) {
        ModelVersion version = version(projectId, number);
        version.getTransitions().size();
        return version;
    }

    /**
     * The contribution computations of the run that produced the version, newest first: part of its lineage
     * (who contributed what to the model), kept up to date rather than frozen, since they may come later.
     */
    public List<io.synergos.persistence.contribution.Contribution> contributions(ModelVersion version) {
        // with their values: callers outside a transaction (a transition's answer) read them after this returns
        return em.createQuery("select distinct c from Contribution c left join fetch c.values where c.run = :r "
                        + "order by c.id desc",
                io.synergos.persistence.contribution.Contribution.class).setParameter("r", version.getRun())
                .getResultList();
    }

    /** The project's Production version, if any. */
    public ModelVersion production(long projectId) {
        return em.createQuery("select v from ModelVersion v where v.project.id = :p and v.stage = :s",
                        ModelVersion.class).setParameter("p", projectId).setParameter("s", Stage.PRODUCTION)
                .getResultStream().findFirst().orElse(null);
    }

    /** Every transition of the project's versions, oldest first: the registry's audit trail. */
    public List<StageTransition> auditTrail(long projectId) {
        project(projectId);
        return em.createQuery("select t from StageTransition t where t.modelVersion.project.id = :p order by t.id",
                StageTransition.class).setParameter("p", projectId).getResultList();
    }

    /**
     * Moves version {@code number} of the project to {@code target}, recording who and why. Moving to PRODUCTION
     * archives the current Production version (recorded as its own transition with the same actor).
     */
    public ModelVersion transition(long projectId, int number, Stage target, String actor, String reason) {
        if (target == null) {
            throw new InvalidInputException("stage", "is required: one of " + List.of(Stage.values()));
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: say why the version changes stage");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "must be at most 2000 characters");
        }
        Project project = project(projectId);
        em.lock(project, LockModeType.PESSIMISTIC_WRITE);
        ModelVersion version = version(projectId, number);
        Stage from = version.getStage();
        if (!from.canMoveTo(target)) {
            throw new ConflictException("version " + number + " of project " + projectId + " is " + from
                    + "; it can move to " + from.next() + ", not " + target);
        }
        if (target == Stage.PRODUCTION) {
            ModelVersion current = production(projectId);
            if (current != null) {
                record(current, Stage.ARCHIVED, actor, "replaced in production by version " + number + ": " + reason);
            }
        }
        record(version, target, actor, reason);
        return version;
    }

    private void record(ModelVersion version, Stage target, String actor, String reason) {
        StageTransition transition = new StageTransition(version, version.getStage(), target, actor, reason);
        em.persist(transition);
        version.getTransitions().add(transition);
        version.setStage(target);
        em.flush();
    }

    /**
     * A new run of the version's experiment that starts from the version's parameters and alignment, with the
     * given hyperparameters (the version's own when null).
     */
    public Run restore(long projectId, int number, String runName, Hyperparameters hyperparameters) {
        ModelVersion version = version(projectId, number);
        Experiment experiment = version.getRun().getExperiment();
        if (runName == null || runName.isBlank()) {
            throw new InvalidInputException("name", "is required: the new run's name");
        }
        if (experiment.getRuns().stream().anyMatch(r -> r.getName().equals(runName))) {
            throw new ConflictException("experiment '" + experiment.getName() + "' already has a run '" + runName + "'");
        }
        Hyperparameters h = hyperparameters != null ? hyperparameters
                : io.synergos.node.Json.read(io.synergos.node.Json.write(version.getRun().getHyperparameters()),
                Hyperparameters.class);
        Run run = new Run(experiment, runName, h);
        run.setInitialModelVersionId(version.getId());
        em.persist(run);
        experiment.getRuns().add(run);
        return run;
    }

    /** Copies the run's overall evaluation metrics onto the versions it produced. */
    public void recordMetrics(Run run, String overallMetrics) {
        em.createQuery("update ModelVersion v set v.metrics = :m where v.run = :r")
                .setParameter("m", overallMetrics).setParameter("r", run).executeUpdate();
    }

    private Project project(long id) {
        Project project = em.find(Project.class, id);
        if (project == null) {
            throw new NotFoundException("no project with id " + id);
        }
        return project;
    }

    private static String lineage(Run run) {
        Experiment experiment = run.getExperiment();
        JsonArrayBuilder participants = Json.createArrayBuilder();
        experiment.getProject().getRegistrations().stream()
                .sorted(Comparator.comparing((Registration r) -> r.getParticipant().getName()))
                .forEach(r -> participants.add(Json.createObjectBuilder().add("name", r.getParticipant().getName())
                        .add("dataTags", Json.createObjectBuilder(new LinkedHashMap<String, Object>(r.datasetsByTagName())))));
        List<RoundResult> rounds = run.getRounds();
        JsonObjectBuilder lineage = Json.createObjectBuilder()
                .add("projectId", experiment.getProject().getId())
                .add("experimentId", experiment.getId())
                .add("experiment", experiment.getName())
                .add("modelType", experiment.getModelType().name())
                .add("hiddenLayers", experiment.getHiddenLayers())
                .add("activation", experiment.getActivation())
                .add("runId", run.getId())
                .add("run", run.getName())
                .add("hyperparameters", Json.createReader(new java.io.StringReader(
                        io.synergos.node.Json.write(run.getHyperparameters()))).readObject())
                .add("participants", participants)
                .add("rounds", rounds.size());
        if (!rounds.isEmpty()) {
            lineage.add("finalLoss", rounds.get(rounds.size() - 1).getGlobalLoss());
        }
        if (run.getInitialModelVersionId() != null) {
            lineage.add("startedFromModelVersionId", run.getInitialModelVersionId());
        }
        return lineage.build().toString();
    }

    static String sha256(String artefact) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(artefact.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
