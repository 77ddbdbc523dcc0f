package io.synergos.orchestration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The jobs this TTP's consumers are running now, in this JVM. A second message for a job that runs here (the broker's
 * redelivery of a message whose first delivery is still being handled, or the message recovery queued) is a duplicate:
 * it is skipped, so that one job never trains twice at once.
 */
@ApplicationScoped
public class RunningJobs {

    private final Set<Long> jobs = ConcurrentHashMap.newKeySet();

    /** Marks the job as running here; false when it already is. */
    public boolean start(long jobId) {
        return jobs.add(jobId);
    }

    public void end(long jobId) {
        jobs.remove(jobId);
    }

    public Set<Long> ids() {
        return Set.copyOf(jobs);
    }
}
