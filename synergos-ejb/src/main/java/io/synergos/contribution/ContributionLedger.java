package io.synergos.contribution;

import io.synergos.federation.contribution.Assessment;
import io.synergos.federation.contribution.Coalitions;
import io.synergos.federation.contribution.ContributionMetric;
import io.synergos.federation.contribution.FreeRiderDetector;
import io.synergos.federation.contribution.InTrainingValuation;
import io.synergos.federation.contribution.PermutationSampling;
import io.synergos.federation.contribution.RetrainingValuation;
import io.synergos.federation.contribution.UpdateStatistics;
import io.synergos.node.Json;
import io.synergos.node.NotFoundException;
import io.synergos.orchestration.ContributionStages;
import io.synergos.orchestration.JobLedger;
import io.synergos.orchestration.JobQueue;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.orchestration.Job;
import io.synergos.persistence.orchestration.JobStatus;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.RoundUpdates;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import io.synergos.ttp.ContributionRecords;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every state change of a contribution job's stages, each in its own transaction: queuing the coalition runs
 * (with their jobs and messages, and the parent job's wait, in one transaction), reading what a valuation needs,
 * and recording its outcome.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ContributionLedger {

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Inject
    JobQueue queue;

    @Inject
    JobLedger jobs;

    /**
     * Queues a coalition run, and its job, for every coalition the method retrains (if an earlier attempt has not
     * already) and makes the contribution job wait for them. Returns how many there are; with none (leave-one-out
     * of a single participant) the job moves straight on to valuing.
     */
    public int prepare(long jobId) {
        Job parent = em.find(Job.class, jobId);
        Contribution contribution = parent.getContribution();
        Run valued = contribution.getRun();
        List<String> participants = ContributionService.participants(valued);
        List<Integer> masks = RetrainingValuation.coalitionsFor(contribution.getMethod(), participants.size());
        if (masks.isEmpty()) {
            parent.setStage(ContributionStages.VALUATE);
            return 0;
        }
        List<Run> existing = coalitionRuns(contribution);
        for (int mask : masks) {
            String name = coalitionName(contribution, mask);
            if (existing.stream().anyMatch(r -> r.getName().equals(name))) {
                continue;
            }
            Run run = new Run(valued.getExperiment(), name, copy(valued.getHyperparameters()));
            run.setInitialModelVersionId(valued.getInitialModelVersionId());
            run.makeCoalition(contribution, Coalitions.members(mask, participants), valued.getAlignment());
            run.moveTo(RunStatus.QUEUED, "coalition " + Coalitions.members(mask, participants) + " of contribution "
                    + contribution.getId());
            em.persist(run);
            valued.getExperiment().getRuns().add(run);
            Job job = Job.forCoalition(parent, run, parent.getMaxAttempts());
            em.persist(job);
            em.flush();
            queue.send(job.getId(), 1, 0);
        }
        jobs.waitForCoalitions(jobId);
        return masks.size();
    }

    /** Everything a valuation needs, detached. */
    public record ValuationInput(long contributionId, long runId, String method, ContributionMetric metric,
                                 List<String> validators, List<String> participants, Map<Integer, String> coalitionModels,
                                 Map<Integer, Long> coalitionRuns, Map<String, UpdateStatistics.Summary> statistics,
                                 InTrainingValuation.Settings settings, FreeRiderDetector.Thresholds thresholds,
                                 List<byte[]> keptRounds) {
    }

    public ValuationInput valuationInput(long contributionId) {
        Contribution c = contribution(contributionId);
        Run run = c.getRun();
        List<String> participants = ContributionService.participants(run);
        Map<Integer, String> models = new HashMap<>();
        Map<Integer, Long> runs = new HashMap<>();
        for (Run coalition : coalitionRuns(c)) {
            int mask = 0;
            for (String member : coalition.getCoalition().split(",")) {
                mask |= 1 << participants.indexOf(member);
            }
            models.put(mask, coalition.getArtefact());
            runs.put(mask, coalition.getId());
        }
        Map<String, UpdateStatistics.Summary> statistics = new HashMap<>();
        if (run.getUpdateStatistics() != null) {
            for (UpdateStatistics.Summary s : Json.read(run.getUpdateStatistics(), UpdateStatistics.Summary[].class)) {
                statistics.put(s.participant(), s);
            }
        }
        JsonObject parameters = jakarta.json.Json.createReader(new StringReader(c.getParameters())).readObject();
        ContributionMetric metric = ContributionMetric.of(c.getMetric());
        List<byte[]> rounds = c.getMethod().equals("in-training") ? em.createQuery(
                "select u from RoundUpdates u where u.run = :r order by u.round", RoundUpdates.class)
                .setParameter("r", run).getResultStream().map(RoundUpdates::getData).toList() : List.of();
        return new ValuationInput(c.getId(), run.getId(), c.getMethod(), metric,
                ContributionView.names(c.getValidators()), participants, models, runs, statistics,
                settings(parameters, metric), thresholds(parameters.getJsonObject("thresholds")), rounds);
    }

    /** Records the values and flags, the cost (grids started; wall time since the job first started). */
    public void record(long contributionId, Assessment assessment, int gridsStarted, String details) {
        Contribution c = contribution(contributionId);
        long wall = Duration.between(c.getStartedAt() == null ? c.getRequestedAt() : c.getStartedAt(), Instant.now())
                .toMillis();
        ContributionRecords.complete(em, c, assessment, gridsStarted, wall, details);
    }

    /** True when the contribution's job has been asked to cancel. */
    public boolean cancelRequested(long jobId) {
        Job job = em.find(Job.class, jobId);
        return job == null || job.isCancelRequested() || job.getStatus() == JobStatus.CANCELLED;
    }

    private List<Run> coalitionRuns(Contribution contribution) {
        return em.createQuery("select r from Run r where r.coalitionOf = :c", Run.class)
                .setParameter("c", contribution).getResultList();
    }

    static String coalitionName(Contribution contribution, int mask) {
        return "contribution" + contribution.getId() + "-coalition" + mask;
    }

    private static Hyperparameters copy(Hyperparameters h) {
        return Json.read(Json.write(h), Hyperparameters.class);
    }

    private static InTrainingValuation.Settings settings(JsonObject p, ContributionMetric metric) {
        if (!p.containsKey("exactRoundLimit")) {
            return InTrainingValuation.Settings.defaults(metric, 0);
        }
        long seed = p.getJsonNumber("seed").longValue();
        return new InTrainingValuation.Settings(metric, p.getInt("exactRoundLimit"), new PermutationSampling.Options(
                p.getInt("minPermutations"), p.getInt("maxPermutations"), p.getJsonNumber("tolerance").doubleValue(), 0,
                p.getInt("levelsPerCall"), seed), p.getJsonNumber("truncation").doubleValue(),
                p.getJsonNumber("skip").doubleValue());
    }

    private static FreeRiderDetector.Thresholds thresholds(JsonObject t) {
        if (t == null) {
            return FreeRiderDetector.Thresholds.DEFAULTS;
        }
        return new FreeRiderDetector.Thresholds(t.getJsonNumber("minShare").doubleValue(),
                t.getJsonNumber("minStepRatio").doubleValue(), t.getJsonNumber("maxStepRatio").doubleValue(),
                t.getJsonNumber("minAgreement").doubleValue());
    }

    private Contribution contribution(long id) {
        Contribution c = em.find(Contribution.class, id);
        if (c == null) {
            throw new NotFoundException("no contribution with id " + id);
        }
        return c;
    }
}
