package io.synergos.orchestration;

import io.synergos.node.NodeConfig;
import io.synergos.persistence.orchestration.Job;
import io.synergos.persistence.orchestration.JobStatus;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every state change of a job, each in its own transaction together with the message it implies (a retry
 * or a dead letter), so that the database and the queue never disagree.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLedger {

    private static final Logger LOG = Logger.getLogger(JobLedger.class.getName());

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Inject
    JobQueue queue;

    @Inject
    NodeConfig node;

    /**
     * Claims attempt {@code attempt} of the job for this node and returns the id of the run to train, when the
     * job was waiting for exactly this attempt: it is now RUNNING here (the job's optimistic version makes two
     * TTPs' claims exclusive). Otherwise returns null: when the message is a redelivery of an attempt that was
     * running when its TTP (or its connection to the broker) went down, job and run are first marked INTERRUPTED
     * (not run again); anything else (job deleted, cancelled, finished, a stale duplicate message) is skipped.
     */
    public Long claim(long jobId, int attempt) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            return null;
        }
        job.setDeliveries(job.getDeliveries() + 1);
        if (job.getStatus() == JobStatus.QUEUED && job.getAttempts() == attempt - 1) {
            job.setAttempts(attempt);
            job.setStatus(JobStatus.RUNNING);
            job.setNode(node.name());
            job.setStartedAt(Instant.now());
            return job.getRun().getId();
        }
        if (job.getStatus() == JobStatus.RUNNING && job.getAttempts() == attempt) {
            interrupt(job, "its TTP " + job.getNode() + " stopped while attempt " + attempt + " ran");
            return null;
        }
        LOG.info(() -> "job " + jobId + ": message for attempt " + attempt + " skipped, job is " + job.getStatus()
                + " after " + job.getAttempts() + " attempt(s)");
        return null;
    }

    public void succeeded(long jobId) {
        Job job = em.find(Job.class, jobId);
        if (job != null) {
            job.setStatus(JobStatus.SUCCEEDED);
            job.setFinishedAt(Instant.now());
        }
    }

    /**
     * An attempt failed: the job is CANCELLED if it was asked to cancel, else queued again after the node's retry
     * delay while attempts remain, else DEAD_LETTERED with its error on the dead-letter queue.
     */
    public JobStatus failed(long jobId, int attempt, String error) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            return null;
        }
        Run run = job.getRun();
        job.setLastError("attempt " + attempt + ": " + error);
        if (job.isCancelRequested() || run.getStatus() == RunStatus.CANCELLED) {
            job.setStatus(JobStatus.CANCELLED);
            job.setFinishedAt(Instant.now());
        } else if (attempt < job.getMaxAttempts()) {
            job.setStatus(JobStatus.QUEUED);
            run.moveTo(RunStatus.QUEUED, "attempt " + attempt + " of " + job.getMaxAttempts() + " failed, retrying: "
                    + error);
            queue.send(jobId, attempt + 1, node.jobRetryDelay().toMillis());
        } else {
            job.setStatus(JobStatus.DEAD_LETTERED);
            job.setFinishedAt(Instant.now());
            run.moveTo(RunStatus.FAILED, "all " + job.getMaxAttempts() + " attempts failed; last: " + error);
            queue.deadLetter(jobId, attempt, error);
        }
        return job.getStatus();
    }

    /** Marks this node's jobs that were running before it (re)started as INTERRUPTED. */
    public int interruptLeftovers(Instant bootedAt) {
        String name = node.name();
        List<Job> running = em.createQuery("select j from Job j where j.status = :s and j.node = :n "
                        + "and j.startedAt < :t", Job.class).setParameter("s", JobStatus.RUNNING)
                .setParameter("n", name).setParameter("t", bootedAt).getResultList();
        running.forEach(j -> interrupt(j, "its TTP " + name + " restarted while attempt " + j.getAttempts() + " ran"));
        return running.size();
    }

    private static void interrupt(Job job, String why) {
        job.setStatus(JobStatus.INTERRUPTED);
        job.setFinishedAt(Instant.now());
        job.setLastError(why);
        Run run = job.getRun();
        run.moveTo(RunStatus.INTERRUPTED, why + "; resubmit the run to train it again");
        run.setFinishedAt(Instant.now());
    }
}
