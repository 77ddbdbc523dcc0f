package io.synergos.orchestration;

import io.synergos.node.NodeConfig;
import io.synergos.ttp.GridRunner;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A TTP's consumer of jobs: a run to train (and evaluate), or a stage of a contribution computation. Each
 * message runs one attempt of one job (a training as its own grid), on the consumer's
 * thread; {@code maxSession} (system property {@code synergos.ttp.parallel-runs}, default 4) bounds how many
 * grids this TTP runs at once. No transaction spans the job (it may take hours): the message is acknowledged
 * when the attempt has ended and its outcome (success, retry message, dead letter) is committed. If the TTP
 * dies mid-attempt the broker redelivers the message, and {@link JobLedger#claim} resumes the job (or marks it
 * INTERRUPTED under the {@code interrupt} policy). A job pausing because this TTP stops stays RUNNING here: the next
 * start resumes it ({@link Recovery}).
 */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = "java:/jms/queue/SynergosJobs"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "${synergos.ttp.parallel-runs:4}")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobConsumer implements MessageListener {

    private static final Logger LOG = Logger.getLogger(JobConsumer.class.getName());

    @Inject
    JobLedger ledger;

    @Inject
    GridRunner runner;

    @Inject
    ContributionWork contributions;

    @Inject
    NodeConfig node;

    @Inject
    RunningJobs running;

    @Override
    public void onMessage(Message message) {
        long jobId;
        int attempt;
        try {
            jobId = message.getLongProperty(JobQueue.JOB_ID);
            attempt = message.getIntProperty(JobQueue.ATTEMPT);
        } catch (JMSException | NumberFormatException e) {
            LOG.log(Level.WARNING, "a message without a job id and attempt was dropped: " + message, e);
            return;
        }
        if (!running.start(jobId)) {
            LOG.info(() -> "job " + jobId + ": a message for attempt " + attempt + " skipped, the job runs here now");
            return;
        }
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.job(jobId)) {
            consume(jobId, attempt);
        } finally {
            running.end(jobId);
        }
    }

    private void consume(long jobId, int attempt) {
        JobLedger.Claim claim = ledger.claim(jobId, attempt);
        if (claim == null) {
            return;
        }
        long runId = claim.runId();
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
            attempt(claim, jobId, attempt);
        }
    }

    private void attempt(JobLedger.Claim claim, long jobId, int attempt) {
        long runId = claim.runId();
        String what = claim.isContribution() ? "contribution " + claim.contributionId() + ", " + claim.stage()
                : "run " + runId;
        LOG.info(() -> "job " + jobId + " (" + what + "): attempt " + attempt + " starts on " + node.name());
        try {
            if (claim.isContribution()) {
                if (contributions.execute(claim)) {
                    ledger.succeeded(jobId);
                } else {
                    LOG.info(() -> "job " + jobId + " (" + what + ") waits for its coalition runs");
                    return;
                }
            } else {
                runner.trainAndEvaluate(runId, claim.resume());
                ledger.succeeded(jobId);
            }
            LOG.info(() -> "job " + jobId + " (" + what + ") succeeded");
        } catch (io.synergos.ttp.RunPausedException e) {
            LOG.info(() -> "job " + jobId + " (" + what + ") paused; it resumes when " + node.name() + " starts again");
        } catch (Exception e) {
            String error = e.getMessage() == null ? e.toString() : e.getMessage();
            var status = ledger.failed(jobId, attempt, error);
            LOG.info(() -> "job " + jobId + " (" + what + "): attempt " + attempt + " failed (" + error
                    + "); job is now " + status);
        }
    }
}
