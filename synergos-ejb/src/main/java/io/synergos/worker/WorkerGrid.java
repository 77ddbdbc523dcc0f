package io.synergos.worker;

import io.synergos.federation.aggregation.ModelUpdate;
import io.synergos.federation.alignment.AlignedData;
import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.alignment.RowOrigins;
import io.synergos.federation.alignment.Task;
import io.synergos.federation.contribution.MetricSums;
import io.synergos.federation.metrics.ClassificationMetrics;
import io.synergos.federation.metrics.RegressionMetrics;
import io.synergos.federation.training.LocalTrainer;
import io.synergos.node.Json;
import io.synergos.node.ModelArtefact;
import io.synergos.node.NodeConfig;
import io.synergos.websocket.protocol.ControlMessage;
import io.synergos.websocket.protocol.ControlType;
import io.synergos.websocket.protocol.FrameKind;
import io.synergos.websocket.protocol.GridProtocol;
import io.synergos.websocket.protocol.MetricsFrame;
import io.synergos.websocket.protocol.Reply;
import io.synergos.websocket.protocol.TensorFrame;
import io.synergos.websocket.worker.GridParticipant;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Logger;

/** The Worker's side of the grid: local training, local inference and metrics, local model export. */
@ApplicationScoped
public class WorkerGrid implements GridParticipant {

    private static final Logger LOG = Logger.getLogger(WorkerGrid.class.getName());

    @Inject
    WorkerRuns runs;

    @Inject
    NodeConfig node;

    @Resource
    ManagedExecutorService executor;

    @Override
    public boolean accepts(String worker, long runId, String token) {
        return runs.accepts(worker, runId, token);
    }

    @Override
    public int maxFrameBytes(String worker, long runId) {
        return runs.find(worker, runId).map(run -> GridProtocol.maxRequestBytes(run.request().spec().parameterCount()))
                .orElse(TensorFrame.HEADER_BYTES);
    }

    /**
     * A round of at most this many parameter-rows (parameters × rows × (local epochs + 1): the gradients and the
     * loss) is answered on the socket's I/O thread: some 2 ms of {@link io.synergos.federation.model.DenseKernel}'s
     * loops. Larger rounds, ND4J's, and inference over the evaluation rows go to the executor.
     */
    static final long QUICK_PARAMETER_ROWS = 1_000_000;

    @Override
    public boolean answersAtOnce(String worker, long runId, TensorFrame request) {
        if (request.kind() != FrameKind.TRAIN) {
            return false;
        }
        WorkerRun run = runs.find(worker, runId).orElse(null);
        if (run == null) {
            return true; // the error reply is quick
        }
        if (run.request().benchmarking()) {
            return run.request().spec().parameterCount() <= QUICK_PARAMETER_ROWS; // an echo
        }
        AlignedData data = run.data();
        return data != null && LocalTrainer.work(run.network(), run.request().training(), data.rows())
                <= QUICK_PARAMETER_ROWS;
    }

    @Override
    public Executor executor() {
        return executor;
    }

    @Override
    public Reply handle(String worker, long runId, TensorFrame request) {
        try (io.synergos.operations.LogContext tagged = io.synergos.operations.LogContext.run(runId)) {
            return answer(worker, runId, request);
        }
    }

    private Reply answer(String worker, long runId, TensorFrame request) {
        WorkerRun run = runs.find(worker, runId).orElseThrow(() ->
                new IllegalStateException("run " + runId + " is not prepared on Worker "
                        + VirtualWorkers.qualified(node.name(), worker)));
        int size = run.request().spec().parameterCount();
        if (request.kind() == FrameKind.EVALUATE_CANDIDATES) {
            return candidates(run, request, size);
        }
        if (request.parameters().length != size) {
            throw new IllegalArgumentException("the model has " + size + " parameters; the frame carries "
                    + request.parameters().length);
        }
        if (run.request().benchmarking()) {
            return Reply.of(new TensorFrame(FrameKind.LOCAL_UPDATE, request.round(), 1, 0, request.parameters()));
        }
        double[] global = request.parametersAsDoubles();
        return switch (request.kind()) {
            case TRAIN -> train(run, global, request.round());
            case EVALUATE -> evaluate(run, global);
            case PREDICT -> predict(run, global);
            case FINISH -> finish(run, global);
            case LOCAL_UPDATE, CANDIDATE_METRICS, EVALUATE_CANDIDATES ->
                    throw new IllegalArgumentException("a Worker does not accept " + request.kind() + " frames");
        };
    }

    /**
     * Measures each candidate model on this Worker's validation rows and answers their metric sums, which add up
     * across Workers ({@link MetricSums}); the predictions themselves stay here and are not stored.
     */
    private Reply candidates(WorkerRun run, TensorFrame request, int size) {
        AlignedData validation = run.validation();
        if (validation == null) {
            throw new IllegalStateException("run " + run.runId() + " has no validation data on Worker " + node.name()
                    + "; it is prepared for " + run.request().phase());
        }
        long count = request.samples();
        if (count < 1 || count > GridProtocol.MAX_CANDIDATES || request.parameters().length != count * size) {
            throw new IllegalArgumentException("an EVALUATE_CANDIDATES frame of " + request.parameters().length
                    + " parameters cannot hold " + count + " candidates of " + size);
        }
        FeatureAlignment alignment = run.request().alignment();
        List<double[]> models = new java.util.ArrayList<>((int) count);
        for (int k = 0; k < count; k++) {
            models.add(request.candidate(k, size));
        }
        List<double[][]> outputs = run.network().predictAll(models, validation.features());
        double[] truth = alignment.task() == Task.REGRESSION ? alignment.values(validation.labels()) : null;
        double[][] sums = new double[(int) count][];
        for (int k = 0; k < count; k++) {
            sums[k] = (truth != null ? MetricSums.regression(truth, alignment.values(outputs.get(k)))
                    : MetricSums.classification(alignment.task(), validation.classIndex(),
                            alignment.probabilities(outputs.get(k)), alignment.classes().size())).values();
        }
        int width = sums[0].length;
        double[] values = new double[width * sums.length];
        for (int k = 0; k < sums.length; k++) {
            System.arraycopy(sums[k], 0, values, k * width, width);
        }
        return Reply.of(new MetricsFrame((int) count, values));
    }

