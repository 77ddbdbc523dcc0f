package io.synergos.orchestration;

import io.synergos.lifecycle.MetricRanking;
import io.synergos.lifecycle.RunTracking;
import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.node.Json;
import io.synergos.node.NodeConfig;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.orchestration.Job;
import io.synergos.persistence.orchestration.JobStatus;
import io.synergos.persistence.orchestration.Search;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Orchestration at the TTP: turns a search (or one run) into queued jobs, reports on them, cancels them.
 * Runs, jobs and their messages are created in one transaction.
 */
@Stateless
public class Orchestrator {

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Inject
    JobQueue queue;

    @Inject
    RunTracking tracking;

    @Inject
    NodeConfig node;

    @Inject
    Validator validator;

    public SearchView submit(long experimentId, SearchRequest request, String actor) {
        requireTtp();
        Experiment experiment = em.find(Experiment.class, experimentId);
        if (experiment == null) {
            throw new NotFoundException("no experiment with id " + experimentId);
        }
        if (request == null) {
            throw new InvalidInputException("body", "is required: a search with strategy and space");
        }
        String metric = request.metric() != null ? request.metric()
                : experiment.getModelType() == ModelType.LINEAR_REGRESSION ? "mse" : "accuracy";
        try {
            MetricRanking.requireKnown(metric);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("metric", e.getMessage());
        }
        String strategy = request.strategy() == null ? "" : request.strategy().toLowerCase(Locale.ROOT);
        List<Map<String, Object>> trials;
        try {
            trials = switch (strategy) {
                case "grid" -> SearchSpace.grid(request.grid());
                case "random" -> SearchSpace.random(request.random(), request.trials() == null ? 0 : request.trials(),
                        request.seed() == null ? System.nanoTime() : request.seed());
                default -> throw new InvalidInputException("strategy", "must be grid or random, not '"
                        + request.strategy() + "'");
            };
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(e.getMessage());
        }
        int maxAttempts = maxAttempts(request.maxAttempts());
        Hyperparameters base = request.base() == null ? new Hyperparameters() : request.base();
        Search search = new Search(experiment, strategy, Json.write(request), metric, actor);
        em.persist(search);
        for (int t = 0; t < trials.size(); t++) {
            Hyperparameters h = apply(base, trials.get(t), t);
            String name = "search" + search.getId() + "-trial" + (t + 1);
            if (experiment.getRuns().stream().anyMatch(r -> r.getName().equals(name))) {
                throw new ConflictException("experiment '" + experiment.getName() + "' already has a run '" + name + "'");
            }
            Run run = new Run(experiment, name, h);
            run.moveTo(RunStatus.QUEUED, "queued by search " + search.getId());
            em.persist(run);
            experiment.getRuns().add(run);
            enqueue(search, run, maxAttempts);
        }
        em.flush();
        return search(search.getId());
    }

    /** Queues one existing run as a job (for runs created by hand or restored from a model version). */
    public JobView submitRun(long runId, Integer maxAttempts) {
        requireTtp();
        Run run = em.find(Run.class, runId);
        if (run == null) {
            throw new NotFoundException("no run with id " + runId);
        }
        if (run.isCoalition()) {
            throw new ConflictException("run " + runId + " is a coalition run of contribution "
                    + run.getCoalitionOf().getId() + "; its contribution job queues it");
        }
        if (!run.getStatus().isRestartable()) {
            throw new ConflictException("run " + runId + " is " + run.getStatus() + "; a job can be queued for a run "
                    + "that is one of " + Arrays.toString(RunStatus.restartable()));
        }
        int attempts = maxAttempts(maxAttempts);
        run.moveTo(RunStatus.QUEUED, "queued as a job");
        Job job = enqueue(null, run, attempts);
        em.flush();
        return JobView.of(job);
    }

    /** The requested bound on attempts, or the node's default, checked. */
    private int maxAttempts(Integer requested) {
        int attempts = requested == null ? node.jobMaxAttempts() : requested;
        if (attempts < 1 || attempts > 20) {
            throw new InvalidInputException("maxAttempts", "must be between 1 and 20, not " + attempts);
        }
        return attempts;
    }

    private Job enqueue(Search search, Run run, int maxAttempts) {
        Job job = new Job(search, run, maxAttempts);
        em.persist(job);
        em.flush();
        queue.send(job.getId(), 1, 0);
        return job;
    }

    /**
     * Cancels a job: a queued one at once (its message will be skipped), a running one by flagging it, which
     * the TTP running it checks after every round; the caller then also dismantles the grid if it runs
     * here. Returns the job as it is now.
     */
    public JobView cancel(long jobId, String actor) {
        Job job = job(jobId);
        switch (job.getStatus()) {
            case QUEUED, WAITING -> cancelNow(job, "cancelled by " + actor + " while " + job.getStatus()
                    .name().toLowerCase(Locale.ROOT));
            case RUNNING -> job.setCancelRequested(true);
            default -> throw new ConflictException("job " + jobId + " is " + job.getStatus() + "; only QUEUED, RUNNING "
                    + "or WAITING jobs can be cancelled");
        }
        for (Job child : children(job)) {
            if (child.getStatus() == JobStatus.QUEUED) {
                cancelNow(child, "its contribution job " + jobId + " was cancelled by " + actor);
            } else if (child.getStatus() == JobStatus.RUNNING) {
                child.setCancelRequested(true);
            }
        }
        return JobView.of(job);
    }

