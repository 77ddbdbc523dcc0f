package io.synergos.ops;

import io.synergos.worker.WorkerDatasets;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./synergos bench data}: one Worker's big dataset. Writes a CSV of {@code rows} rows and {@code columns} columns
 * (numeric features, four categorical ones of five values each, and a binary label drawn from a logistic model of
 * them), starts a TTP and one Worker with the node's default heap ({@code -Xmx1g}), and trains logistic regression on
 * it: the time from requesting training to the first round (the Worker's header and preparation, which stream the
 * file {@value #READS} times), rows per second of that, round times and samples per second, and the Worker's peak heap occupancy, sampled
 * every 50 ms with {@code jstat} for the whole run. Then it evaluates the model on the same file (tagged
 * {@code evaluate} too; what counts is its size): the time, the Worker's peak heap meanwhile and the accuracy.
 */
public final class DataBenchmark {

    static final int OFFSET = 1350;
    private static final int CATEGORICAL = 4;

    /** How often set-up reads the Worker's file: checked, typed and tallied for its header; then encoded. */
    private static final int READS = 2;

    private DataBenchmark() {
    }

    static int run(Nodes nodes, Path out, int rows, int columns, int rounds) throws IOException, InterruptedException {
        if (rows < 100 || columns < CATEGORICAL + 2 || rounds < 1) {
            throw new IllegalArgumentException("--rows must be at least 100, --columns at least " + (CATEGORICAL + 2)
                    + " and --rounds at least 1");
        }
        Path dir = nodes.home().resolve("target/bench-data/worker");
        Path csv = dir.resolve("big-" + rows + "x" + columns + "-train.csv");
        if (!Files.isRegularFile(csv)) {
            System.out.printf("Writing %,d rows x %d columns to %s...%n", rows, columns, csv);
            write(csv, rows, columns);
        }
        System.out.printf("%s: %,d bytes%n", csv.getFileName(), Files.size(csv));
        List<Node> started = Demo.startNodes(nodes, "bench-data-ttp", List.of("bench-data-worker"), List.of(dir),
                OFFSET);
        try {
            Node worker = started.get(1);
            long pid = nodes.pid(worker).orElseThrow(() -> new IllegalStateException("no pid for " + worker.name()));
            String heapFlag = ProcessHandle.of(pid).flatMap(p -> p.info().arguments()).map(args -> List.of(args).stream()
                    .filter(a -> a.startsWith("-Xmx")).reduce((a, b) -> b).orElse("(JVM default)")).orElse("?");
            SynergosClient ttp = SynergosClient.asAdmin(started.get(0));
            long project = ttp.createProject("bench-data-" + System.nanoTime(), "one Worker's big dataset");
            long experiment = ttp.createExperiment(project, "lr", "LOGISTIC_REGRESSION", "", "relu");
            long registration = ttp.register(project, ttp.createParticipant("big-" + project, worker.baseUrl(),
                    worker.accessKey()));
            String dataset = csv.getFileName().toString().replace(".csv", "");
            ttp.tag(registration, "train", List.of(dataset));
            ttp.tag(registration, "evaluate", List.of(dataset));
            long run = ttp.createRun(experiment, "big", Json.createObjectBuilder().add("rounds", rounds)
                    .add("localEpochs", 1).add("batchSize", 1000).add("learningRate", 0.1).add("seed", 42).build());
            System.out.printf("Training logistic regression, %d rounds of one epoch in minibatches of 1,000, on one "
                    + "Worker (heap %s)...%n", rounds, heapFlag);
            try (HeapSampler heap = new HeapSampler(pid)) {
                double setupSeconds = train(ttp, run);
                double[] millis = ttp.rounds(run).getValuesAs(JsonObject.class).stream()
                        .mapToDouble(r -> r.getJsonNumber("durationMillis").doubleValue()).sorted().toArray();
                double median = ServingBenchmark.percentile(millis, 50);
                long peak = heap.peak();
                boolean streamed = Files.size(csv) > WorkerDatasets.STREAMED_BYTES;
                System.out.printf(Locale.ROOT, "request -> first round: %.1f s (%s)%n", setupSeconds, streamed
                        ? String.format(Locale.ROOT, "the Worker streams the file %d times: checked, typed and "
                        + "summarised for its header, then encoded for training; %,.0f rows/s a read", READS, READS * rows / setupSeconds)
                        : "the file is under " + (WorkerDatasets.STREAMED_BYTES >> 20) + " MB: the Worker reads it whole");
                System.out.printf(Locale.ROOT, "round (one epoch of %,d rows): median %.0f ms, %,.0f samples/s%n", rows,
                        median, rows / (median / 1000));
                System.out.printf(Locale.ROOT, "Worker's peak heap occupancy: %,d MB of %s (sampled every 50 ms, %d "
                        + "samples); full collections: %d%n", peak >> 20, heapFlag, heap.samples(), heap.fullGcs());
                jakarta.json.JsonObjectBuilder report = Json.createObjectBuilder().add("benchmark", "data").add("rows", rows)
                        .add("columns", columns).add("file_bytes", Files.size(csv)).add("worker_heap", heapFlag)
                        .add("rounds", rounds).add("request_to_first_round_s", setupSeconds)
                        .add("streamed", streamed)
                        .add("round_ms_median", median).add("samples_per_second", rows / (median / 1000))
                        .add("worker_peak_heap_bytes", peak).add("heap_samples", heap.samples())
                        .add("worker_full_gcs", heap.fullGcs())
                        .add("target", "1M rows x 50 columns trains with a heap under 1 GB");
                if (streamed) {
                    report.add("file_reads", READS).add("rows_per_second_per_read", READS * rows / setupSeconds);
                }
                report.add("evaluation", evaluate(ttp, run, pid, rows, heapFlag));
                report.add("second_run_request_to_first_round_s", secondRun(ttp, experiment, rows, streamed));
                Demo.write(out, report.build());
            }
            return 0;
        } finally {
            for (Node node : started) {
                nodes.stop(node.name());
            }
        }
    }

    /**
     * A second run of one round on the same file, as a hyperparameter search makes them: the Worker kept the header and
     * the scan of the first (the file unchanged) and, for a streamed file, its aligned rows on disk (a memory-mapped
     * file), so that its set-up does not read the CSV again.
     */
    private static double secondRun(SynergosClient ttp, long experiment, int rows, boolean streamed)
            throws IOException {
        long run = ttp.createRun(experiment, "big-again", Json.createObjectBuilder().add("rounds", 1)
                .add("localEpochs", 1).add("batchSize", 1000).add("learningRate", 0.05).add("seed", 43).build());
        double seconds = train(ttp, run);
        System.out.printf(Locale.ROOT, "a second run on the same file: request -> first round %.1f s%s%n", seconds,
                streamed ? " (the Worker kept the first run's header, scan and aligned rows: it does not read the CSV "
                        + "again; the first round is one epoch)" : "");
        return seconds;
    }

    /** Trains the run to its end; returns the seconds from the request to its first round. */
    private static double train(SynergosClient ttp, long run) throws IOException {
        long start = System.nanoTime();
        ttp.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        JsonArray first = ttp.await(() -> ttp.rounds(run), r -> !r.isEmpty()
                || Set.of("FAILED", "STOPPED").contains(ttp.run(run).getString("status")), Duration.ofMinutes(20),
                "the first round of run " + run);
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonObject trained = ttp.awaitStatus(run, Duration.ofMinutes(30), Set.of("TRAINED", "FAILED", "STOPPED"));
        if (!trained.getString("status").equals("TRAINED") || first.isEmpty()) {
            throw new IllegalStateException("run " + run + " ended " + trained.getString("status") + ": "
                    + trained.getString("statusReason", "?"));
        }
        return seconds;
    }

    /** Evaluates the trained run on the same file: its time, the Worker's peak heap meanwhile, the accuracy. */
    private static JsonObject evaluate(SynergosClient ttp, long run, long pid, int rows, String heapFlag)
            throws IOException {
        System.out.printf("Evaluating on the same %,d rows (a streamed file's aligned rows, encoded for training and kept "
                + "on the Worker's disk, are opened, not read again; a prediction is written a row)...%n", rows);
        try (HeapSampler heap = new HeapSampler(pid)) {
            long start = System.nanoTime();
            JsonArray evaluations = ttp.evaluate(run, Duration.ofMinutes(30));
            double seconds = (System.nanoTime() - start) / 1e9;
            double accuracy = SynergosClient.overall(evaluations).map(m -> m.getJsonNumber("accuracy").doubleValue())
                    .orElse(Double.NaN);
            long peak = heap.peak();
            System.out.printf(Locale.ROOT, "evaluation: %.1f s (%,.0f rows/s), accuracy %.3f; Worker's peak heap "
                    + "occupancy meanwhile %,d MB of %s; full collections: %d%n", seconds, rows / seconds, accuracy,
                    peak >> 20, heapFlag, heap.fullGcs());
            return Json.createObjectBuilder().add("seconds", seconds).add("rows_per_second", rows / seconds)
                    .add("accuracy", accuracy).add("worker_peak_heap_bytes", peak).add("heap_samples", heap.samples())
                    .add("worker_full_gcs", heap.fullGcs()).build();
        }
    }

    /** Numeric features x1.., categorical c1..c4 (five values), and a label drawn from a logistic model of them. */
    public static void write(Path csv, int rows, int columns) throws IOException {
        Files.createDirectories(csv.getParent());
        int numeric = columns - 1 - CATEGORICAL;
        Random random = new Random(7);
        double[] weights = new double[numeric];
        for (int j = 0; j < numeric; j++) {
            weights[j] = random.nextGaussian() / Math.sqrt(numeric);
        }
        Path partial = csv.resolveSibling(csv.getFileName() + ".part");
        try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            StringBuilder line = new StringBuilder();
            for (int j = 1; j <= numeric; j++) {
                line.append('x').append(j).append(',');
            }
            for (int j = 1; j <= CATEGORICAL; j++) {
                line.append('c').append(j).append(',');
            }
            out.append(line).append("label\n");
            for (int r = 0; r < rows; r++) {
                line.setLength(0);
                double z = 0;
                for (int j = 0; j < numeric; j++) {
                    double x = Math.round(random.nextGaussian() * 1000) / 1000.0;
                    z += weights[j] * x;
                    line.append(x).append(',');
                }
                for (int j = 0; j < CATEGORICAL; j++) {
                    int value = random.nextInt(5);
                    z += (value - 2) * 0.2;
                    line.append("v").append(value).append(',');
                }
                line.append(random.nextDouble() < 1 / (1 + Math.exp(-2 * z)) ? "yes" : "no").append('\n');
                out.append(line);
            }
        }
        Files.move(partial, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Samples a JVM's heap occupancy (survivor, eden and old generation in use) with {@code jstat -gc}. */
    private static final class HeapSampler implements AutoCloseable {
        private final Process jstat;
        private final Thread reader;
        private final AtomicLong peak = new AtomicLong();
        private final AtomicLong samples = new AtomicLong();
        private final AtomicLong fullGcs = new AtomicLong();

        HeapSampler(long pid) throws IOException {
            Path bin = Path.of(System.getProperty("java.home"), "bin", "jstat");
            jstat = new ProcessBuilder(bin.toString(), "-gc", Long.toString(pid), "50").redirectErrorStream(true)
                    .start();
            reader = new Thread(this::read, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }

        private void read() {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(jstat.getInputStream(),
                    StandardCharsets.UTF_8))) {
                List<String> header = null;
                String line;
                while ((line = lines.readLine()) != null) {
                    List<String> fields = List.of(line.trim().split("\\s+"));
                    if (fields.contains("EU")) {
                        header = fields;
                        continue;
                    }
                    if (header == null || fields.size() != header.size()) {
                        continue;
                    }
                    double kb = 0;
                    for (String column : List.of("S0U", "S1U", "EU", "OU")) {
                        kb += Double.parseDouble(fields.get(header.indexOf(column)));
                    }
                    long bytes = (long) (kb * 1024);
                    peak.accumulateAndGet(bytes, Math::max);
                    samples.incrementAndGet();
                    fullGcs.set(Long.parseLong(fields.get(header.indexOf("FGC"))));
                }
            } catch (IOException | RuntimeException e) {
                // the sampler ends with the process it watches
            }
        }

        long peak() {
            return peak.get();
        }

        long samples() {
            return samples.get();
        }

        long fullGcs() {
            return fullGcs.get();
        }

        @Override
        public void close() {
            jstat.destroy();
        }
    }
}
