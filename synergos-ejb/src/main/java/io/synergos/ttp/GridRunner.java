package io.synergos.ttp;

import io.openlineage.client.OpenLineage;
import io.synergos.metadata.OpenLineageEmitter;
import io.synergos.node.ConflictException;
import io.synergos.node.NodeConfig;
import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.run.RunStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import io.synergos.federation.contribution.MetricSums;
import io.synergos.node.ModelArtefact;
import io.synergos.websocket.ttp.GridException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts, tracks and stops the grid jobs of this TTP. A job runs on the container's managed executor; its
 * run moves to TRAINING or EVALUATING before the request returns, so clients see the state at once.
 *
 * <p>Two rules keep a run's phases apart. A phase starts only after the transaction that asked for it commits:
 * when the caller has a transaction, the run's state change joins it and the job is handed to the executor
 * after the commit (and never on a rollback). And a run has at most one grid at a time: a phase can begin only
 * once the previous phase's grid has been dismantled and its Workers released, which every phase does before
 * it records its end state (TRAINED, EVALUATED, a prediction's result).
 */
@ApplicationScoped
public class GridRunner {

    private static final Logger LOG = Logger.getLogger(GridRunner.class.getName());

    private final Map<Long, FederatedCycle> active = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    /** Where grids bring absent trainers back, with back-off. */
    @Resource
    jakarta.enterprise.concurrent.ManagedScheduledExecutorService scheduler;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    RunLedger ledger;

    @Inject
    NodeConfig node;

    @Inject
    io.synergos.node.tls.NodeTls tls;

    @Inject
    LiveGrids live;

    @Inject
    OpenLineageEmitter openLineage;

    @Inject
    io.synergos.operations.NodeMetrics metrics;

    public void startTraining(long runId) {
        requireTtp();
        Phase phase = begin(runId, RunStatus.TRAINING, RunStatus.restartable());
        launch(runId, RunStatus.TRAINING, phase.cycle(), c -> c.train(phase.plan()));
    }

    public void startEvaluation(long runId) {
        requireTtp();
        Phase phase = begin(runId, RunStatus.EVALUATING, RunStatus.TRAINED, RunStatus.EVALUATED);
        launch(runId, RunStatus.EVALUATING, phase.cycle(), c -> c.evaluate(phase.plan()));
    }

    public void startPrediction(long runId, String participant) {
        requireTtp();
        FederatedCycle cycle = reserve(runId);
        try {
            RunPlan plan = ledger.plan(runId);
            if (plan.trainedModel() == null) {
                throw new ConflictException("run " + runId + " has no trained model yet");
            }
            afterCommit(runId, cycle, () -> {
                try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
                    cycle.predict(plan, participant);
                    cycle.ended();
                    live.end(runId, "PREDICTED");
                } catch (Exception e) {
                    cycle.ended();
                    LOG.log(Level.WARNING, "run " + runId + ": prediction at " + participant + " failed", e);
                    ledger.savePrediction(runId, participant, 0, "FAILED", message(e));
                    live.end(runId, "PREDICTION_FAILED");
                } finally {
                    active.remove(runId, cycle);
                }
            });
        } catch (RuntimeException e) {
            active.remove(runId, cycle);
            throw e;
        }
    }

    /**
     * Runs a queued run's whole job on the calling thread: training, then evaluation when a participant has data
     * tagged evaluate. Returns normally when the run ends TRAINED or EVALUATED; throws when it failed (the run is
     * then FAILED, or CANCELLED for {@link RunCancelledException}).
     */
    public void trainAndEvaluate(long runId) throws Exception {
        trainAndEvaluate(runId, false);
    }

    /**
     * As {@link #trainAndEvaluate(long)}; with {@code resume}, the job's run was in flight when its TTP went down: a
     * run still TRAINING continues from its last checkpoint, one that had trained is evaluated (again), one that had
     * been evaluated is done.
     */
    public void trainAndEvaluate(long runId, boolean resume) throws Exception {
        requireTtp();
        RunStatus was = resume ? ledger.status(runId) : RunStatus.QUEUED;
        if (was == RunStatus.EVALUATED) {
            return;
        }
        RunPlan plan;
        if (was != RunStatus.EVALUATING && was != RunStatus.TRAINED) {
            Phase training = was == RunStatus.TRAINING ? resumeTraining(runId) : begin(runId, RunStatus.TRAINING,
                    RunStatus.QUEUED);
            run(runId, RunStatus.TRAINING, training.cycle(), cycle -> cycle.train(training.plan(),
                    training.checkpoint()));
            plan = training.plan();
        } else {
            plan = ledger.plan(runId);
        }
        if (plan.workers().stream().anyMatch(w -> !w.tagged(DataTag.Tag.EVALUATE).isEmpty())) {
            Phase evaluation = begin(runId, RunStatus.EVALUATING, RunStatus.TRAINED, RunStatus.EVALUATING);
            run(runId, RunStatus.EVALUATING, evaluation.cycle(), cycle -> cycle.evaluate(evaluation.plan()));
        }
    }

    /**
     * Resumes a run started by request (not as a job) that was in flight when this TTP went down: training from its
     * last checkpoint, evaluation from the start. The phase runs on the executor.
     */
    public void resume(long runId) {
        requireTtp();
        RunStatus was = ledger.status(runId);
        if (was == RunStatus.TRAINING) {
            Phase phase = resumeTraining(runId);
            launch(runId, RunStatus.TRAINING, phase.cycle(), c -> c.train(phase.plan(), phase.checkpoint()));
        } else if (was == RunStatus.EVALUATING) {
            Phase phase = begin(runId, RunStatus.EVALUATING, RunStatus.EVALUATING);
            launch(runId, RunStatus.EVALUATING, phase.cycle(), c -> c.evaluate(phase.plan()));
        }
    }

    /**
     * Asks every training grid of this TTP to pause at the end of its current round, checkpointed, and waits up to
     * {@code wait} for them to end; a grid that does not end by then resumes from its last checkpoint like a crashed one.
     * Returns how many grids were still running.
     */
    public int pauseAll(java.time.Duration wait) {
        active.values().forEach(FederatedCycle::pause);
        long end = System.nanoTime() + wait.toNanos();
        while (active.values().stream().anyMatch(c -> !c.isReleased()) && System.nanoTime() < end) {
            synchronized (active) {
                try {
                    active.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return (int) active.values().stream().filter(c -> !c.isReleased()).count();
    }

    /** The runs whose grids this TTP runs now. */
    public java.util.Set<Long> activeRuns() {
        return java.util.Set.copyOf(active.keySet());
    }

    /** Work done on a validation grid, with its {@link Measurer}. */
    public interface Measurement {
        void run(Measurer measurer) throws Exception;
    }

    /** Measures candidate models on a validation grid's validators. */
    public interface Measurer {
        /** The validators, in the order of every {@link #measure} result. */
        List<String> validators();

        /** The valued run's trained model: its alignment and architecture are every candidate's. */
        ModelArtefact model();

        /** Each model's metric sums at each validator. */
        List<MetricSums[]> measure(List<double[]> models) throws GridException;
    }

    /**
     * Brings up a grid of the run's validators (the participants named, or every one with evaluate data) in the
     * feature space of its trained model, lets {@code work} measure candidate models there, and dismantles it.
     * It holds the run's grid meanwhile, so no other phase of the run runs at the same time.
     */
    public void validate(long runId, List<String> validators, Measurement work) throws Exception {
        requireTtp();
        FederatedCycle cycle = reserve(runId);
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
            RunPlan plan = ledger.plan(runId);
            cycle.validate(plan, Validators.of(plan, validators), work);
            live.end(runId, "VALIDATED");
        } catch (Exception e) {
            live.end(runId, "VALIDATION_FAILED");
            throw e;
        } finally {
            cycle.ended();
            active.remove(runId, cycle);
        }
    }

    /** Dismantles the run's grid; the job ends with the run STOPPED. */    /** Dismantles the run's grid; the job ends with the run STOPPED. */
    public boolean stop(long runId) {
        FederatedCycle cycle = active.get(runId);
        if (cycle == null || cycle.isReleased()) {
            return false;
        }
        cycle.grid().dismantle();
        return true;
    }

    public boolean isActive(long runId) {
        FederatedCycle cycle = active.get(runId);
        return cycle != null && !cycle.isReleased();
    }

    private interface Job {
        void run(FederatedCycle cycle) throws Exception;
    }

    /** A phase that has begun: its reserved cycle, the run's plan, and the checkpoint a resumed training continues. */
    private record Phase(FederatedCycle cycle, RunPlan plan, Checkpoint checkpoint) {
        Phase(FederatedCycle cycle, RunPlan plan) {
            this(cycle, plan, null);
        }
    }

    /** Reserves the run's grid and moves it back into TRAINING from its last checkpoint. */
    private Phase resumeTraining(long runId) {
        FederatedCycle cycle = reserve(runId);
        try {
            RunPlan plan = ledger.resume(runId, "its TTP " + node.name() + " restarted while it trained",
                    RunStatus.TRAINING, RunStatus.QUEUED);
            Checkpoint checkpoint = ledger.checkpoint(runId);
            LOG.info(() -> "run " + runId + " resumes " + (checkpoint == null ? "from its first round"
                    : "after round " + checkpoint.rounds()));
            return new Phase(cycle, plan, checkpoint);
        } catch (RuntimeException e) {
            active.remove(runId, cycle);
            throw e;
        }
    }

    /** Reserves the run's grid and moves the run into {@code busy}; the reservation is undone if that fails. */
    private Phase begin(long runId, RunStatus busy, RunStatus... allowedFrom) {
        FederatedCycle cycle = reserve(runId);
        try {
            return new Phase(cycle, ledger.begin(runId, busy, allowedFrom));
        } catch (RuntimeException e) {
            active.remove(runId, cycle);
            throw e;
        }
    }

    /**
     * A new cycle for the run, registered so that {@link #stop} can reach its grid. Refused while the run's
     * previous grid is still up; a previous cycle that has already released its Workers is replaced.
     */
    private FederatedCycle reserve(long runId) {
        FederatedCycle cycle = new FederatedCycle(ledger, node, live, tls, scheduler, metrics);
        FederatedCycle previous = active.putIfAbsent(runId, cycle);
        while (previous != null) {
            if (!previous.isReleased()) {
                throw new ConflictException("run " + runId + " still has a grid up (" + previous.phase()
                        + "); wait until it has ended");
            }
            if (active.replace(runId, previous, cycle)) {
                break;
            }
            previous = active.putIfAbsent(runId, cycle);
        }
        return cycle;
    }

    /** Runs one phase of a tracked cycle; a failure is recorded on the run, then rethrown. */
    private void run(long runId, RunStatus phase, FederatedCycle cycle, Job job) throws Exception {
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
            runPhase(runId, phase, cycle, job);
        }
    }

    private void runPhase(long runId, RunStatus phase, FederatedCycle cycle, Job job) throws Exception {
        DataTag.Tag data = phase == RunStatus.TRAINING ? DataTag.Tag.TRAIN : DataTag.Tag.EVALUATE;
        UUID lineageRun = openLineage.newRunId();
        openLineage.emit(runId, data, OpenLineage.RunEvent.EventType.START, lineageRun, null);
        try {
            job.run(cycle);
            cycle.ended();
            live.end(runId, phase == RunStatus.TRAINING ? RunStatus.TRAINED.name() : RunStatus.EVALUATED.name());
            openLineage.emit(runId, data, OpenLineage.RunEvent.EventType.COMPLETE, lineageRun, null);
        } catch (RunPausedException e) {
            cycle.ended();
            LOG.info("run " + runId + " " + e.getMessage());
            ledger.pause(runId, e.getMessage());
            live.end(runId, "PAUSED");
            throw e;
        } catch (Exception e) {
            cycle.ended();
            RunStatus ended = end(runId, phase, cycle, e);
            live.end(runId, ended.name());
            openLineage.emit(runId, data, ended == RunStatus.FAILED ? OpenLineage.RunEvent.EventType.FAIL
                    : OpenLineage.RunEvent.EventType.ABORT, lineageRun, message(e));
            throw e;
        } finally {
            active.remove(runId, cycle);
            synchronized (active) {
                active.notifyAll();
            }
        }
    }

    private void launch(long runId, RunStatus phase, FederatedCycle cycle, Job job) {
        afterCommit(runId, cycle, () -> {
            try {
                run(runId, phase, cycle, job);
            } catch (Exception e) {
                // recorded on the run by run(): nobody waits for a launched phase
            }
        });
    }

    /**
     * Hands the task to the executor once the caller's transaction has committed, or at once when the caller
     * has none (its state change then committed on its own). A rollback drops the task and the reservation.
     */
    private void afterCommit(long runId, FederatedCycle cycle, Runnable task) {
        if (transactions.getTransactionKey() != null
                && transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        submit(runId, cycle, task);
                    } else {
                        active.remove(runId, cycle);
                    }
                }
            });
        } else {
            submit(runId, cycle, task);
        }
    }

    private void submit(long runId, FederatedCycle cycle, Runnable task) {
        try {
            executor.submit(task);
        } catch (RuntimeException e) {
            active.remove(runId, cycle);
            ledger.fail(runId, RunStatus.FAILED, "could not start: " + message(e));
            throw e;
        }
    }

    /** Records how a job that threw ended: CANCELLED, STOPPED (grid dismantled by request) or FAILED. */
    private RunStatus end(long runId, RunStatus phase, FederatedCycle cycle, Exception e) {
        boolean cancelled = e instanceof RunCancelledException || ledger.cancelRequested(runId);
        boolean stopped = cycle.grid().isDismantled();
        LOG.log(cancelled || stopped ? Level.INFO : Level.WARNING, "run " + runId + ": " + phase + " ended: "
                + message(e), cancelled || stopped ? null : e);
        String during = " during " + phase.name().toLowerCase() + ": " + message(e);
        RunStatus status = cancelled ? RunStatus.CANCELLED : stopped ? RunStatus.STOPPED : RunStatus.FAILED;
        String reason = cancelled ? "cancelled by request" : stopped ? "stopped by request" : "failed";
        ledger.fail(runId, status, reason + during);
        return status;
    }

    private void requireTtp() {
        if (node.role() != NodeConfig.Role.TTP) {
            throw new ConflictException("node " + node.name() + " is a Worker; grids are started at the TTP");
        }
    }

    private static String message(Throwable e) {
        return e.getMessage() == null ? e.toString() : e.getMessage();
    }
}
