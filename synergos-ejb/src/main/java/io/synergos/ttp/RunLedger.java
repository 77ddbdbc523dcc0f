package io.synergos.ttp;

import io.synergos.metadata.CatalogRefs;
import io.synergos.node.ConflictException;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.contribution.ContributionStatus;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.run.EvaluationResult;
import io.synergos.persistence.run.PredictionResult;
import io.synergos.persistence.run.RoundResult;
import io.synergos.persistence.run.RoundUpdates;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import io.synergos.lifecycle.ModelRegistry;
import io.synergos.persistence.orchestration.JobStatus;
import io.synergos.persistence.registry.ModelVersion;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Every state change of a run during a grid job, each in its own transaction, so that what a job has
 * recorded survives its failure; only {@link #begin} joins its caller's transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class RunLedger {

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Inject
    io.synergos.access.ControlKeys controlKeys;

    @Inject
    ModelRegistry registry;

    @Inject
    io.synergos.node.NodeConfig node;


    /**
     * Moves the run into {@code busy} if it may go there, and returns the job's plan. Joins the caller's
     * transaction when there is one ({@link GridRunner} then starts the job after that transaction commits).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public RunPlan begin(long runId, RunStatus busy, RunStatus... allowedFrom) {
        Run run = run(runId);
        if (!Arrays.asList(allowedFrom).contains(run.getStatus())) {
            throw new ConflictException("run " + runId + " is " + run.getStatus() + "; " + busy + " needs one of "
                    + Arrays.toString(allowedFrom));
        }
        if (busy == RunStatus.TRAINING) {
            em.createQuery("delete from RoundUpdates u where u.run = :r").setParameter("r", run).executeUpdate();
            em.createQuery("delete from RunCheckpoint c where c.run = :r").setParameter("r", run).executeUpdate();
            run.setUpdatesKept(false);
            run.getRounds().clear();
            run.getEvaluations().clear();
            run.setCompletedRounds(0);
            run.setDatasetVersions(null);
            run.setDataWarnings(List.of());
            run.setStartedAt(Instant.now());
            run.setFinishedAt(null);
        }
        run.moveTo(busy, null);
        run.setNode(node.name());
        return plan(run);
    }

    /**
     * Moves a training run that was in flight when its TTP went down (TRAINING, or QUEUED again for a job) back into
     * TRAINING on this node, to continue from its last checkpoint: rounds recorded after the checkpoint are dropped,
     * since they are trained again. Without a checkpoint the run starts over, as {@link #begin} does. Joins the
     * caller's transaction.
     *
     * @return the plan; its checkpoint is {@link #checkpoint(long)}
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public RunPlan resume(long runId, String why, RunStatus... allowedFrom) {
        Run run = run(runId);
        if (!Arrays.asList(allowedFrom).contains(run.getStatus())) {
            throw new ConflictException("run " + runId + " is " + run.getStatus() + "; resuming needs one of "
                    + Arrays.toString(allowedFrom));
        }
        io.synergos.persistence.run.RunCheckpoint checkpoint = checkpointRow(run);
        if (checkpoint == null) {
            RunPlan plan = begin(runId, RunStatus.TRAINING, run.getStatus());
            run.moveTo(RunStatus.TRAINING, why + "; no round was checkpointed, so it starts over");
            return plan;
        }
        int from = checkpoint.getRounds();
        run.getRounds().removeIf(r -> r.getRound() >= from);
        em.createQuery("delete from RoundUpdates u where u.run = :r and u.round >= :from").setParameter("r", run)
                .setParameter("from", from).executeUpdate();
        run.setCompletedRounds(from);
        run.setNode(node.name());
        run.moveTo(RunStatus.TRAINING, why + "; resumed from its checkpoint after round " + from);
        return plan(run);
    }

    /** The run's last checkpoint, or null when none was saved. */
    public Checkpoint checkpoint(long runId) {
        io.synergos.persistence.run.RunCheckpoint row = checkpointRow(run(runId));
        return row == null ? null : new Checkpoint(row.getRounds(), Checkpoint.parameters(row.getParameters()),
                row.getBestLoss(), row.getRoundsWithoutImprovement(), row.getStatistics());
    }

    private io.synergos.persistence.run.RunCheckpoint checkpointRow(Run run) {
        return em.createQuery("select c from RunCheckpoint c where c.run = :r",
                io.synergos.persistence.run.RunCheckpoint.class).setParameter("r", run).getResultStream().findFirst()
                .orElse(null);
    }

    /** The status of the run now. */
    public RunStatus status(long runId) {
        return run(runId).getStatus();
    }

    /** The updates kept of the run's first {@code rounds} rounds, in round order (fewer when some were not kept). */
    public List<byte[]> keptUpdates(long runId, int rounds) {
        return em.createQuery("select u.data from RoundUpdates u where u.run.id = :r and u.round < :n order by u.round",
                byte[].class).setParameter("r", runId).setParameter("n", rounds).getResultList();
    }

    /**
     * A training run paused at the end of a round because its TTP is stopping: it stays TRAINING, with the reason, and
     * resumes from its checkpoint when the TTP starts again.
     */
    public void pause(long runId, String reason) {
        Run run = em.find(Run.class, runId);
        if (run != null) {
            run.moveTo(RunStatus.TRAINING, reason);
        }
    }

    public RunPlan plan(long runId) {
        return plan(run(runId));
    }

    public void saveAlignment(long runId, String alignment) {
        run(runId).setAlignment(alignment);
    }

    /** What in the participants' data trains but probably should not ({@link io.synergos.federation.alignment.DataWarnings}). */
    public void saveDataWarnings(long runId, List<String> warnings) {
        run(runId).setDataWarnings(warnings);
    }

    /**
     * Records a round and who took part in it (answered, late, absent), with what it started from and each
     * participant's update when {@code keptUpdates} is not null; returns true when a cancel request for the run has
     * arrived meanwhile.
     */
    public boolean saveRound(long runId, int round, double globalLoss, double millis, Map<String, Double> local,
                             List<String> answered, List<String> late, List<String> absent, byte[] keptUpdates) {
        return saveRound(runId, round, globalLoss, millis, local, answered, late, absent, keptUpdates, null);
    }

    /** As above, and the run's checkpoint after this round when {@code checkpoint} is not null, in one transaction. */
    public boolean saveRound(long runId, int round, double globalLoss, double millis, Map<String, Double> local,
                             List<String> answered, List<String> late, List<String> absent, byte[] keptUpdates,
                             Checkpoint checkpoint) {
        Run run = run(runId);
        if (checkpoint != null) {
            io.synergos.persistence.run.RunCheckpoint row = checkpointRow(run);
            boolean first = row == null;
            if (first) {
                row = new io.synergos.persistence.run.RunCheckpoint(run);
            }
            // filled before it is persisted: the insert takes the state it has then
            row.save(checkpoint.rounds(), checkpoint.parameterBytes(), checkpoint.bestLoss(),
                    checkpoint.roundsWithoutImprovement(), checkpoint.statistics(), node.name());
            if (first) {
                em.persist(row);
            }
        }
        em.persist(new RoundResult(run, round, globalLoss, millis, local, answered, late, absent));
        if (keptUpdates != null) {
            em.persist(new RoundUpdates(run, round, keptUpdates));
        }
        run.setUpdatesKept(keptUpdates != null);
        run.setCompletedRounds(round + 1);
        return cancelRequested(runId);
    }

    /**
     * Ends training: registers the global model as the project's next model version (a coalition run keeps it
     * instead) and records the updates' statistics and, when the run valued contributions as it trained, the
     * result, all in one transaction. Returns the version number, or 0 for a coalition run.
     */
    public int finishTraining(long runId, String modelPath, String note, String artefact, String updateStatistics,
                              InTrainingOutcome inTraining) {
        Run run = run(runId);
        dropCheckpoint(run);
        run.setModelPath(modelPath);
        run.setFinishedAt(Instant.now());
        run.setUpdateStatistics(updateStatistics);
        run.moveTo(RunStatus.TRAINED, note);
        if (inTraining != null) {
            Contribution contribution = new Contribution(run, "in-training", inTraining.metric(),
                    inTraining.validators(), inTraining.parameters(), "training of run " + runId);
            em.persist(contribution);
            contribution.moveTo(ContributionStatus.RUNNING, null);
            ContributionRecords.complete(em, contribution, inTraining.assessment(), 0, inTraining.wallMillis(),
                    inTraining.details());
        }
        em.flush();
        if (run.isCoalition()) {
            run.setArtefact(artefact);
            return 0;
        }
        return registry.register(run, artefact).getNumber();
    }

    public void saveEvaluation(long runId, Map<String, String> perWorker, Map<String, Long> samples, String overall,
                               long total) {
        Run run = run(runId);
        run.getEvaluations().clear();
        em.flush();
        perWorker.forEach((worker, metrics) -> run.getEvaluations()
                .add(new EvaluationResult(run, worker, samples.get(worker), metrics)));
        run.getEvaluations().add(new EvaluationResult(run, null, total, overall));
        run.moveTo(RunStatus.EVALUATED, null);
        registry.recordMetrics(run, overall);
    }

    public void savePrediction(long runId, String worker, long count, String status, String message) {
        Run run = run(runId);
        run.getPredictions().add(new PredictionResult(run, worker, count, status, message));
    }

    /** True when the run's live job (queued or running) has been asked to cancel. */
    public boolean cancelRequested(long runId) {
        return em.createQuery("select count(j) from Job j where j.run.id = :r and j.cancelRequested = true "
                        + "and j.status in (:live)", Long.class).setParameter("r", runId)
                .setParameter("live", List.of(JobStatus.QUEUED, JobStatus.RUNNING)).getSingleResult() > 0;
    }

    public void fail(long runId, RunStatus status, String reason) {
        Run run = em.find(Run.class, runId);
        if (run != null) {
            dropCheckpoint(run);
            run.moveTo(status, reason);
            run.setFinishedAt(Instant.now());
        }
    }

    /** A run that ended (trained, failed, stopped) is never resumed: its checkpoint goes. */
    private void dropCheckpoint(Run run) {
        em.createQuery("delete from RunCheckpoint c where c.run = :r").setParameter("r", run).executeUpdate();
    }

    /** Back to where it was before a phase that could not even start. */
    public void restore(long runId, RunStatus status) {
        Run run = em.find(Run.class, runId);
        if (run != null) {
            run.moveTo(status, run.getStatusReason());
        }
    }

    private Run run(long runId) {
        Run run = em.find(Run.class, runId);
        if (run == null) {
            throw new NotFoundException("no run with id " + runId);
        }
        return run;
    }

    private RunPlan plan(Run run) {
        Experiment experiment = run.getExperiment();
        int[] hidden = experiment.getHiddenLayers().isBlank() ? new int[0]
                : Arrays.stream(experiment.getHiddenLayers().split(",")).mapToInt(Integer::parseInt).toArray();
        List<String> coalition = run.isCoalition() ? List.of(run.getCoalition().split(",")) : null;
        List<RunPlan.WorkerPlan> workers = experiment.getProject().getRegistrations().stream()
                .filter(r -> coalition == null || coalition.contains(r.getParticipant().getName()))
                .sorted(java.util.Comparator.comparing(r -> r.getParticipant().getName()))
                .map(this::worker).toList();
        String trained = run.isCoalition() ? run.getArtefact()
                : em.createQuery("select v.artefact from ModelVersion v where v.run = :r order by v.number desc",
                        String.class).setParameter("r", run).setMaxResults(1).getResultStream().findFirst().orElse(null);
        String validators = run.getContribution().getValidators();
        RunPlan.ContributionPlan contribution = new RunPlan.ContributionPlan(
                run.getContribution().isInTraining() && !run.isCoalition(), experiment.getProject().getContributionMetric(),
                validators == null || validators.isBlank() ? List.of()
                        : Arrays.stream(validators.split(",")).map(String::trim).filter(v -> !v.isEmpty()).toList());
        return new RunPlan(run.getId(), experiment.getModelType(), hidden, experiment.getActivation(),
                run.getHyperparameters(), workers, run.getAlignment(), artefact(run.getInitialModelVersionId()),
                trained, run.isCoalition(), contribution, catalog(experiment.getProject(), workers),
                run.getDatasetVersions());
    }

    /** The participants' catalog entries for the datasets they registered, and the project's mismatch policy. */
    private RunPlan.CatalogPlan catalog(io.synergos.persistence.project.Project project,
                                        List<RunPlan.WorkerPlan> workers) {
        Map<String, Map<String, io.synergos.metadata.DatasetVersions.Catalogued>> entries = new java.util.HashMap<>();
        for (RunPlan.WorkerPlan worker : workers) {
            Map<String, io.synergos.metadata.DatasetVersions.Catalogued> own = new java.util.HashMap<>();
            for (io.synergos.persistence.catalog.CatalogDataset d : em.createQuery("select d from CatalogDataset d "
                    + "where d.owner = :o", io.synergos.persistence.catalog.CatalogDataset.class)
                    .setParameter("o", worker.name()).getResultList()) {
                own.put(d.getName(), new io.synergos.metadata.DatasetVersions.Catalogued(d.getId(), d.getVersion()));
            }
            entries.put(worker.name(), own);
        }
        return new RunPlan.CatalogPlan(!"warn".equals(project.getCatalogVersionPolicy()), entries);
    }

    /**
     * Records the exact data a phase used (see {@link io.synergos.metadata.DatasetVersions}): {@code uses} replace
     * what the run recorded for that tag (a phase run again), and keep the other tags'.
     */
    public void saveDatasetVersions(long runId, String tag, List<io.synergos.metadata.DatasetVersions.Use> uses) {
        Run run = run(runId);
        List<io.synergos.metadata.DatasetVersions.Use> all = new java.util.ArrayList<>(
                io.synergos.metadata.DatasetVersions.read(run.getDatasetVersions()));
        all.removeIf(u -> tag.equals(u.tag()));
        all.addAll(uses);
        run.setDatasetVersions(io.synergos.node.Json.write(all));
    }

    private String artefact(Long modelVersionId) {
        if (modelVersionId == null) {
            return null;
        }
        ModelVersion version = em.find(ModelVersion.class, modelVersionId);
        if (version == null) {
            throw new NotFoundException("the model version " + modelVersionId + " this run starts from no longer exists");
        }
        return version.getArtefact();
    }

    /** A registered Worker; a data tag naming {@code catalog:ID} is resolved to that catalog entry's dataset. */
    private RunPlan.WorkerPlan worker(Registration registration) {
        String name = registration.getParticipant().getName();
        Map<io.synergos.persistence.participant.DataTag.Tag, List<String>> byTag = new java.util.LinkedHashMap<>();
        registration.datasetsByTag().forEach((tag, datasets) -> byTag.put(tag, datasets.stream()
                .map(d -> resolve(name, tag, d)).toList()));
        return new RunPlan.WorkerPlan(name, registration.getParticipant().getBaseUrl(),
                controlKeys.reveal(registration.getParticipant()), byTag);
    }

    private String resolve(String participant, io.synergos.persistence.participant.DataTag.Tag tag, String dataset) {
        Long id = CatalogRefs.entryId(dataset);
        if (id == null) {
            return dataset;
        }
        io.synergos.persistence.catalog.CatalogDataset entry = em.find(
                io.synergos.persistence.catalog.CatalogDataset.class, id);
        if (entry == null || !entry.getOwner().equals(participant)) {
            throw new io.synergos.node.InvalidInputException(participant + "'s " + tag.name().toLowerCase(
                    java.util.Locale.ROOT) + " data names catalog entry " + id + ", which is not one of "
                    + participant + "'s entries" + (entry == null ? " (it does not exist or was withdrawn)"
                    : " (it belongs to " + entry.getOwner() + ")"));
        }
        return entry.getName();
    }
}
