package io.synergos.orchestration;

import io.synergos.node.NodeConfig;
import io.synergos.ttp.GridRunner;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What a TTP does about the runs it had in flight when it went down, and about going down itself.
 * <ul>
 * <li>At start, under the default {@code resume} policy ({@code synergos.recovery.policy}), its jobs that were running
 * are queued again to continue from their runs' last checkpoints ({@link JobLedger#recoverLeftovers}), and runs it had
 * started by request are resumed ({@link RunRecovery}); under {@code interrupt} both end INTERRUPTED. Queued jobs are
 * untouched: they wait in the broker's persistent journal and run as usual.</li>
 * <li>While it runs, it beats the heartbeat of its running jobs every 10 s, so that no other TTP sharing the broker
 * takes them over.</li>
 * <li>When it is told to stop (SIGTERM, {@code ./synergos node stop}), its training runs pause at the end of their
 * current round, checkpointed, and resume at the next start: the server's graceful suspend, which precedes its stop,
 * waits for them ({@link PauseOnSuspend}) up to {@code synergos.shutdown.pause-seconds} (30).</li>
 * </ul>
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class Recovery {

    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    @Inject
    JobLedger jobs;

    @Inject
    RunRecovery runs;

    @Inject
    RunningJobs running;

    @Inject
    GridRunner grids;

    @Inject
    NodeConfig node;

    private volatile boolean suspended;

    @PostConstruct
    void start() {
        if (node.role() != NodeConfig.Role.TTP) {
            return;
        }
        Instant booted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        String policy = node.resumeInterrupted() ? "resumed" : "INTERRUPTED";
        try {
            int count = jobs.recoverLeftovers(booted, running.ids());
            if (count > 0) {
                LOG.warning(() -> count + " job(s) that were running on " + node.name() + " before it restarted are "
                        + policy);
            }
        } catch (RuntimeException e) {
            // the node must still come up; redelivered messages recover the same jobs when they arrive
            LOG.log(Level.SEVERE, "could not recover the jobs that were running on " + node.name(), e);
        }
        try {
            int count = runs.recover(booted);
            if (count > 0) {
                LOG.warning(() -> count + " run(s) started by request on " + node.name() + " before it restarted are "
                        + policy);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not recover the runs that were in flight on " + node.name(), e);
        }
        Duration wait = Duration.ofSeconds(Long.getLong("synergos.shutdown.pause-seconds", 30));
        PauseOnSuspend.handle(() -> {
            suspended = true;
            return grids.pauseAll(wait);
        }, () -> {
            if (suspended) {
                suspended = false;
                recoverNow();
            }
        });
    }

    /** The server was resumed after a suspend that did not stop it: the runs that paused go on. */
    private void recoverNow() {
        Instant now = Instant.now();
        int jobsResumed = jobs.recoverLeftovers(now, running.ids());
        int runsResumed = runs.recover(now);
        LOG.info(() -> "the server resumed: " + jobsResumed + " paused job(s) and " + runsResumed + " paused run(s) "
                + "resume");
    }

    /** Undeployed without a suspend (a redeploy): the grids pause as they can, and resume at the next start. */
    @PreDestroy
    void stop() {
        PauseOnSuspend.handle(() -> 0, () -> { });
        if (node.role() == NodeConfig.Role.TTP) {
            grids.pauseAll(Duration.ofSeconds(Long.getLong("synergos.shutdown.pause-seconds", 30)));
        }
    }

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false)
    void heartbeat() {
        if (node.role() == NodeConfig.Role.TTP) {
            try {
                jobs.heartbeat(running.ids());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not beat the heartbeat of this TTP's jobs", e);
            }
        }
    }
}
