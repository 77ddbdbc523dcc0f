package io.synergos.orchestration;

import io.synergos.node.NodeConfig;
import io.synergos.persistence.orchestration.JobStatus;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import io.synergos.ttp.GridRunner;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs started by request (not jobs) that were in flight on this TTP when it went down: resumed from their last
 * checkpoint (training) or from the start (evaluation), or INTERRUPTED under the {@code interrupt} policy. A run whose
 * job is RUNNING is its job's business ({@link JobLedger#recoverLeftovers}).
 */
@Stateless
public class RunRecovery {

    private static final Logger LOG = Logger.getLogger(RunRecovery.class.getName());

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Inject
    NodeConfig node;

    @Inject
    GridRunner grids;

    /** Returns how many runs were resumed or interrupted. */
    public int recover(Instant bootedAt) {
        List<Run> inFlight = em.createQuery("select r from Run r where r.status in (:busy) and r.node = :n "
                        + "and r.startedAt < :t and not exists (select j from Job j where j.run = r and j.status in (:live))",
                        Run.class).setParameter("busy", List.of(RunStatus.TRAINING, RunStatus.EVALUATING))
                .setParameter("n", node.name()).setParameter("t", bootedAt)
                .setParameter("live", List.of(JobStatus.QUEUED, JobStatus.RUNNING, JobStatus.WAITING)).getResultList();
        for (Run run : inFlight) {
            try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(run.getId())) {
                recover(run);
            }
        }
        return inFlight.size();
    }

    private void recover(Run run) {
        String why = "its TTP " + node.name() + " restarted while it was " + run.getStatus();
        if (!node.resumeInterrupted() || grids.isActive(run.getId())) {
            if (!grids.isActive(run.getId())) {
                run.moveTo(RunStatus.INTERRUPTED, why + "; start it again to train it from the start");
                run.setFinishedAt(Instant.now());
                em.createQuery("delete from RunCheckpoint c where c.run = :r").setParameter("r", run).executeUpdate();
            }
            return;
        }
        try {
            grids.resume(run.getId());
            LOG.warning(() -> "run " + run.getId() + ": " + why + "; it resumes");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "run " + run.getId() + " could not be resumed", e);
            run.moveTo(RunStatus.FAILED, why + "; resuming it failed: " + e.getMessage());
            run.setFinishedAt(Instant.now());
        }
    }
}
