package io.synergos.operations;

import io.synergos.node.NodeConfig;
import io.synergos.orchestration.JobLedger;
import io.synergos.persistence.orchestration.JobStatus;
import io.synergos.ttp.GridRunner;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Registers the TTP's gauges at start: the grids it runs, and the job queue's depth and dead letters (counted in the
 * database every few seconds at most, since Prometheus may scrape often).
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class Gauges {

    private static final long REFRESH_NANOS = 5_000_000_000L;

    @Inject
    NodeMetrics metrics;

    @Inject
    NodeConfig node;

    @Inject
    GridRunner grids;

    @Inject
    JobLedger jobs;

    private final Map<JobStatus, long[]> counted = new ConcurrentHashMap<>();

    @PostConstruct
    void register() {
        if (node.role() != NodeConfig.Role.TTP) {
            return;
        }
        metrics.gauge("synergos.grids.active", "Grids this TTP runs now", () -> grids.activeRuns().size());
        metrics.gauge("synergos.jobs.queued", "Jobs waiting on the queue", () -> count(JobStatus.QUEUED));
        metrics.gauge("synergos.jobs.dead_lettered", "Jobs that failed every attempt", () ->
                count(JobStatus.DEAD_LETTERED));
    }

    /** The number of jobs in {@code status}, counted again when the last count is older than 5 s; -1 if unknown. */
    private long count(JobStatus status) {
        long[] last = counted.computeIfAbsent(status, s -> new long[]{-1, 0});
        synchronized (last) {
            if (System.nanoTime() - last[1] > REFRESH_NANOS || last[0] < 0) {
                try {
                    last[0] = jobs.count(status);
                } catch (RuntimeException e) {
                    last[0] = -1;
                }
                last[1] = System.nanoTime();
            }
            return last[0];
        }
    }
}
