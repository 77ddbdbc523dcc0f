package io.synergos.worker;

import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.node.NodeConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * The runs this Worker currently serves, each with its own aligned data and secret, so that several grids
 * can share one Worker without mixing state. A node hosting virtual Workers ({@link VirtualWorkers}) keeps each one's
 * runs apart too: {@code virtual} names the virtual Worker, null the node itself.
 */
@ApplicationScoped
public class WorkerRuns {

    private static final Logger LOG = Logger.getLogger(WorkerRuns.class.getName());
    private static final Set<String> PHASES = Set.of("train", "evaluate", "predict", "validate", PhaseRequest.BENCH);

    /** A run as one Worker of this node serves it: the node's own ({@code virtual} empty) or a virtual Worker's. */
    private record Key(String virtual, long runId) {
        Key {
            virtual = virtual == null ? "" : virtual;
        }
    }

    private final Map<Key, WorkerRun> runs = new ConcurrentHashMap<>();

    @Inject
    WorkerDatasets datasets;

    @Inject
    NodeConfig node;

    /**
     * Loads and aligns the phase's datasets for this Worker ({@code virtual} null) or one of its virtual Workers; returns
     * the number of usable rows.
     */
    public int prepare(String virtual, long runId, PhaseRequest request) {
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
            return load(virtual, runId, request);
        }
    }

    private int load(String virtual, long runId, PhaseRequest request) {
        if (node.role() != NodeConfig.Role.WORKER) {
            throw new ConflictException("node " + node.name() + " is a " + node.role() + ", not a Worker");
        }
        if (request == null || request.phase() == null || !PHASES.contains(request.phase())) {
            throw new InvalidInputException("phase must be one of " + PHASES);
        }
        if (request.token() == null || request.token().length() < 32) {
            throw new InvalidInputException("token must be the run's secret of at least 32 characters");
        }
        if (request.benchmarking()) {
            if (request.spec() == null) {
                throw new InvalidInputException("a bench phase needs the model spec");
            }
            runs.put(new Key(virtual, runId), new WorkerRun(runId, virtual, request, null, null, null));
            return 0;
        }
        if (request.datasets() == null || request.datasets().isEmpty()) {
            throw new InvalidInputException("no dataset is tagged '" + request.phase() + "' for this Worker");
        }
        if (request.alignment() == null || request.spec() == null) {
            throw new InvalidInputException("the request needs the alignment and the model spec");
        }
        boolean labelled = !request.phase().equals("predict");
        // every phase holds only the aligned rows, which a large file streams into; evaluation and prediction store
        // their results by dataset and line from the rows' origins
        AlignedData aligned = datasets.aligned(request.datasets(), request.alignment(), labelled, virtual);
        if (aligned.rows() == 0) {
            throw new InvalidInputException("Worker " + who(virtual) + ": the datasets " + request.datasets()
                    + (labelled ? " have no row with a label value" : " have no rows"));
        }
        if (aligned.width() != request.spec().inputs()) {
            throw new InvalidInputException("the alignment has " + aligned.width()
                    + " features but the model expects " + request.spec().inputs());
        }
        AlignedData validation = request.phase().equals("validate") ? aligned : validation(virtual, request);
        runs.put(new Key(virtual, runId), new WorkerRun(runId, virtual, request, aligned,
                new DenseNetwork(request.spec()), validation));
        LOG.info(() -> "run " + runId + ": " + (virtual == null ? "" : "virtual Worker " + virtual + " ") + "prepared "
                + request.phase() + " on " + aligned.rows() + " rows of "
                + request.datasets() + (validation != null && !request.phase().equals("validate") ? ", validating on "
                + validation.rows() + " rows of " + request.validation() : ""));
        return aligned.rows();
    }

    /** The evaluate data a training validator measures candidate models on, aligned; null when none. */
    private AlignedData validation(String virtual, PhaseRequest request) {
        if (request.validationDatasets().isEmpty()) {
            return null;
        }
        AlignedData validation = datasets.aligned(request.validationDatasets(), request.alignment(), true, virtual);
        if (validation.rows() == 0) {
            throw new InvalidInputException("Worker " + who(virtual) + ": the validation datasets "
                    + request.validationDatasets() + " have no row with a label value");
        }
        return validation;
    }

    private String who(String virtual) {
        return VirtualWorkers.qualified(node.name(), virtual);
    }

    public Optional<WorkerRun> find(String virtual, long runId) {
        return Optional.ofNullable(runs.get(new Key(virtual, runId)));
    }

    public boolean accepts(String virtual, long runId, String token) {
        WorkerRun run = runs.get(new Key(virtual, runId));
        return run != null && MessageDigest.isEqual(run.request().token().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** Frees the run's data on this Worker or virtual Worker; true if there was something to release. */
    public boolean release(String virtual, long runId) {
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
            return drop(virtual, runId);
        }
    }

    private boolean drop(String virtual, long runId) {
        boolean released = runs.remove(new Key(virtual, runId)) != null;
        if (released) {
            LOG.info(() -> "run " + runId + ": " + (virtual == null ? "" : "virtual Worker " + virtual + " ") + "released");
        }
        return released;
    }

    /** The runs Worker {@code virtual} of this node (null: the node itself) holds resources for. */
    public Set<Long> active(String virtual) {
        Key probe = new Key(virtual, 0);
        return runs.keySet().stream().filter(k -> k.virtual().equals(probe.virtual())).map(Key::runId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }
}
