package io.synergos.worker;

import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.data.Dataset;
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
 * can share one Worker without mixing state.
 */
@ApplicationScoped
public class WorkerRuns {

    private static final Logger LOG = Logger.getLogger(WorkerRuns.class.getName());
    private static final Set<String> PHASES = Set.of("train", "evaluate", "predict", "validate", "bench");

    private final Map<Long, WorkerRun> runs = new ConcurrentHashMap<>();

    @Inject
    WorkerDatasets datasets;

    @Inject
    NodeConfig node;

    /** Loads and aligns the phase's datasets; returns the number of usable rows. */
    public int prepare(long runId, PhaseRequest request) {
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
            return load(runId, request);
        }
    }

    private int load(long runId, PhaseRequest request) {
        if (node.role() != NodeConfig.Role.WORKER) {
            throw new ConflictException("node " + node.name() + " is a " + node.role() + ", not a Worker");
        }
        if (request == null || request.phase() == null || !PHASES.contains(request.phase())) {
            throw new InvalidInputException("phase must be one of " + PHASES);
        }
        if (request.token() == null || request.token().length() < 32) {
            throw new InvalidInputException("token must be the run's secret of at least 32 characters");
        }
        if (request.phase().equals("bench")) {
            if (request.spec() == null) {
                throw new InvalidInputException("a bench phase needs the model spec");
            }
            runs.put(runId, new WorkerRun(runId, request, List.of(), null, null, null));
            return 0;
        }
        if (request.datasets() == null || request.datasets().isEmpty()) {
            throw new InvalidInputException("no dataset is tagged '" + request.phase() + "' for this Worker");
        }
        if (request.alignment() == null || request.spec() == null) {
            throw new InvalidInputException("the request needs the alignment and the model spec");
        }
        boolean labelled = !request.phase().equals("predict");
        List<Dataset> data = request.datasets().stream().map(name -> datasets.read(name, labelled)).toList();
        AlignedData aligned = request.alignment().encode(data, labelled);
        if (aligned.rows() == 0) {
            throw new InvalidInputException("Worker " + node.name() + ": the datasets " + request.datasets()
                    + (labelled ? " have no row with a label value" : " have no rows"));
        }
        if (aligned.features().columns() != request.spec().inputs()) {
            throw new InvalidInputException("the alignment has " + aligned.features().columns()
                    + " features but the model expects " + request.spec().inputs());
        }
        AlignedData validation = request.phase().equals("validate") ? aligned : validation(request);
        runs.put(runId, new WorkerRun(runId, request, data, aligned, new DenseNetwork(request.spec()), validation));
        LOG.info(() -> "run " + runId + ": prepared " + request.phase() + " on " + aligned.rows() + " rows of "
                + request.datasets() + (validation != null && !request.phase().equals("validate") ? ", validating on "
                + validation.rows() + " rows of " + request.validation() : ""));
        return aligned.rows();
    }

    /** The evaluate data a training validator measures candidate models on, aligned; null when none. */
    private AlignedData validation(PhaseRequest request) {
        if (request.validationDatasets().isEmpty()) {
            return null;
        }
        AlignedData validation = request.alignment().encode(request.validationDatasets().stream()
                .map(name -> datasets.read(name, true)).toList(), true);
        if (validation.rows() == 0) {
            throw new InvalidInputException("Worker " + node.name() + ": the validation datasets "
                    + request.validationDatasets() + " have no row with a label value");
        }
        return validation;
    }

    public Optional<WorkerRun> find(long runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    public boolean accepts(long runId, String token) {
        WorkerRun run = runs.get(runId);
        return run != null && MessageDigest.isEqual(run.request().token().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }

    /** Frees the run's data; true if there was something to release. */
    public boolean release(long runId) {
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
            return drop(runId);
        }
    }

    private boolean drop(long runId) {
        boolean released = runs.remove(runId) != null;
        if (released) {
            LOG.info(() -> "run " + runId + ": released");
        }
        return released;
    }

    public Set<Long> active() {
        return Set.copyOf(runs.keySet());
    }
}
