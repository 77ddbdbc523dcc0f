package io.synergos.contribution;

import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.contribution.ContributionMetric;
import io.synergos.federation.contribution.FreeRiderDetector;
import io.synergos.federation.contribution.InTrainingValuation;
import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.node.Json;
import io.synergos.node.NodeConfig;
import io.synergos.node.NotFoundException;
import io.synergos.orchestration.ContributionStages;
import io.synergos.orchestration.JobQueue;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.contribution.ContributionValue;
import io.synergos.persistence.orchestration.Job;
import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.run.RoundResult;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import io.synergos.ttp.RunLedger;
import io.synergos.ttp.RunPlan;
import io.synergos.ttp.Validators;
import io.synergos.ttp.Valuations;
import io.synergos.websocket.ttp.GridException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Contribution at the TTP: a request becomes a {@link Contribution} and a job on the orchestration queue
 * (cancellable, retried and dead-lettered like a run's), with every bad input refused before anything is stored.
 * Results are read here; an admin may override a free-rider flag, with a reason.
 */
@Stateless
public class ContributionService {

    public static final List<String> METHODS = List.of("exact", "leave-one-out", "in-training");

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Inject
    JobQueue queue;

    @Inject
    NodeConfig node;

    @Inject
    RunLedger runs;

    public ContributionView request(long runId, ContributionRequest request, String actor) {
        if (node.role() != NodeConfig.Role.TTP) {
            throw new ConflictException("node " + node.name() + " is a Worker; contributions are computed at the TTP");
        }
        Run run = run(runId);
        if (request == null) {
            throw new InvalidInputException("body", "is required: {\"method\": \"exact\" | \"leave-one-out\" | "
                    + "\"in-training\"}");
        }
        String method = request.method() == null ? "" : request.method().trim().toLowerCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new InvalidInputException("method", "must be one of " + String.join(", ", METHODS) + ", not '"
                    + request.method() + "'");
        }
        if (run.isCoalition()) {
            throw new ConflictException("run " + runId + " is a coalition run of contribution "
                    + run.getCoalitionOf().getId() + "; value run " + run.getCoalitionOf().getRun().getId() + " instead");
        }
        if ((run.getStatus() != RunStatus.TRAINED && run.getStatus() != RunStatus.EVALUATED)
                || run.getAlignment() == null) {
            throw new ConflictException("run " + runId + " has not trained (it is " + run.getStatus() + "); a "
                    + "contribution is computed on a trained model, so train it first");
        }
        FeatureAlignment alignment = Json.read(run.getAlignment(), FeatureAlignment.class);
        List<String> participants = participants(run);
        Map<String, Registration> registered = registrations(run);
        List<String> gone = participants.stream().filter(p -> !registered.containsKey(p)
                || registered.get(p).datasetsByTag().getOrDefault(DataTag.Tag.TRAIN, List.of()).isEmpty()).toList();
        if (!gone.isEmpty()) {
            throw new ConflictException("run " + runId + " trained on " + participants + ", but " + gone + " "
                    + (gone.size() == 1 ? "is" : "are") + " no longer registered with data tagged train in project '"
                    + run.getExperiment().getProject().getName() + "'; its contribution cannot be computed");
        }
        ContributionMetric metric = metric(request.metric() != null ? request.metric()
                : run.getExperiment().getProject().getContributionMetric(), alignment);
        List<String> validators = validators(request.validators(), runId);
        int n = participants.size();
        if (method.equals("exact") && n > node.exactMaxParticipants()) {
            throw new InvalidInputException("method", String.format(Locale.ROOT, "exact retrains every coalition: for "
                    + "%d participants that is 2^%d - 2 = %d grids besides the run itself; the limit is %d participants "
                    + "(synergos.contribution.exact-max-participants); use in-training or leave-one-out",
                    n, n, (1L << n) - 2, node.exactMaxParticipants()));
        }
        if (method.equals("in-training") && !run.isUpdatesKept()) {
            throw new ConflictException("run " + runId + " kept no round updates (its model is too large for "
                    + "synergos.contribution.keep-updates-mb, or it trained before updates were kept), so in-training "
                    + "contribution cannot be recomputed without retraining; use exact or leave-one-out, or train a run "
                    + "that values contributions in training");
        }
        int permutations = request.maxPermutations() == null ? 100 : request.maxPermutations();
        if (permutations < 1 || permutations > 10_000) {
            throw new InvalidInputException("maxPermutations", "must be between 1 and 10000, not " + permutations);
        }
        FreeRiderDetector.Thresholds thresholds = thresholds(request.thresholds());
        int attempts = request.maxAttempts() == null ? node.jobMaxAttempts() : request.maxAttempts();
        if (attempts < 1 || attempts > 20) {
            throw new InvalidInputException("maxAttempts", "must be between 1 and 20, not " + attempts);
        }
        long seed = request.seed() == null ? run.getHyperparameters().getSeed() : request.seed();
        InTrainingValuation.Settings defaults = InTrainingValuation.Settings.defaults(metric, seed);
        InTrainingValuation.Settings settings = new InTrainingValuation.Settings(metric,
                Boolean.TRUE.equals(request.sampled()) ? 0 : defaults.exactRoundLimit(),
                new io.synergos.federation.contribution.PermutationSampling.Options(
                        Math.min(defaults.sampling().minPermutations(), permutations), permutations,
                        defaults.sampling().tolerance(), 0, defaults.sampling().levelsPerCall(), seed),
                defaults.truncation(), defaults.skip());
        String parameters = method.equals("in-training") ? Valuations.parameters(settings, thresholds)
                : jakarta.json.Json.createObjectBuilder().add("thresholds", Valuations.thresholds(thresholds)).build()
                        .toString();
        Contribution contribution = new Contribution(run, method, metric.wireName(), String.join(",", validators),
                parameters, actor);
        em.persist(contribution);
        Job job = Job.forContribution(contribution, attempts, method.equals("in-training")
                ? ContributionStages.VALUATE : ContributionStages.PREPARE);
        em.persist(job);
        em.flush();
        queue.send(job.getId(), 1, 0);
        return ContributionView.of(contribution, job.getId());
    }

    public ContributionView view(long id) {
        Contribution contribution = contribution(id);
        return ContributionView.of(contribution, jobOf(contribution));
    }

    /** The run's contribution computations, newest first. */
    public List<ContributionView> ofRun(long runId) {
        run(runId);
        return em.createQuery("select c from Contribution c where c.run.id = :r order by c.id desc", Contribution.class)
                .setParameter("r", runId).getResultStream().map(c -> ContributionView.of(c, jobOf(c))).toList();
    }

    /** Lets a flagged participant's reward through: the flag stays, with who overrode it, when and why. */
    public ContributionView override(long id, String participant, String reason, String actor) {
        Contribution contribution = contribution(id);
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "is required: say why the flag is overridden");
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException("reason", "must be at most 2000 characters");
        }
        ContributionValue value = contribution.getValues().stream().filter(v -> v.getParticipant().equals(participant))
                .findFirst().orElseThrow(() -> new NotFoundException("contribution " + id + " has no participant '"
                        + participant + "'"));
        if (!value.isFlagged()) {
            throw new ConflictException("participant '" + participant + "' is not flagged in contribution " + id
                    + "; there is nothing to override");
        }
        if (value.isOverridden()) {
            throw new ConflictException("the flag of '" + participant + "' was already overridden by "
                    + value.getOverriddenBy() + " at " + value.getOverriddenAt() + ": " + value.getOverrideReason());
        }
        value.override(reason, actor);
        return ContributionView.of(contribution, jobOf(contribution));
    }

    /** The participants of the run's project that have evaluate data: who can validate. */
    public List<String> participantsWithEvaluateData(long runId) {
        return registrations(run(runId)).entrySet().stream().filter(e -> !e.getValue().datasetsByTag()
                .getOrDefault(DataTag.Tag.EVALUATE, List.of()).isEmpty()).map(Map.Entry::getKey).toList();
    }

    /** The participants a run trained on, by name: those that reported a local loss in its first round. */
    static List<String> participants(Run run) {
        return run.getRounds().stream().min(Comparator.comparingInt(RoundResult::getRound))
                .map(r -> r.getLocalLosses().keySet().stream().sorted().toList()).orElse(List.of());
    }

    private static Map<String, Registration> registrations(Run run) {
        Map<String, Registration> byName = new TreeMap<>();
        run.getExperiment().getProject().getRegistrations().forEach(r -> byName.put(r.getParticipant().getName(), r));
        return byName;
    }

    private static ContributionMetric metric(String name, FeatureAlignment alignment) {
        ContributionMetric metric;
        try {
            metric = name == null ? ContributionMetric.defaultFor(alignment.task()) : ContributionMetric.of(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("metric", e.getMessage());
        }
        if (!metric.fits(alignment.task())) {
            throw new InvalidInputException("metric", metric + " does not fit this run's "
                    + alignment.task().name().toLowerCase(Locale.ROOT) + " task");
        }
        return metric;
    }

    /** The validators asked for, or every participant with evaluate data; refused as bad input otherwise. */
    private List<String> validators(List<String> named, long runId) {
        try {
            return Validators.of(runs.plan(runId), named == null ? List.of() : named).stream()
                    .map(RunPlan.WorkerPlan::name).toList();
        } catch (GridException e) {
            throw new InvalidInputException("validators", e.getMessage());
        }
    }

    private static FreeRiderDetector.Thresholds thresholds(ContributionRequest.Thresholds t) {
        FreeRiderDetector.Thresholds d = FreeRiderDetector.Thresholds.DEFAULTS;
        if (t == null) {
            return d;
        }
        FreeRiderDetector.Thresholds result = new FreeRiderDetector.Thresholds(
                t.minShare() == null ? d.minShare() : t.minShare(),
                t.minStepRatio() == null ? d.minStepRatio() : t.minStepRatio(),
                t.maxStepRatio() == null ? d.maxStepRatio() : t.maxStepRatio(),
                t.minAgreement() == null ? d.minAgreement() : t.minAgreement());
        if (!(result.minShare() >= 0 && result.minShare() < 1)) {
            throw new InvalidInputException("thresholds.minShare", "must be at least 0 and below 1");
        }
        if (!(result.minStepRatio() >= 0 && result.maxStepRatio() > result.minStepRatio())) {
            throw new InvalidInputException("thresholds.maxStepRatio", "must be above minStepRatio, which must not be "
                    + "negative");
        }
        if (!(result.minAgreement() >= -1 && result.minAgreement() <= 1)) {
            throw new InvalidInputException("thresholds.minAgreement", "must be a cosine, between -1 and 1");
        }
        return result;
    }

    private Long jobOf(Contribution contribution) {
        return em.createQuery("select j.id from Job j where j.contribution = :c order by j.id desc", Long.class)
                .setParameter("c", contribution).setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Run run(long runId) {
        Run run = em.find(Run.class, runId);
        if (run == null) {
            throw new NotFoundException("no run with id " + runId);
        }
        return run;
    }

    private Contribution contribution(long id) {
        Contribution contribution = em.find(Contribution.class, id);
        if (contribution == null) {
            throw new NotFoundException("no contribution with id " + id);
        }
        return contribution;
    }
}
