package io.synergos.ttp;

import io.synergos.federation.aggregation.FedAvg;
import io.synergos.federation.contribution.Assessment;
import io.synergos.federation.contribution.ContributionMetric;
import io.synergos.federation.contribution.FreeRiderDetector;
import io.synergos.federation.contribution.InTrainingValuation;
import io.synergos.federation.contribution.MetricSums;
import io.synergos.federation.contribution.UpdateStatistics;
import io.synergos.federation.alignment.AlignmentPlanner;
import io.synergos.federation.alignment.DataWarnings;
import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.alignment.Task;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.DenseNetwork;
import io.synergos.federation.model.ModelSpec;
import io.synergos.federation.training.EarlyStopping;
import io.synergos.federation.training.TrainingConfig;
import io.synergos.federation.metrics.MetricsAggregator;
import io.synergos.node.DatabaseOutage;
import io.synergos.node.Json;
import io.synergos.node.ModelArtefact;
import io.synergos.node.NodeConfig;
import io.synergos.node.tls.NodeTls;
import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.websocket.protocol.ControlType;
import io.synergos.websocket.protocol.FrameKind;
import io.synergos.websocket.protocol.Reply;
import io.synergos.websocket.protocol.TensorFrame;
import io.synergos.websocket.ttp.GridException;
import io.synergos.worker.PhaseRequest;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The phases of a run as the TTP drives them: align, prepare the Workers, bring up the grid, train round by
 * round, export, dismantle; and the same grid life for evaluation and prediction. Plain Java over the
 * {@link RunLedger} (persistence), the {@link WorkerClient} (REST) and the {@link Grid} (WebSocket).
 */
final class FederatedCycle {

    private static final Logger LOG = Logger.getLogger(FederatedCycle.class.getName());

    private final RunLedger ledger;
    private final NodeConfig node;
    private final LiveGrids live;
    private final NodeTls tls;
    private final io.synergos.operations.NodeMetrics metrics;
    private final Grid grid;
    /** Where a grid's set-up calls every Worker at once ({@link AllWorkers}). */
    private final java.util.concurrent.Executor setup;
    private volatile String phase = "starting";
    private volatile boolean released;
    private volatile boolean paused;

    /** @param background where the grid brings absent trainers back (see {@link Grid}) */
    FederatedCycle(RunLedger ledger, NodeConfig node, LiveGrids live, NodeTls tls,
                   java.util.concurrent.ScheduledExecutorService background, io.synergos.operations.NodeMetrics metrics) {
        this.grid = new Grid(background, node.replyTimeout());
        this.setup = background;
        this.metrics = metrics;
        this.ledger = ledger;
        this.node = node;
        this.live = live;
        this.tls = tls;
    }

    Grid grid() {
        return grid;
    }

    /** The phase this cycle runs (train, evaluate, predict), for messages. */
    String phase() {
        return phase;
    }

    /** True once the grid's sockets are closed and its Workers told to release the run. */
    boolean isReleased() {
        return released;
    }

    /** The phase is over (it threw or returned): whatever grid it had is released by now. */
    void ended() {
        released = true;
    }

    /** Closes the grid and releases the Workers; the phase records its end state only after this. */
    private void release(WorkerClient client, long runId) {
        try {
            grid.release(client, runId);
        } finally {
            released = true;
            live.disconnected(runId);
        }
    }

    void train(RunPlan plan) throws GridException, IOException {
        train(plan, null);
    }

