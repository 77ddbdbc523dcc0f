package io.synergos.orchestration;

import io.synergos.node.NodeConfig;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * At TTP start, jobs this node was running when it went down are marked INTERRUPTED (with their runs): a run
 * in flight at a restart is not resumed (README, "Orchestration"). Queued jobs are untouched: they wait in the
 * broker's persistent journal and run as usual.
 */
@Singleton
@Startup
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @Inject
    JobLedger ledger;

    @Inject
    NodeConfig node;

    @PostConstruct
    void interruptLeftovers() {
        if (node.role() != NodeConfig.Role.TTP) {
            return;
        }
        Instant booted = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        int count;
        try {
            count = ledger.interruptLeftovers(booted);
        } catch (RuntimeException e) {
            // the node must still come up; redelivered messages mark the same jobs when they arrive
            LOG.log(java.util.logging.Level.SEVERE, "could not mark the jobs interrupted by the last stop of "
                    + node.name(), e);
            return;
        }
        if (count > 0) {
            LOG.warning(() -> count + " job(s) that were running on " + node.name() + " before it restarted are now "
                    + "INTERRUPTED");
        }
    }
}
