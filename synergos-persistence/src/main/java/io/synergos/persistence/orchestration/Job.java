package io.synergos.persistence.orchestration;

import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.run.Run;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One run to train and evaluate, or one contribution to compute, queued for whichever TTP consumes it first. The
 * optimistic {@link Version} makes claiming it race-free between TTPs sharing the database: one attempt runs at
 * most once. A contribution job that retrains coalitions is the parent of their run jobs: it WAITS while they
 * run and is queued again, for its next stage, when the last one ends.
 */
@Entity
@Table(name = "syn_job")
public class Job {

    @Id
    @GeneratedValue
    private Long id;

    @Version
    private long version;

    @ManyToOne
    private Search search;

    @ManyToOne(optional = false)
    private Run run;

    /** Set for a contribution job: the computation it runs ({@link #run} is then the run valued). */
    @ManyToOne
    private Contribution contribution;

    /** Set for a coalition run's job: the contribution job waiting for it. */
    @ManyToOne
    private Job parent;

    /** A contribution job's stage: PREPARE (queue the coalition trainings), then VALUATE. */
    @Column(length = 20)
    private String stage;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, columnDefinition = "varchar(20)")
    private JobStatus status = JobStatus.QUEUED;

    /** Attempts started so far (0 while first queued). */
    private int attempts;

    private int maxAttempts;

    /**
     * Set by a cancel request. The TTP running the job reads it after every round; it lives on the job, not
     * the run, so that a cancel never races with the run's per-round updates.
     */
    private boolean cancelRequested;

    /** Messages received for this job, including duplicates that were recognised and skipped. */
    private int deliveries;

    /** The TTP node that ran (or runs) the latest attempt. */
    @Column(length = 100)
    private String node;

    @Column(length = 4000)
    private String lastError;

    /**
     * When the TTP running the job last said it still runs it (every few seconds, {@code synergos.jobs.heartbeat-seconds}):
     * another TTP takes a RUNNING job over only once this is older than the lease.
     */
    private Instant heartbeatAt;

    /** How many times the job was resumed after its TTP went down (bounded by {@code synergos.jobs.max-resumes}). */
    private Integer resumes;

    /** Set while the job waits to be resumed: its next claim continues its run from the last checkpoint. */
    private Boolean resuming;

    private Instant queuedAt = Instant.now();
    private Instant startedAt;
    private Instant finishedAt;

    protected Job() {
    }

    public Job(Search search, Run run, int maxAttempts) {
        this.search = search;
        this.run = run;
        this.maxAttempts = maxAttempts;
    }

    /** A contribution computation's job. */
    public static Job forContribution(Contribution contribution, int maxAttempts, String stage) {
        Job job = new Job(null, contribution.getRun(), maxAttempts);
        job.contribution = contribution;
        job.stage = stage;
        return job;
    }

    /** The job of one coalition run of a contribution job. */
    public static Job forCoalition(Job parent, Run run, int maxAttempts) {
        Job job = new Job(null, run, maxAttempts);
        job.parent = parent;
        return job;
    }

    public Long getId() {
        return id;
    }

    public Contribution getContribution() {
        return contribution;
    }

    public Job getParent() {
        return parent;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public Search getSearch() {
        return search;
    }

    public Run getRun() {
        return run;
    }

    public JobStatus getStatus() {
        return status;
    }

    public void setStatus(JobStatus status) {
        this.status = status;
    }

    public int getAttempts() {
        return attempts;
    }

    public void setAttempts(int attempts) {
        this.attempts = attempts;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public boolean isCancelRequested() {
        return cancelRequested;
    }

    public void setCancelRequested(boolean cancelRequested) {
        this.cancelRequested = cancelRequested;
    }

    public int getDeliveries() {
        return deliveries;
    }

    public void setDeliveries(int deliveries) {
        this.deliveries = deliveries;
    }

    public String getNode() {
        return node;
    }

    public void setNode(String node) {
        this.node = node;
    }

    public Instant getHeartbeatAt() {
        return heartbeatAt;
    }

    public void setHeartbeatAt(Instant heartbeatAt) {
        this.heartbeatAt = heartbeatAt;
    }

    public int getResumes() {
        return resumes == null ? 0 : resumes;
    }

    public void setResumes(int resumes) {
        this.resumes = resumes;
    }

    public boolean isResuming() {
        return Boolean.TRUE.equals(resuming);
    }

    public void setResuming(boolean resuming) {
        this.resuming = resuming;
    }

    public String getLastError() {
        return lastError;
    }

    public void setLastError(String lastError) {
        this.lastError = lastError == null || lastError.length() <= 4000 ? lastError : lastError.substring(0, 4000);
    }

    public Instant getQueuedAt() {
        return queuedAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }
}