    /**
     * Trains the run, from its first round, or from {@code from}, the checkpoint a resumed run continues from: its
     * rounds, global parameters, early-stopping state and free-rider statistics, and (for a run that values
     * contributions as it trains) the valuation of its earlier rounds measured again from their kept updates. A resumed
     * run checks that every Worker still has the data the run started on, and keeps the run's feature alignment, so that
     * it ends exactly where an uninterrupted run would.
     */
    void train(RunPlan plan, Checkpoint from) throws GridException, IOException {
        long begun = System.nanoTime();
        phase = "train";
        List<RunPlan.WorkerPlan> workers = contributing(plan, DataTag.Tag.TRAIN);
        List<String> names = workers.stream().map(RunPlan.WorkerPlan::name).toList();
        String artefact;
        Path model;
        String note = null;
        UpdateStatistics statistics = from == null || from.statistics() == null ? new UpdateStatistics(names)
                : UpdateStatistics.restore(names, from.statistics());
        InTraining valuing = null;
        try (WorkerClient client = new WorkerClient(node.connectTimeout(), tls)) {
            ModelArtefact initial = plan.initialModel() == null ? null
                    : Json.read(plan.initialModel(), ModelArtefact.class);
            // a run restored from a registered version keeps that version's feature space, so its parameters fit;
            // a coalition run trains in the feature space of the run it helps to value
            Map<String, List<DatasetHeader>> headers = plan.coalition() ? null
                    : headers(client, workers, DataTag.Tag.TRAIN, minWorkers(plan.hyper(), workers.size()),
                    plan.runId());
            long headed = System.nanoTime();
            if (headers != null && from != null) {
                checkUnchanged(plan, headers);
            } else if (headers != null) {
                checkVersions(plan, headers, DataTag.Tag.TRAIN);
            }
            FeatureAlignment alignment = from != null || plan.coalition()
                    ? Json.read(plan.alignment(), FeatureAlignment.class)
                    : initial != null ? initial.alignment() : AlignmentPlanner.plan(headers);
            if (from == null) {
                ledger.saveAlignment(plan.runId(), Json.write(alignment));
                if (headers != null) {
                    List<String> warnings = DataWarnings.of(headers, alignment.label());
                    warnings.forEach(w -> LOG.warning("run " + plan.runId() + ": " + w));
                    ledger.saveDataWarnings(plan.runId(), warnings);
                }
            }
            ModelSpec spec = spec(plan, alignment);
            Hyperparameters h = plan.hyper();
            TrainingConfig config = new TrainingConfig(h.getLocalEpochs(), h.getBatchSize(), h.getLearningRate(),
                    h.getLambda(), h.getAlgorithm() == Hyperparameters.Algorithm.FEDPROX ? h.getMu() : 0, h.getSeed());
            List<RunPlan.WorkerPlan> validators = plan.contribution().inTraining()
                    ? Validators.of(plan, plan.contribution().validators()) : List.of();
            boolean keep = KeptUpdates.size(spec.parameterCount(), workers.size()) * h.getRounds()
                    <= node.keptUpdatesBytes();
            int minWorkers = minWorkers(h, workers.size());
            RoundDeadline deadline = RoundDeadline.of(h.getRoundDeadlineSeconds(), minWorkers < workers.size(),
                    node.deadlineFloor(), node.replyTimeout());
            int every = node.checkpointRounds();
            try {
                long planned = System.nanoTime();
                openTraining(client, plan, workers, validators, alignment, spec, config, minWorkers);
                long up = System.nanoTime();
                LOG.info("run " + plan.runId() + ": " + workers.size() + " trainers, at least " + minWorkers
                        + " must answer each round; round deadline " + deadline.describe() + "; checkpoint every "
                        + every + " round(s)" + (from == null ? "" : "; resuming after round " + from.rounds())
                        + "; grid up in " + millis(up - begun) + " ms (headers " + millis(headed - begun)
                        + ", alignment " + millis(planned - headed) + ", Workers prepared and connected "
                        + millis(up - planned) + ")");
                if (!validators.isEmpty()) {
                    valuing = new InTraining(workers, grid.validators(), contributionMetric(plan, alignment), h.getSeed(),
                            alignment);
                    if (from != null && !replay(plan, valuing, from.rounds())) {
                        valuing = null;
                        note = "its in-training contribution was not computed: the run resumed after round "
                                + from.rounds() + " without every earlier round's updates kept; request it with POST "
                                + "/contribution/runs/" + plan.runId();
                    }
                }
                double[] global = from != null ? from.global() : initial != null ? startingPoint(initial, spec)
                        : new DenseNetwork(spec).initialParameters(h.getSeed());
                EarlyStopping stopping = from == null
                        ? new EarlyStopping(h.getEarlyStoppingPatience(), h.getEarlyStoppingMinDelta())
                        : EarlyStopping.restore(h.getEarlyStoppingPatience(), h.getEarlyStoppingMinDelta(),
                        from.bestLoss(), from.roundsWithoutImprovement());
                if (from != null) {
                    live.round(plan.runId(), from.rounds(), Double.NaN, 0, Map.of(), List.of(), List.of());
                }
                long bytesBefore = grid.bytesOnWire();
                for (int round = from == null ? 0 : from.rounds(); round < h.getRounds(); round++) {
                    long start = System.nanoTime();
                    Grid.Round result = grid.trainRound(round, global, deadline.next(), minWorkers, true);
                    FedAvg.Aggregate aggregate = result.aggregate();
                    double millis = (System.nanoTime() - start) / 1e6;
                    deadline.record(millis);
                    KeptUpdates updates = kept(global, workers, result);
                    statistics.round(updates.global(), updates.updates(), updates.samples());
                    if (valuing != null) {
                        valuing.round(updates);
                    }
                    global = aggregate.parameters();
                    int shown = round + 1;
                    boolean stop = stopping.shouldStop(aggregate.loss());
                    boolean pausing = paused;
                    Checkpoint checkpoint = !stop && shown < h.getRounds() && (pausing || shown % every == 0)
                            ? new Checkpoint(shown, global, stopping.best(), stopping.roundsWithoutImprovement(),
                            statistics.save()) : null;
                    int saved = round;
                    byte[] keptBytes = keep ? updates.encode() : null;
                    boolean cancelled = DatabaseOutage.retry("run " + plan.runId() + " round " + shown,
                            DatabaseOutage.window(), () -> ledger.saveRound(plan.runId(), saved, aggregate.loss(),
                                    millis, result.localLosses(), result.answered(), result.late(), result.absent(),
                                    keptBytes, checkpoint));
                    live.round(plan.runId(), shown, aggregate.loss(), millis, result.localLosses(), result.late(),
                            result.absent());
                    logParticipation(plan.runId(), round, result);
                    long bytesNow = grid.bytesOnWire();
                    metrics.round(millis, Math.max(0, bytesNow - bytesBefore), result.replyMillis(), result.late(),
                            result.absent());
                    bytesBefore = bytesNow;
                    if (cancelled) {
                        throw new RunCancelledException("run " + plan.runId() + " cancelled by request after round "
                                + shown);
                    }
                    LOG.fine(() -> "run " + plan.runId() + " round " + shown + "/" + h.getRounds() + ": loss "
                            + aggregate.loss());
                    if (stop) {
                        note = "stopped early after round " + shown + ": no improvement for "
                                + stopping.roundsWithoutImprovement() + " rounds";
                        break;
                    }
                    if (pausing && checkpoint != null) {
                        throw new RunPausedException("paused after round " + shown + " of " + h.getRounds()
                                + " because its TTP " + node.name() + " is stopping; it resumes from there when the "
                                + "TTP starts again");
                    }
                }
                Map<String, Reply> finished = grid.broadcastToTrainers(
                        TensorFrame.request(FrameKind.FINISH, -1, global), node.replyTimeout());
                finished.forEach((worker, reply) -> control(worker, reply, ControlType.FINISHED));
                artefact = Json.write(ModelArtefact.of(plan.runId(), "global", spec, alignment, global));
                model = export(plan.runId(), artefact);
            } finally {
                release(client, plan.runId());
            }
        }
        InTrainingOutcome outcome = valuing == null ? null : valuing.outcome(plan, statistics);
        String ended = note;
        String summaries = Json.write(statistics.summaries().values());
        int version = DatabaseOutage.retry("run " + plan.runId() + " finishing", DatabaseOutage.window(),
                () -> ledger.finishTraining(plan.runId(), model.toString(), ended, artefact, summaries, outcome));
        LOG.info(() -> "run " + plan.runId() + (plan.coalition() ? ": coalition model kept"
                : ": global model registered as model version " + version));
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    /** Asks a training run to stop at the end of its current round, checkpointed (its TTP is stopping). */
    void pause() {
        paused = true;
    }

    /**
     * Values the earlier rounds of a resumed run again, from the updates it kept, so that its in-training contribution
     * is the uninterrupted run's; false when not every one was kept.
     */
    private boolean replay(RunPlan plan, InTraining valuing, int rounds) throws GridException {
        List<byte[]> kept = ledger.keptUpdates(plan.runId(), rounds);
        if (kept.size() != rounds) {
            return false;
        }
        for (byte[] round : kept) {
            valuing.round(KeptUpdates.decode(round));
        }
        return true;
    }

    /**
     * A resumed run trains on exactly the data it started on: every Worker's dataset must have the content version
     * the run recorded when it began.
     */
    private void checkUnchanged(RunPlan plan, Map<String, List<DatasetHeader>> headers) throws GridException {
        Map<String, String> started = new java.util.HashMap<>();
        io.synergos.metadata.DatasetVersions.read(plan.datasetVersions()).stream()
                .filter(io.synergos.metadata.DatasetVersions.Use::trained)
                .forEach(u -> started.put(u.participant() + "/" + u.dataset(), u.version()));
        for (Map.Entry<String, List<DatasetHeader>> worker : headers.entrySet()) {
            for (DatasetHeader header : worker.getValue()) {
                String before = started.get(worker.getKey() + "/" + header.dataset());
                if (before != null && !before.equals(header.version())) {
                    throw new GridException("run " + plan.runId() + " cannot be resumed: Worker " + worker.getKey()
                            + "'s dataset " + header.dataset() + " changed since the run started (version " + before
                            + ", now " + header.version() + "); train the run again");
                }
            }
        }
    }

    /**
     * The round as the valuation and the statistics see it: the trainers' updates in the trainers' order; one that did
     * not answer (late, absent) has the round's starting model and no samples, so it weighs nothing in any coalition.
     */
    private static KeptUpdates kept(double[] global, List<RunPlan.WorkerPlan> workers, Grid.Round round) {
        double[][] updates = new double[workers.size()][];
        long[] samples = new long[workers.size()];
        for (int i = 0; i < workers.size(); i++) {
            Grid.Update update = round.updates().get(workers.get(i).name());
            updates[i] = update == null ? global : update.parameters();
            samples[i] = update == null ? 0 : update.samples();
        }
        return new KeptUpdates(global, workers.stream().map(RunPlan.WorkerPlan::name).toList(), updates, samples);
    }

    /** The fewest trainers that must answer each round: the run's minWorkers, or every trainer. */
    static int minWorkers(Hyperparameters h, int trainers) throws GridException {
        if (h.getMinWorkers() == null) {
            return trainers;
        }
        if (h.getMinWorkers() > trainers) {
            throw new GridException("minWorkers is " + h.getMinWorkers() + ", but only " + trainers + " participant"
                    + (trainers == 1 ? " has" : "s have") + " data tagged train");
        }
        return h.getMinWorkers();
    }

    private static void logParticipation(long runId, int round, Grid.Round result) {
        if (!result.late().isEmpty() || !result.absent().isEmpty() || !result.rejoined().isEmpty()) {
            LOG.info(() -> "run " + runId + " round " + (round + 1) + ": " + result.answered().size() + " answered"
                    + (result.late().isEmpty() ? "" : ", late: " + result.late())
                    + (result.absent().isEmpty() ? "" : ", absent: " + result.absent())
                    + (result.rejoined().isEmpty() ? "" : ", rejoined: " + result.rejoined()));
        }
    }

    /** The project's contribution metric, or the task's default; refused when it does not fit the task. */
    static ContributionMetric contributionMetric(RunPlan plan, FeatureAlignment alignment) throws GridException {
        ContributionMetric metric;
        try {
            metric = plan.contribution().metric() == null ? ContributionMetric.defaultFor(alignment.task())
                    : ContributionMetric.of(plan.contribution().metric());
        } catch (IllegalArgumentException e) {
            throw new GridException("the project's contribution metric: " + e.getMessage());
        }
        if (!metric.fits(alignment.task())) {
            throw new GridException("the contribution metric " + metric + " does not fit a "
                    + alignment.task().name().toLowerCase(java.util.Locale.ROOT) + " task");
        }
        return metric;
    }

    /** In-training contribution as the run trains: candidates measured on the grid's own validators. */
    private final class InTraining {
        private final InTrainingValuation valuation;
        private final ContributionMetric metric;
        private final FeatureAlignment alignment;
        private long nanos;

        InTraining(List<RunPlan.WorkerPlan> trainers, List<String> validators, ContributionMetric metric, long seed,
                   FeatureAlignment alignment) {
            this.metric = metric;
            this.alignment = alignment;
            this.valuation = new InTrainingValuation(trainers.stream().map(RunPlan.WorkerPlan::name).toList(),
                    validators, InTrainingValuation.Settings.defaults(metric, seed));
        }

        void round(KeptUpdates round) throws GridException {
            long start = System.nanoTime();
            try {
                valuation.round(round.global(), round.updates(), round.samples(), models -> {
                    try {
                        return grid.evaluateCandidates(models, alignment.task(), alignment.classes().size(),
                                node.replyTimeout());
                    } catch (GridException e) {
                        throw new UncheckedGridException(e);
                    }
                });
            } catch (UncheckedGridException e) {
                throw e.getCause();
            } finally {
                nanos += System.nanoTime() - start;
            }
        }

        InTrainingOutcome outcome(RunPlan plan, UpdateStatistics statistics) throws GridException {
            long start = System.nanoTime();
            Assessment assessment = Assessment.of(valuation::result, statistics.summaries(),
                    FreeRiderDetector.Thresholds.DEFAULTS);
            Valuations.requireDefined(assessment.result());
            nanos += System.nanoTime() - start;
            return new InTrainingOutcome(metric.wireName(), String.join(",", plan.contribution().validators()),
                    Valuations.parameters(InTrainingValuation.Settings.defaults(metric, plan.hyper().getSeed()),
                            FreeRiderDetector.Thresholds.DEFAULTS),
                    assessment, nanos / 1_000_000, Valuations.roundDetails(valuation, assessment));
        }
    }

    /**
     * Records the exact data a phase (training, evaluation) reads and compares it with the catalog: a catalogued
     * dataset that changed on disk refuses the phase or is recorded as a warning, as the project's policy says.
     */
    private void checkVersions(RunPlan plan, Map<String, List<DatasetHeader>> headers, DataTag.Tag tag)
            throws GridException {
        io.synergos.metadata.DatasetVersions versions = new io.synergos.metadata.DatasetVersions();
        String tagName = tag.name().toLowerCase(java.util.Locale.ROOT);
        headers.forEach((participant, list) -> list.forEach(h -> versions.add(participant, tagName, h.dataset(),
                h.version(), plan.catalog().entries().get(participant))));
        ledger.saveDatasetVersions(plan.runId(), tagName, versions.uses());
        if (!versions.mismatches().isEmpty()) {
            if (plan.catalog().refuseMismatch()) {
                throw new GridException(versions.mismatchMessage());
            }
            LOG.warning("run " + plan.runId() + " trains on changed data: " + versions.mismatchMessage());
        }
    }

    /** The headers (never rows) of every Worker's datasets with the tag. */
    private Map<String, List<DatasetHeader>> headers(WorkerClient client, List<RunPlan.WorkerPlan> workers,
                                                     DataTag.Tag tag) throws GridException {
        return headers(client, workers, tag, workers.size(), 0);
    }

    /**
     * The headers of every Worker that can be reached, asked of all at once; a run that may go on without some
     * trainers ({@code needed} of them) starts without those it cannot reach when enough others answer: the feature
     * alignment is then made without their headers, and they join later in the run's feature space (a category only
     * they hold is all zeros there). Otherwise the first Worker (in the run's order) that cannot be reached fails the
     * run.
     */
    private Map<String, List<DatasetHeader>> headers(WorkerClient client, List<RunPlan.WorkerPlan> workers,
                                                     DataTag.Tag tag, int needed, long runId) throws GridException {
        List<AllWorkers.Outcome<List<DatasetHeader>>> outcomes = AllWorkers.call(setup(client), workers, worker -> {
            List<DatasetHeader> list = new ArrayList<>();
            for (String dataset : worker.tagged(tag)) {
                list.add(client.header(worker, dataset));
            }
            return list;
        });
        Map<String, List<DatasetHeader>> headers = new LinkedHashMap<>();
        GridException first = null;
        for (int i = 0; i < workers.size(); i++) {
            AllWorkers.Outcome<List<DatasetHeader>> outcome = outcomes.get(i);
            try {
                headers.put(workers.get(i).name(), outcome.get());
            } catch (GridException e) {
                if (needed >= workers.size() || !e.getMessage().contains("is unreachable at")) {
                    throw e;
                }
                first = first == null ? e : first;
                LOG.warning("run " + runId + ": " + e.getMessage() + "; the run starts without it if "
                        + needed + " of its " + workers.size() + " trainers can be reached");
            }
        }
        if (headers.size() < needed) {
            throw first;
        }
        return headers;
    }

    void evaluate(RunPlan plan) throws GridException, IOException {
        phase = "evaluate";
        ModelArtefact model = model(plan);
        List<RunPlan.WorkerPlan> workers = contributing(plan, DataTag.Tag.EVALUATE);
        Map<String, String> perWorker = new LinkedHashMap<>();
        Map<String, Long> samples = new LinkedHashMap<>();
        List<JsonObject> all = new ArrayList<>();
        try (WorkerClient client = new WorkerClient(node.connectTimeout(), tls)) {
            // the run records the exact evaluate data too, checked against the catalog like its training data
            checkVersions(plan, headers(client, workers, DataTag.Tag.EVALUATE), DataTag.Tag.EVALUATE);
            try {
                open(client, plan, workers, "evaluate", DataTag.Tag.EVALUATE, model.alignment(), model.spec(), null);
                Map<String, Reply> replies = grid.broadcast(
                        TensorFrame.request(FrameKind.EVALUATE, -1, model.parameters()), node.replyTimeout());
                replies.forEach((worker, reply) -> {
                    JsonObject metrics = control(worker, reply, ControlType.EVALUATION);
                    perWorker.put(worker, metrics.toString());
                    samples.put(worker, metrics.getJsonNumber("samples").longValue());
                    all.add(metrics);
                });
            } finally {
                release(client, plan.runId());
            }
        }
        JsonObject overall = MetricsAggregator.aggregate(all);
        ledger.saveEvaluation(plan.runId(), perWorker, samples, overall.toString(),
                overall.getJsonNumber("samples").longValue());
    }

    void predict(RunPlan plan, String participant) throws GridException, IOException {
        phase = "predict";
        ModelArtefact model = model(plan);
        RunPlan.WorkerPlan worker = plan.workers().stream().filter(w -> w.name().equals(participant)).findFirst()
                .orElseThrow(() -> new GridException("participant '" + participant + "' is not registered in the "
                        + "run's project"));
        if (worker.tagged(DataTag.Tag.PREDICT).isEmpty()) {
            throw new GridException("participant '" + participant + "' has no dataset tagged predict");
        }
        List<RunPlan.WorkerPlan> workers = List.of(worker);
        long count;
        try (WorkerClient client = new WorkerClient(node.connectTimeout(), tls)) {
            try {
                open(client, plan, workers, "predict", DataTag.Tag.PREDICT, model.alignment(), model.spec(), null);
                Reply reply = grid.broadcast(TensorFrame.request(FrameKind.PREDICT, -1, model.parameters()),
                        node.replyTimeout()).get(participant);
                count = control(participant, reply, ControlType.PREDICTION).getJsonNumber("predictions").longValue();
            } finally {
                release(client, plan.runId());
            }
        }
        ledger.savePrediction(plan.runId(), participant, count, "COMPLETED", null);
    }

    /** Measures candidate models on the validators' evaluate data; see {@link GridRunner#validate}. */
    void validate(RunPlan plan, List<RunPlan.WorkerPlan> validators, GridRunner.Measurement work) throws Exception {
        phase = "validate";
        ModelArtefact model = model(plan);
        FeatureAlignment alignment = model.alignment();
        int width = MetricSums.width(alignment.task(), alignment.classes().size());
        try (WorkerClient client = new WorkerClient(node.connectTimeout(), tls)) {
            try {
                live.begin(plan.runId(), "validate", 0);
                for (RunPlan.WorkerPlan worker : validators) {
                    grid.join(client, worker, plan.runId(), new PhaseRequest("validate", null,
                            worker.tagged(DataTag.Tag.EVALUATE), alignment, model.spec(), null, 0, List.of()),
                            node.connectTimeout(), Grid.Role.VALIDATES, width);
                    live.connected(plan.runId(), worker.name());
                }
                work.run(new GridRunner.Measurer() {
                    @Override
                    public List<String> validators() {
                        return grid.validators();
                    }

                    @Override
                    public ModelArtefact model() {
                        return model;
                    }

                    @Override
                    public List<MetricSums[]> measure(List<double[]> models) throws GridException {
                        return grid.evaluateCandidates(models, alignment.task(), alignment.classes().size(),
                                node.replyTimeout());
                    }
                });
            } finally {
                release(client, plan.runId());
            }
        }
    }

    /**
     * Brings up a training grid: every trainer, each validator among them also preparing its evaluate data, and
     * the validators that do not train preparing only that.
     */
    private void openTraining(WorkerClient client, RunPlan plan, List<RunPlan.WorkerPlan> trainers,
                              List<RunPlan.WorkerPlan> validators, FeatureAlignment alignment, ModelSpec spec,
                              TrainingConfig config, int minWorkers) throws GridException {
        live.begin(plan.runId(), "train", plan.hyper().getRounds());
        int width = MetricSums.width(alignment.task(), alignment.classes().size());
        List<Grid.Joining> joinings = new ArrayList<>();
        for (int i = 0; i < trainers.size(); i++) {
            RunPlan.WorkerPlan worker = trainers.get(i);
            boolean validates = validators.contains(worker);
            PhaseRequest request = new PhaseRequest("train", null, worker.tagged(DataTag.Tag.TRAIN), alignment, spec,
                    config, i + 1, validates ? worker.tagged(DataTag.Tag.EVALUATE) : List.of());
            // a run that may go on without some trainers starts without those it cannot reach, and asks them to rejoin;
            // a validator's measurements are needed from the start
            joinings.add(new Grid.Joining(worker, request, validates ? Grid.Role.TRAINS_AND_VALIDATES
                    : Grid.Role.TRAINS, !validates));
        }
        Map<String, String> absent = grid.joinAll(client, plan.runId(), joinings, node.connectTimeout(), width,
                trainers.size() - minWorkers, setup(client));
        absent.forEach((worker, why) -> LOG.warning("run " + plan.runId() + ": trainer " + worker
                + " could not join (" + why + "); the run starts without it and asks it to rejoin"));
        for (RunPlan.WorkerPlan worker : trainers) {
            if (!absent.containsKey(worker.name())) {
                live.connected(plan.runId(), worker.name());
            }
        }
        for (RunPlan.WorkerPlan worker : validators) {
            if (!trainers.contains(worker)) {
                grid.join(client, worker, plan.runId(), new PhaseRequest("validate", null,
                        worker.tagged(DataTag.Tag.EVALUATE), alignment, spec, null, 0, List.of()),
                        node.connectTimeout(), Grid.Role.VALIDATES, width);
                live.connected(plan.runId(), worker.name());
            }
        }
    }

    private void open(WorkerClient client, RunPlan plan, List<RunPlan.WorkerPlan> workers, String phase,
                      DataTag.Tag tag, FeatureAlignment alignment, ModelSpec spec, TrainingConfig config)
            throws GridException {
        live.begin(plan.runId(), phase, config == null ? 0 : plan.hyper().getRounds());
        List<Grid.Joining> joinings = new ArrayList<>();
        for (int i = 0; i < workers.size(); i++) {
            RunPlan.WorkerPlan worker = workers.get(i);
            joinings.add(new Grid.Joining(worker, new PhaseRequest(phase, null, worker.tagged(tag), alignment, spec,
                    config, i + 1, List.of()), Grid.Role.TRAINS, false));
        }
        grid.joinAll(client, plan.runId(), joinings, node.connectTimeout(), 0, 0, setup(client));
        workers.forEach(worker -> live.connected(plan.runId(), worker.name()));
    }

    /** Where set-up calls the Workers at once: none (one after another) when the client cannot call them together. */
    private java.util.concurrent.Executor setup(WorkerClient client) {
        return client.concurrent() ? setup : null;
    }

    private static List<RunPlan.WorkerPlan> contributing(RunPlan plan, DataTag.Tag tag) throws GridException {
        List<RunPlan.WorkerPlan> workers = plan.workers().stream().filter(w -> !w.tagged(tag).isEmpty()).toList();
        if (workers.isEmpty()) {
            throw new GridException("no registered participant has a dataset tagged " + tag.name().toLowerCase());
        }
        for (RunPlan.WorkerPlan worker : workers) {
            if (worker.accessKey() == null || worker.accessKey().isBlank()) {
                throw new GridException("participant " + worker.name() + " has no control key; set its accessKey "
                        + "with PUT /participants/{id}");
            }
        }
        return workers;
    }

    private static ModelSpec spec(RunPlan plan, FeatureAlignment alignment) throws GridException {
        boolean regression = alignment.task() == Task.REGRESSION;
        if (plan.modelType() == ModelType.LOGISTIC_REGRESSION && regression) {
            throw new GridException("logistic regression needs a categorical label, but '" + alignment.label()
                    + "' is numeric; use LINEAR_REGRESSION or MLP");
        }
        if (plan.modelType() == ModelType.LINEAR_REGRESSION && !regression) {
            throw new GridException("linear regression needs a numeric label, but '" + alignment.label()
                    + "' is categorical; use LOGISTIC_REGRESSION or MLP");
        }
        int[] hidden = plan.modelType() == ModelType.MLP ? plan.hidden() : new int[0];
        if (alignment.width() == 0) {
            throw new GridException("the aligned datasets have no feature column besides the label '"
                    + alignment.label() + "'; if a file's values are separated by something other than a comma, a "
                    + "semicolon, a tab or a bar, name its \"delimiter\" in the dataset's .schema.json");
        }
        return new ModelSpec(alignment.width(), hidden, alignment.outputs(), Activation.of(plan.activation()),
                alignment.task());
    }

    private ModelArtefact model(RunPlan plan) throws GridException, IOException {
        if (plan.trainedModel() == null) {
            throw new GridException("run " + plan.runId() + " has no trained model yet");
        }
        return Json.read(plan.trainedModel(), ModelArtefact.class);
    }

    private Path export(long runId, String artefact) throws IOException {
        Path dir = node.workDir().resolve("runs").resolve(Long.toString(runId));
        Files.createDirectories(dir);
        Path file = dir.resolve("global-model.json");
        Files.writeString(file, artefact);
        return file;
    }

    /** The restored version's parameters, if they fit this run's architecture. */
    private static double[] startingPoint(ModelArtefact initial, ModelSpec spec) throws GridException {
        if (!initial.spec().equals(spec)) {
            throw new GridException("the model version this run starts from has layers "
                    + java.util.Arrays.toString(initial.spec().layerWidths()) + " (" + initial.spec().activation()
                    + "), but this run's experiment needs " + java.util.Arrays.toString(spec.layerWidths()) + " ("
                    + spec.activation() + ")");
        }
        return initial.parameters();
    }

    private static JsonObject control(String worker, Reply reply, ControlType expected) {
        if (reply instanceof Reply.Control control && control.message().type() == expected) {
            return control.message().body();
        }
        throw new IllegalStateException("Worker " + worker + " answered " + reply + " where " + expected
                + " was due");
    }

}