    @Override
    public void disconnected(String worker, long runId, String reason) {
        LOG.fine(() -> "run " + runId + ": TTP socket " + (worker == null ? "" : "of virtual Worker " + worker + " ")
                + "closed (" + reason + ")");
    }

    private Reply train(WorkerRun run, double[] global, int round) {
        requirePhase(run, "train");
        ModelUpdate update = LocalTrainer.train(run.network(), global, run.data(), run.request().training(), round,
                run.request().workerSalt());
        run.lastLocal().set(update.parameters());
        return Reply.of(new TensorFrame(FrameKind.LOCAL_UPDATE, round, update.samples(), update.loss(),
                TensorFrame.narrow(update.parameters())));
    }

    private Reply finish(WorkerRun run, double[] global) {
        double[] local = run.lastLocal().get();
        write(run, "local-model.json", Json.write(ModelArtefact.of(run.runId(), "local:"
                + VirtualWorkers.qualified(node.name(), run.virtual()), run.request().spec(), run.request().alignment(),
                local == null ? global : local)));
        return Reply.of(ControlMessage.of(ControlType.FINISHED, jakarta.json.Json.createObjectBuilder()
                .add("exported", true).build()));
    }

    private Reply evaluate(WorkerRun run, double[] global) {
        requirePhase(run, "evaluate");
        double[][] output = outputs(run, global);
        FeatureAlignment alignment = run.request().alignment();
        JsonObject metrics;
        if (alignment.task() == Task.REGRESSION) {
            double[] predicted = alignment.values(output);
            double[] truth = alignment.values(run.data().labels());
            metrics = RegressionMetrics.compute(truth, predicted);
            storePredictions(run, "evaluation", null, predicted);
        } else {
            double[][] probabilities = alignment.probabilities(output);
            metrics = ClassificationMetrics.compute(run.data().classIndex(), probabilities, alignment.classes());
            storePredictions(run, "evaluation", probabilities, null);
        }
        return Reply.of(ControlMessage.of(ControlType.EVALUATION, metrics));
    }

    private Reply predict(WorkerRun run, double[] global) {
        requirePhase(run, "predict");
        double[][] output = outputs(run, global);
        FeatureAlignment alignment = run.request().alignment();
        if (alignment.task() == Task.REGRESSION) {
            storePredictions(run, "prediction", null, alignment.values(output));
        } else {
            storePredictions(run, "prediction", alignment.probabilities(output), null);
        }
        return Reply.of(ControlMessage.of(ControlType.PREDICTION, jakarta.json.Json.createObjectBuilder()
                .add("predictions", run.data().rows()).build()));
    }

    /** The global model's outputs for the run's rows. */
    private static double[][] outputs(WorkerRun run, double[] global) {
        return run.network().predictRows(global, run.data().featureRows());
    }

    /**
     * Writes each row's prediction, by its dataset and CSV line, a row at a time: its class probabilities, or for
     * regression ({@code probabilities} null) its value.
     */
    private void storePredictions(WorkerRun run, String kind, double[][] probabilities, double[] values) {
        FeatureAlignment alignment = run.request().alignment();
        RowOrigins origins = run.data().origins();
        write(run, kind + "-predictions.csv", writer -> {
            writer.write("dataset,line,prediction");
            if (alignment.task() != Task.REGRESSION) {
                for (String c : alignment.classes()) {
                    writer.write(",p_" + c);
                }
            }
            writer.write('\n');
            StringBuilder line = new StringBuilder();
            for (int row = 0; row < origins.rows(); row++) {
                line.setLength(0);
                line.append(origins.dataset(row)).append(',').append(origins.line(row)).append(',');
                if (values != null) {
                    line.append(values[row]);
                } else {
                    double[] p = probabilities[row];
                    line.append(alignment.classes().get(ClassificationMetrics.argmax(p)));
                    for (double v : p) {
                        line.append(',').append(String.format(Locale.ROOT, "%.6f", v));
                    }
                }
                writer.append(line).write('\n');
            }
        });
    }

    /** What writes a file's content. */
    @FunctionalInterface
    private interface Content {
        void writeTo(Writer writer) throws IOException;
    }

    /** Writes a run's file at {@code WORK/runs/RUN/}, or a virtual Worker's at {@code WORK/virtual/vK/runs/RUN/}. */
    private void write(WorkerRun run, String file, String content) {
        write(run, file, writer -> writer.write(content));
    }

    private void write(WorkerRun run, String file, Content content) {
        Path root = run.virtual() == null ? node.workDir() : node.workDir().resolve(VirtualWorkers.SEGMENT)
                .resolve(run.virtual());
        Path dir = root.resolve("runs").resolve(Long.toString(run.runId()));
        try {
            Files.createDirectories(dir);
            try (Writer writer = Files.newBufferedWriter(dir.resolve(file))) {
                content.writeTo(writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(file), e);
        }
    }

    private static void requirePhase(WorkerRun run, String phase) {
        if (!run.request().phase().equals(phase)) {
            throw new IllegalStateException("run " + run.runId() + " is prepared for " + run.request().phase()
                    + ", not " + phase);
        }
    }



}
