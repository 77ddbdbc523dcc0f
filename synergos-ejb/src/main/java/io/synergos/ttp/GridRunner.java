package io.synergos.ttp;

import io.synergos.node.ConflictException;
import io.synergos.node.NodeConfig;
import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.run.RunStatus;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Starts, tracks and stops the grid jobs of this TTP. A job runs on the container's managed executor; its
 * run moves to TRAINING or EVALUATING before the request returns, so clients see the state at once.
 */
@ApplicationScoped
public class GridRunner {

    private static final Logger LOG = Logger.getLogger(GridRunner.class.getName());

    private final Map<Long, FederatedCycle> active = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    RunLedger ledger;

    @Inject
    NodeConfig node;

    @Inject
    LiveGrids live;

    public void startTraining(long runId) {
        requireTtp();
        RunPlan plan = ledger.begin(runId, RunStatus.TRAINING, RunStatus.restartable());
        launch(runId, RunStatus.TRAINING, cycle -> cycle.train(plan));
    }

    public void startEvaluation(long runId) {
        requireTtp();
        RunPlan plan = ledger.begin(runId, RunStatus.EVALUATING, RunStatus.TRAINED, RunStatus.EVALUATED);
        launch(runId, RunStatus.EVALUATING, cycle -> cycle.evaluate(plan));
    }

    public void startPrediction(long runId, String participant) {
        requireTtp();
        RunPlan plan = ledger.plan(runId);
        if (plan.trainedModel() == null) {
            throw new ConflictException("run " + runId + " has no trained model yet");
        }
        FederatedCycle cycle = new FederatedCycle(ledger, node, live);
        executor.submit(() -> {
            try {
                cycle.predict(plan, participant);
                live.end(runId, "PREDICTED");
            } catch (Exception e) {
                LOG.log(Level.WARNING, "run " + runId + ": prediction at " + participant + " failed", e);
                ledger.savePrediction(runId, participant, 0, "FAILED", message(e));
                live.end(runId, "PREDICTION_FAILED");
            }
        });
    }

    /**
     * Runs a queued run's whole job on the calling thread: training, then evaluation when a participant has data
     * tagged evaluate. Returns normally when the run ends TRAINED or EVALUATED; throws when it failed (the run is
     * then FAILED, or CANCELLED for {@link RunCancelledException}).
     */
    public void trainAndEvaluate(long runId) throws Exception {
        requireTtp();
        RunPlan plan = ledger.begin(runId, RunStatus.TRAINING, RunStatus.QUEUED);
        run(runId, RunStatus.TRAINING, track(runId), cycle -> cycle.train(plan));
        if (plan.workers().stream().anyMatch(w -> !w.tagged(DataTag.Tag.EVALUATE).isEmpty())) {
            RunPlan evaluation = ledger.begin(runId, RunStatus.EVALUATING, RunStatus.TRAINED);
            run(runId, RunStatus.EVALUATING, track(runId), cycle -> cycle.evaluate(evaluation));
        }
    }

    /** Dismantles the run's grid; the job ends with the run STOPPED. */
    public boolean stop(long runId) {
        FederatedCycle cycle = active.get(runId);
        if (cycle == null) {
            return false;
        }
        cycle.grid().dismantle();
        return true;
    }

    public boolean isActive(long runId) {
        return active.containsKey(runId);
    }

    private interface Job {
        void run(FederatedCycle cycle) throws Exception;
    }

    /** A new cycle for the run, registered so that {@link #stop} can reach its grid. */
    private FederatedCycle track(long runId) {
        FederatedCycle cycle = new FederatedCycle(ledger, node, live);
        active.put(runId, cycle);
        return cycle;
    }

    /** Runs one phase of a tracked cycle; a failure is recorded on the run, then rethrown. */
    private void run(long runId, RunStatus phase, FederatedCycle cycle, Job job) throws Exception {
        try {
            job.run(cycle);
            live.end(runId, phase == RunStatus.TRAINING ? RunStatus.TRAINED.name() : RunStatus.EVALUATED.name());
        } catch (Exception e) {
            live.end(runId, end(runId, phase, cycle, e).name());
            throw e;
        } finally {
            active.remove(runId);
        }
    }

    private void launch(long runId, RunStatus phase, Job job) {
        FederatedCycle cycle = track(runId);
        try {
            executor.submit(() -> {
                try {
                    run(runId, phase, cycle, job);
                } catch (Exception e) {
                    // recorded on the run by run(): nobody waits for a launched phase
                }
            });
        } catch (RuntimeException e) {
            active.remove(runId);
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
