package io.synergos.node;

import io.synergos.access.ServerSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.time.Duration;

/**
 * This node's identity, read from system properties that the launcher sets:
 * {@code synergos.role} (ttp or worker), {@code synergos.node.name}, {@code synergos.data.dir} (a Worker's
 * datasets) and {@code synergos.work.dir} (exported models, stored predictions; default: the server's data dir).
 */
@ApplicationScoped
public class NodeConfig {

    /** The two roles a node can play. */
    public enum Role { TTP, WORKER }

    public Role role() {
        return Role.valueOf(System.getProperty("synergos.role", "ttp").toUpperCase(java.util.Locale.ROOT));
    }

    public String name() {
        return System.getProperty("synergos.node.name", "node");
    }

    public Path dataDir() {
        return Path.of(System.getProperty("synergos.data.dir",
                System.getProperty("jboss.server.data.dir", ".") + "/datasets"));
    }

    public Path workDir() {
        return Path.of(System.getProperty("synergos.work.dir",
                System.getProperty("jboss.server.data.dir", ".") + "/synergos"));
    }

    @Inject
    ServerSecrets secrets;

    /**
     * A Worker's control key, which the TTP must present on every call to the Worker's control API: kept in the node's
     * credential store ({@code synergos.worker.key}, an encrypted expression the launcher writes) and bound by the
     * server. Empty when none is configured: the control API then refuses every call.
     */
    public Optional<String> workerKey() {
        return secrets.get(ServerSecrets.WORKER_KEY);
    }

    /**
     * How many virtual Workers this Worker node hosts ({@code synergos.worker.virtual}, default 0): see
     * {@link io.synergos.worker.VirtualWorkers}.
     */
    public int virtualWorkers() {
        String text = System.getProperty(io.synergos.worker.VirtualWorkers.PROPERTY, "0").trim();
        int count;
        try {
            count = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            count = -1;
        }
        if (count < 0 || count > io.synergos.worker.VirtualWorkers.MAX) {
            throw new IllegalStateException(io.synergos.worker.VirtualWorkers.PROPERTY + " is '" + text
                    + "'; it must be a whole number from 0 to " + io.synergos.worker.VirtualWorkers.MAX);
        }
        return count;
    }

    /**
     * The control key of the Worker a control call or grid socket addresses: the node's own ({@code virtual} null) or
     * one of its virtual Workers' (derived from the node's); empty when the node has no key or no such virtual Worker.
     */
    public Optional<String> controlKey(String virtual) {
        if (virtual == null) {
            return workerKey();
        }
        return io.synergos.worker.VirtualWorkers.index(virtual, virtualWorkers()).flatMap(index -> workerKey())
                .map(key -> io.synergos.worker.VirtualWorkers.key(key, virtual));
    }

    /** How long the TTP waits for one Worker's reply to one request. */
    public Duration replyTimeout() {
        return Duration.ofSeconds(Long.getLong("synergos.grid.reply-timeout-seconds", 300));
    }

    /** The shortest adaptive round deadline ({@code synergos.grid.deadline-floor-seconds}, default 5). */
    public Duration deadlineFloor() {
        return Duration.ofMillis(Math.round(1000 * Double.parseDouble(
                System.getProperty("synergos.grid.deadline-floor-seconds", "5"))));
    }

    /** Every how many rounds a training run is checkpointed ({@code synergos.checkpoint.rounds}, default 1). */
    public int checkpointRounds() {
        return Math.max(1, Integer.getInteger("synergos.checkpoint.rounds", 1));
    }

    /**
     * What a TTP does with the runs it had in flight when it went down, at its next start
     * ({@code synergos.recovery.policy}): resume them from their last checkpoint (the default), or mark them
     * INTERRUPTED.
     */
    public boolean resumeInterrupted() {
        return !"interrupt".equalsIgnoreCase(System.getProperty("synergos.recovery.policy", "resume"));
    }

    /** How long a job's TTP may stay silent before another TTP takes the job over ({@code synergos.jobs.lease-seconds}). */
    public Duration jobLease() {
        return Duration.ofSeconds(Long.getLong("synergos.jobs.lease-seconds", 60));
    }

    /** How many times a job is resumed after its TTP went down before it is INTERRUPTED for good. */
    public int jobMaxResumes() {
        return Integer.getInteger("synergos.jobs.max-resumes", 10);
    }

    public Duration connectTimeout() {
        return Duration.ofSeconds(Long.getLong("synergos.grid.connect-timeout-seconds", 10));
    }

    /** How many attempts a run job gets before it is dead-lettered (a search may set its own). */
    public int jobMaxAttempts() {
        return Integer.getInteger("synergos.jobs.max-attempts", 3);
    }

    /**
     * The most bytes of round updates a run keeps (in the database) so that in-training contribution can be
     * computed on it once it has finished: {@code synergos.contribution.keep-updates-mb}, default 64 MiB. A run
     * whose rounds would take more keeps none (its contribution is then exact, leave-one-out, or in-training
     * requested before it trains).
     */
    public long keptUpdatesBytes() {
        return Long.getLong("synergos.contribution.keep-updates-mb", 64) << 20;
    }

    /**
     * The most bytes of aligned data a Worker keeps on its disk for the node's life ({@code
     * synergos.worker.aligned-cache-mb}, default 4 GiB; 0: none, a large file's rows are then encoded on the heap), in
     * {@code aligned} under {@link #workDir()}: see {@link io.synergos.worker.AlignedCache}.
     */
    public long alignedCacheBytes() {
        return Long.getLong("synergos.worker.aligned-cache-mb", 4096) << 20;
    }

    /** The most participants {@code exact} contribution accepts: it trains 2^n - 2 coalitions. */
    public int exactMaxParticipants() {
        return Integer.getInteger("synergos.contribution.exact-max-participants", 6);
    }

    /** How long a failed job waits on the queue before its next attempt. */
    public Duration jobRetryDelay() {
        return Duration.ofMillis(Long.getLong("synergos.jobs.retry-delay-ms", 2000));
    }
}