    /** The runs whose grids run for the job: its own, or its coalition runs' (for a contribution job). */
    public List<Long> runningRuns(long jobId) {
        Job job = job(jobId);
        List<Long> runs = new java.util.ArrayList<>();
        if (job.getStatus() == JobStatus.RUNNING) {
            runs.add(job.getRun().getId());
        }
        children(job).stream().filter(c -> c.getStatus() == JobStatus.RUNNING).forEach(c -> runs.add(c.getRun().getId()));
        return runs;
    }

    private List<Job> children(Job job) {
        return em.createQuery("select j from Job j where j.parent = :p", Job.class).setParameter("p", job)
                .getResultList();
    }

    private static void cancelNow(Job job, String why) {
        job.setStatus(JobStatus.CANCELLED);
        job.setFinishedAt(java.time.Instant.now());
        job.setCancelRequested(true);
        if (job.getContribution() != null) {
            job.getContribution().moveTo(io.synergos.persistence.contribution.ContributionStatus.CANCELLED, why);
        } else {
            job.getRun().moveTo(RunStatus.CANCELLED, why);
        }
    }

    /** The run's training job that is queued or running; 404 when it has none. */
    public JobView currentJob(long runId) {
        return em.createQuery("select j from Job j where j.run.id = :r and j.contribution is null "
                                + "and j.status in :live order by j.id desc", Job.class).setParameter("r", runId)
                .setParameter("live", List.of(JobStatus.QUEUED, JobStatus.RUNNING)).setMaxResults(1)
                .getResultStream().findFirst().map(JobView::of)
                .orElseThrow(() -> new NotFoundException("run " + runId + " has no queued or running job"));
    }

    public JobView view(long jobId) {
        return JobView.of(job(jobId));
    }

    public List<JobView> jobs(String status) {
        JobStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = JobStatus.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("status", "must be one of " + Arrays.toString(JobStatus.values()));
            }
        }
        return em.createQuery("select j from Job j where :s is null or j.status = :s order by j.id", Job.class)
                .setParameter("s", filter).getResultStream().map(JobView::of).toList();
    }

    public SearchView search(long searchId) {
        Search search = em.find(Search.class, searchId);
        if (search == null) {
            throw new NotFoundException("no search with id " + searchId);
        }
        List<Job> jobs = em.createQuery("select j from Job j where j.search = :s order by j.id", Job.class)
                .setParameter("s", search).getResultList();
        List<Long> runIds = jobs.stream().map(j -> j.getRun().getId()).toList();
        boolean finished = jobs.stream().allMatch(j -> j.getStatus().isFinal());
        return new SearchView(search.getId(), search.getExperiment().getId(), search.getStrategy(), search.getMetric(),
                search.getSubmittedAt(), search.getSubmittedBy(), finished, jobs.stream().map(JobView::of).toList(),
                tracking.compare(search.getExperiment().getId(), search.getMetric(), runIds));
    }

    private Job job(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            throw new NotFoundException("no job with id " + jobId);
        }
        return job;
    }

    private Hyperparameters apply(Hyperparameters base, Map<String, Object> trial, int index) {
        Hyperparameters h = Json.read(Json.write(base), Hyperparameters.class);
        String where = "trial " + (index + 1) + " " + trial + ": ";
        trial.forEach((name, value) -> {
            try {
                switch (name) {
                    case "algorithm" -> h.setAlgorithm(Hyperparameters.Algorithm.valueOf(
                            value.toString().toUpperCase(Locale.ROOT)));
                    case "rounds" -> h.setRounds(integer(value));
                    case "localEpochs" -> h.setLocalEpochs(integer(value));
                    case "batchSize" -> h.setBatchSize(integer(value));
                    case "learningRate" -> h.setLearningRate(number(value));
                    case "lambda" -> h.setLambda(number(value));
                    case "mu" -> h.setMu(number(value));
                    case "seed" -> h.setSeed(integer(value));
                    case "earlyStoppingPatience" -> h.setEarlyStoppingPatience(integer(value));
                    case "earlyStoppingMinDelta" -> h.setEarlyStoppingMinDelta(number(value));
                    default -> throw new IllegalArgumentException("not a hyperparameter");
                }
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new InvalidInputException(name, "has an unusable value '" + value + "' in " + where
                        + e.getMessage());
            }
        });
        Set<ConstraintViolation<Hyperparameters>> violations = validator.validate(h);
        if (!violations.isEmpty()) {
            ConstraintViolation<Hyperparameters> v = violations.iterator().next();
            throw new InvalidInputException(v.getPropertyPath().toString(), v.getMessage() + " (" + where.trim()
                    + ")");
        }
        return h;
    }

    private static int integer(Object value) {
        BigDecimal d = new BigDecimal(value.toString());
        try {
            return d.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("must be a whole number");
        }
    }

    private static double number(Object value) {
        return new BigDecimal(value.toString()).doubleValue();
    }

    private void requireTtp() {
        if (node.role() != NodeConfig.Role.TTP) {
            throw new ConflictException("node " + node.name() + " is a Worker; jobs are submitted at the TTP");
        }
    }
}
