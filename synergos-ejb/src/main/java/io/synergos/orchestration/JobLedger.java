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
import java.time.Duration;
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

    /**
     * What a claimed attempt is to do: train a run, or run a contribution job's stage; {@code resume}: the attempt was
     * in flight when its TTP went down, and continues (a run from its last checkpoint, a contribution stage from its
     * start).
     */
    public record Claim(long jobId, long runId, Long contributionId, String stage, boolean resume) {
        public boolean isContribution() {
            return contributionId != null;
        }
    }

    /**
     * Claims attempt {@code attempt} of the job for this node and says what to do, or returns null when there is nothing
     * to do. The caller guarantees that this node does not already run the job ({@link RunningJobs}); the job's
     * optimistic version makes two TTPs' claims exclusive.
     * <ul>
     * <li>A job QUEUED for exactly this attempt is claimed: it is now RUNNING here (resuming its run when it was
     * queued again to resume).</li>
     * <li>A job RUNNING this attempt is a redelivery: its TTP (or that TTP's connection to the broker) went down while
     * it ran. Under the {@code interrupt} policy it is marked INTERRUPTED. Otherwise, if it ran here, this node restarted
     * since and resumes it; if it runs on another TTP that has beaten its heartbeat within the lease, this message is
     * put back for when the lease would have run out (that TTP may still be running it); past the lease this node takes
     * it over and resumes it.</li>
     * <li>Anything else (job deleted, cancelled, finished, a stale duplicate message) is skipped.</li>
     * </ul>
     */
    public Claim claim(long jobId, int attempt) {
        Job job = em.find(Job.class, jobId);
        if (job == null) {
            return null;
        }
        job.setDeliveries(job.getDeliveries() + 1);
        if (job.getStatus() == JobStatus.QUEUED && job.getAttempts() == attempt - 1) {
            boolean resume = job.isResuming();
            job.setResuming(false);
            job.setAttempts(attempt);
            job.setStatus(JobStatus.RUNNING);
            job.setNode(node.name());
            job.setHeartbeatAt(Instant.now());
            if (!resume) {
                job.setStartedAt(Instant.now());
            }
            return claimed(job, resume, "attempt " + attempt + " on " + node.name());
        }
        if (job.getStatus() == JobStatus.RUNNING && job.getAttempts() == attempt) {
            String where = job.getNode();
            if (!node.resumeInterrupted()) {
                interrupt(job, "its TTP " + where + " stopped while attempt " + attempt + " ran");
                return null;
            }
            boolean here = node.name().equals(where);
            Instant heartbeat = job.getHeartbeatAt() != null ? job.getHeartbeatAt() : job.getStartedAt();
            Duration silent = heartbeat == null ? node.jobLease() : Duration.between(heartbeat, Instant.now());
            if (!here && silent.compareTo(node.jobLease()) < 0) {
                long wait = node.jobLease().minus(silent).toMillis() + 1000;
                LOG.info(() -> "job " + jobId + ": attempt " + attempt + " runs on " + where + ", which was heard of "
                        + silent.toSeconds() + " s ago; looking again in " + wait / 1000 + " s");
                queue.send(jobId, attempt, wait);
                return null;
            }
            if (job.getResumes() >= node.jobMaxResumes()) {
                interrupt(job, "its TTP went down while attempt " + attempt + " ran, for the " + (job.getResumes() + 1)
                        + "th time (synergos.jobs.max-resumes " + node.jobMaxResumes() + ")");
                return null;
            }
            job.setResumes(job.getResumes() + 1);
            job.setNode(node.name());
            job.setHeartbeatAt(Instant.now());
            String why = here ? "its TTP " + where + " restarted" : "its TTP " + where + " was silent for "
                    + silent.toSeconds() + " s";
            LOG.warning(() -> "job " + jobId + ": attempt " + attempt + " resumes on " + node.name() + ": " + why);
            return claimed(job, true, "attempt " + attempt + " resumed on " + node.name() + " (" + why + ")");
        }
        LOG.info(() -> "job " + jobId + ": message for attempt " + attempt + " skipped, job is " + job.getStatus()
                + " after " + job.getAttempts() + " attempt(s)");
        return null;
    }

    private Claim claimed(Job job, boolean resume, String what) {
        Contribution contribution = job.getContribution();
        if (contribution != null) {
            contribution.moveTo(ContributionStatus.RUNNING, "stage " + job.getStage() + ", " + what);
            return new Claim(job.getId(), job.getRun().getId(), contribution.getId(), job.getStage(), resume);
        }
        return new Claim(job.getId(), job.getRun().getId(), null, null, resume);
    }

    /** The TTP still runs these jobs: their heartbeat, which keeps other TTPs from taking them over. */
    public void heartbeat(java.util.Collection<Long> jobIds) {
        if (!jobIds.isEmpty()) {
            em.createQuery("update Job j set j.heartbeatAt = :now where j.id in :ids and j.node = :n and j.status = :s")
                    .setParameter("now", Instant.now()).setParameter("ids", jobIds).setParameter("n", node.name())
                    .setParameter("s", JobStatus.RUNNING).executeUpdate();
        }
    }

    /**
     * At this TTP's start, its jobs that were RUNNING when it went down (not those it runs again already): resumed
     * (queued again for the same attempt, to continue from their last checkpoint), or INTERRUPTED under the
     * {@code interrupt} policy. Returns how many.
     */
    public int recoverLeftovers(Instant bootedAt, java.util.Set<Long> runningHere) {
        String name = node.name();
        List<Job> running = em.createQuery("select j from Job j where j.status = :s and j.node = :n "
                        + "and coalesce(j.heartbeatAt, j.startedAt) < :t", Job.class).setParameter("s", JobStatus.RUNNING)
                .setParameter("n", name).setParameter("t", bootedAt).getResultList();
        int count = 0;
        for (Job job : running) {
            if (runningHere.contains(job.getId())) {
                continue;
            }
            count++;
            String why = "its TTP " + name + " restarted while attempt " + job.getAttempts() + " ran";
            if (!node.resumeInterrupted()) {
                interrupt(job, why);
            } else if (job.getResumes() >= node.jobMaxResumes()) {
                interrupt(job, why + ", for the " + (job.getResumes() + 1) + "th time (synergos.jobs.max-resumes "
                        + node.jobMaxResumes() + ")");
            } else {
                job.setResumes(job.getResumes() + 1);
                job.setResuming(true);
                job.setStatus(JobStatus.QUEUED);
                job.setAttempts(job.getAttempts() - 1);
                job.setLastError(why + "; queued to resume");
                if (job.getContribution() != null) {
                    job.getContribution().moveTo(ContributionStatus.QUEUED, why + "; queued to resume");
                } else {
                    job.getRun().moveTo(job.getRun().getStatus(), why + "; queued to resume from its last checkpoint");
                }
                queue.send(job.getId(), job.getAttempts() + 1, 0);
            }
        }
        return count;
    }

    /** How many jobs are in {@code status}. */
    public long count(JobStatus status) {
        return em.createQuery("select count(j) from Job j where j.status = :s", Long.class).setParameter("s", status)
                .getSingleResult();
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
            queue.send(jobId, attempt + 1, retryDelay(attempt));
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

    /**
     * How long the next attempt waits after attempt {@code attempt} failed: the node's retry delay, doubling with each
     * attempt (2, 4, 8, 16 s by default), at most 5 minutes; so that the attempts of a queue full of jobs ride out a
     * Worker's restart instead of all failing within seconds of each other.
     */
    long retryDelay(int attempt) {
        long first = node.jobRetryDelay().toMillis();
        return Math.min(300_000L, first << Math.min(20, Math.max(0, attempt - 1)));
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
            em.createQuery("delete from RunCheckpoint c where c.run = :r").setParameter("r", run).executeUpdate();
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
