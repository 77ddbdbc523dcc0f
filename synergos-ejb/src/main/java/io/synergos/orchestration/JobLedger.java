package io.synergos.orchestration;

import io.synergos.node.NodeConfig;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.contribution.ContributionStatus;
import io.synergos.persistence.orchestration.Job;
import io.synergos.persistence.orchestration.JobStatus;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every state change of a job, each in its own transaction together with the message it implies (a retry, a
 * dead letter, or a waiting contribution job's next stage), so that the database and the queue never disagree.
 * A run job changes its run's state with it; a contribution job changes its contribution's, never the valued
 * run's.
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

    /** What a claimed attempt is to do: train a run, or run a contribution job's stage. */
    public record Claim(long jobId, long runId, Long contributionId, String stage) {
        public boolean isContribution() {
            return contributionId != null;
        }
    }

    /**
     * Claims attempt {@code attempt} of the job for this node and says what to do, when the job was waiting for
     * exactly this attempt: it is now RUNNING here (the job's optimistic version makes two TTPs' claims
     * exclusive). Otherwise returns null: when the message is a redelivery of an attempt that was running when its
     * TTP (or its connection to the broker) went down, the job is first marked INTERRUPTED (not run again);
     * anything else (job deleted, cancelled, finished, a stale duplicate message) is skipped.
     */
    public Claim claim(long jobId, int attempt) {
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
            Contribution contribution = job.getContribution();
            if (contribution != null) {
                contribution.moveTo(ContributionStatus.RUNNING, "stage " + job.getStage() + ", attempt " + attempt
                        + " on " + node.name());
                return new Claim(jobId, job.getRun().getId(), contribution.getId(), job.getStage());
            }
            return new Claim(jobId, job.getRun().getId(), null, null);
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
            childEnded(job);
        }
    }

    /**
     * A contribution job's stage queued its coalition runs' jobs: it now waits for them (no message is pending
     * for it; the last of them to end queues its next stage). Joins the transaction that queued them, so no
     * coalition job can end before its parent waits.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void waitForCoalitions(long jobId) {
        Job job = em.find(Job.class, jobId, LockModeType.PESSIMISTIC_WRITE);
        if (job != null && job.getStatus() == JobStatus.RUNNING) {
            job.setStatus(JobStatus.WAITING);
            job.getContribution().moveTo(ContributionStatus.WAITING, "waiting for its coalition trainings");
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
        Contribution contribution = job.getContribution();
        job.setLastError("attempt " + attempt + ": " + error);
        boolean cancelled = job.isCancelRequested() || (contribution == null ? run.getStatus() == RunStatus.CANCELLED
                : contribution.getStatus() == ContributionStatus.CANCELLED);
        if (cancelled) {
            job.setStatus(JobStatus.CANCELLED);
            job.setFinishedAt(Instant.now());
            if (contribution != null) {
                contribution.moveTo(ContributionStatus.CANCELLED, "cancelled by request");
            }
        } else if (attempt < job.getMaxAttempts()) {
            job.setStatus(JobStatus.QUEUED);
            String why = "attempt " + attempt + " of " + job.getMaxAttempts() + " failed, retrying: " + error;
            if (contribution != null) {
                contribution.moveTo(ContributionStatus.QUEUED, why);
            } else {
                run.moveTo(RunStatus.QUEUED, why);
            }
            queue.send(jobId, attempt + 1, node.jobRetryDelay().toMillis());
        } else {
            job.setStatus(JobStatus.DEAD_LETTERED);
            job.setFinishedAt(Instant.now());
            String why = "all " + job.getMaxAttempts() + " attempts failed; last: " + error;
            if (contribution != null) {
                contribution.moveTo(ContributionStatus.FAILED, why);
            } else {
                run.moveTo(RunStatus.FAILED, why);
            }
            queue.deadLetter(jobId, attempt, error);
        }
        if (job.getStatus().isFinal()) {
            childEnded(job);
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

    private void interrupt(Job job, String why) {
        job.setStatus(JobStatus.INTERRUPTED);
        job.setFinishedAt(Instant.now());
        job.setLastError(why);
        if (job.getContribution() != null) {
            job.getContribution().moveTo(ContributionStatus.FAILED, "interrupted: " + why
                    + "; request the contribution again");
        } else {
            Run run = job.getRun();
            run.moveTo(RunStatus.INTERRUPTED, why + "; resubmit the run to train it again");
            run.setFinishedAt(Instant.now());
        }
        childEnded(job);
    }

    /** A coalition run's job ended: its waiting contribution job moves on if it was the last one. */
    private void childEnded(Job job) {
        if (job.getParent() != null) {
            em.flush();
            Job parent = em.find(Job.class, job.getParent().getId(), LockModeType.PESSIMISTIC_WRITE);
            advanceIfChildrenEnded(parent);
        }
    }

    /**
     * Queues a waiting contribution job's next stage (VALUATE) when every coalition job has succeeded; fails it,
     * naming the coalition, when one did not. Callers hold the parent's row lock, so two children that end at once
     * see each other's end.
     */
    private void advanceIfChildrenEnded(Job parent) {
        if (parent.getStatus() != JobStatus.WAITING) {
            return;
        }
        List<Job> children = em.createQuery("select j from Job j where j.parent = :p", Job.class)
                .setParameter("p", parent).getResultList();
        if (children.stream().anyMatch(c -> !c.getStatus().isFinal())) {
            return;
        }
        Job failed = children.stream().filter(c -> c.getStatus() != JobStatus.SUCCEEDED).findFirst().orElse(null);
        Contribution contribution = parent.getContribution();
        if (failed == null) {
            parent.setStatus(JobStatus.QUEUED);
            parent.setStage(ContributionStages.VALUATE);
            parent.setAttempts(0);
            contribution.moveTo(ContributionStatus.QUEUED, "its " + children.size() + " coalition trainings are done; "
                    + "valuing them is queued");
            queue.send(parent.getId(), 1, 0);
            return;
        }
        String why = "coalition run " + failed.getRun().getId() + " (" + failed.getRun().getCoalition() + ") ended "
                + failed.getStatus() + (failed.getLastError() == null ? "" : ": " + failed.getLastError());
        parent.setFinishedAt(Instant.now());
        parent.setLastError(why);
        if (failed.getStatus() == JobStatus.CANCELLED || parent.isCancelRequested()) {
            parent.setStatus(JobStatus.CANCELLED);
            contribution.moveTo(ContributionStatus.CANCELLED, why);
        } else {
            parent.setStatus(JobStatus.DEAD_LETTERED);
            contribution.moveTo(ContributionStatus.FAILED, why);
            queue.deadLetter(parent.getId(), parent.getAttempts(), why);
        }
    }
}
