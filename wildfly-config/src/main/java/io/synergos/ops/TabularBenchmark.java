package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code ./synergos bench tabular}: the small tabular models Synergos' users train most, on a TTP and three Workers of
 * this machine (TLS on, as deployed). Logistic regression on the shipped Wisconsin breast-cancer data dealt to three
 * Workers (426 training rows, 143 for evaluation), 30 rounds, full batch (learning rate 0.5) and minibatches of 32
 * (0.05): each kind {@code --warmup} times untimed ({@value #WARMUP_RUNS} by default), to warm the nodes, then {@code runs} timed runs, each with
 * its median and p90 round (as the TTP records them), the time from requesting training to its first round (polled every 2 ms until it is
 * there, then every 200 ms until the run has trained), and the evaluated
 * accuracy. Then a Worker's local step on one thread ({@code POST /bench/local}): microseconds per minibatch of 32 at 9
 * inputs and samples per second at 50 inputs, on the path training takes and on ND4J for comparison.
 */
final class TabularBenchmark {

    static final int OFFSET = 650;
    static final List<String> WORKERS = List.of("bench-tab-a", "bench-tab-b", "bench-tab-c");

    /**
     * Untimed runs of each kind first: a node's first runs pay for class loading and JIT compilation. With five, the
     * kind timed first (full batch) had medians of 5.3-8.6 ms a round and the kind timed second 3.6-5.1 ms; with the
     * kinds swapped, full batch, now second, had 2.2-5.7 ms: five runs did not warm the nodes (README, Performance).
     * Twenty did not either: the TTP's C2 compiler still took half a core 70 s after its start, some 50 compilations a
     * second, and in four invocations of five one timed full-batch run had a median of 2.1-4.1 ms; after sixty, every
     * full-batch median of two invocations was at or under 2 ms.
     * Each warm-up run's median round is reported too, so that the warm-up shows.
     */
    static final int WARMUP_RUNS = 60;

    private TabularBenchmark() {
    }

    static int run(Nodes nodes, Path out, int runs, int warmup, Nodes.Tls tls) throws IOException {
        if (runs < 1) {
            throw new IllegalArgumentException("--runs must be at least 1");
        }
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more");
        }
        List<Path> data = split(nodes.home());
        System.out.printf("Starting a TTP and three Workers (TLS %s) with the Wisconsin data dealt to them...%n",
                tls.on() ? "on" : "off");
        List<Node> started = Demo.startNodes(nodes, "bench-tab-ttp", WORKERS, data, OFFSET, Map.of(), tls);
        try {
            SynergosClient ttp = SynergosClient.asAdmin(started.get(0));
            List<Node> workers = started.subList(1, started.size());
            Demo.Registered registered = Demo.register(ttp, workers, Node::baseUrl, "wisconsin",
                    Demo.Model.LOGISTIC_REGRESSION);
            JsonObjectBuilder report = Json.createObjectBuilder().add("benchmark", "tabular")
                    .add("workers", workers.size()).add("rounds", 30).add("runs", runs).add("tls", tls.on())
                    .add("warmup_runs", warmup);
            JsonArrayBuilder kinds = Json.createArrayBuilder();
            int[] name = {0};
            for (Kind kind : List.of(new Kind("full batch", 1000, 0.5), new Kind("minibatch 32", 32, 0.05))) {
                System.out.printf("%nLogistic regression, %s, 30 rounds: %d untimed runs, then %d timed%n", kind.label(),
                        warmup, runs);
                JsonArrayBuilder warming = Json.createArrayBuilder();
                StringBuilder medians = new StringBuilder();
                for (int w = 0; w < warmup; w++) {
                    double median = train(ttp, registered.experiment(), kind, ++name[0], false)
                            .getJsonNumber("round_ms_median").doubleValue();
                    warming.add(median);
                    medians.append(String.format(Locale.ROOT, " %.1f", median));
                }
                if (warmup > 0) {
                    System.out.println("untimed runs' median rounds (ms):" + medians);
                }
                System.out.printf("%-4s %12s %10s %10s %18s %10s%n", "run", "median ms", "p90 ms", "max ms",
                        "request->round 1", "accuracy");
                JsonArrayBuilder timed = Json.createArrayBuilder();
                double worstMedian = 0;
                List<Double> setups = new ArrayList<>();
                for (int r = 0; r < runs; r++) {
                    JsonObject result = train(ttp, registered.experiment(), kind, ++name[0], r == runs - 1);
                    timed.add(result);
                    worstMedian = Math.max(worstMedian, result.getJsonNumber("round_ms_median").doubleValue());
                    setups.add(result.getJsonNumber("request_to_first_round_ms").doubleValue());
                    System.out.printf(Locale.ROOT, "%-4d %12.2f %10.2f %10.2f %15.0f ms %10s%n", r + 1,
                            result.getJsonNumber("round_ms_median").doubleValue(),
                            result.getJsonNumber("round_ms_p90").doubleValue(),
                            result.getJsonNumber("round_ms_max").doubleValue(),
                            result.getJsonNumber("request_to_first_round_ms").doubleValue(),
                            result.containsKey("accuracy") ? String.format(Locale.ROOT, "%.3f",
                                    result.getJsonNumber("accuracy").doubleValue()) : "");
                }
                kinds.add(Json.createObjectBuilder().add("kind", kind.label()).add("batchSize", kind.batch())
                        .add("learningRate", kind.learningRate()).add("warmup_round_ms_medians", warming)
                        .add("runs", timed)
                        .add("worst_run_round_ms_median", worstMedian)
                        .add("request_to_first_round_ms_median", median(setups)));
            }
            report.add("training", kinds);
            report.add("local_step", localStep(SynergosClient.asAdmin(workers.get(0))));
            report.add("targets", Json.createObjectBuilder().add("full_batch_round_ms_median", 2)
                    .add("minibatch_us", 50).add("samples_per_second_50_inputs", 2_000_000)
                    .add("request_to_first_round_ms", 300));
            Demo.write(out, report.build());
            return 0;
        } finally {
            for (Node node : started) {
                nodes.stop(node.name());
            }
        }
    }

    private record Kind(String label, int batch, double learningRate) {
    }

    private static JsonObject train(SynergosClient ttp, long experiment, Kind kind, int number, boolean evaluate) {
        JsonObject hyper = Json.createObjectBuilder().add("algorithm", "FEDAVG").add("rounds", 30).add("localEpochs", 1)
                .add("batchSize", kind.batch()).add("learningRate", kind.learningRate()).add("lambda", 0.0)
                .add("mu", 0.0).add("seed", 42).build();
        long run = ttp.createRun(experiment, "bench-" + number, hyper);
        long start = System.nanoTime();
        ttp.post("runs/" + run + "/training", JsonValue.EMPTY_JSON_OBJECT);
        double firstRound = Double.NaN;
        long deadline = start + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            if (!ttp.rounds(run).isEmpty()) {
                firstRound = (System.nanoTime() - start) / 1e6;
                break;
            }
            if (Set.of("FAILED", "STOPPED").contains(ttp.run(run).getString("status"))) {
                break;
            }
            sleep(2);
        }
        JsonObject trained = ttp.awaitStatus(run, Duration.ofMinutes(5), Set.of("TRAINED", "FAILED", "STOPPED"));
        if (!trained.getString("status").equals("TRAINED")) {
            throw new IllegalStateException("run " + run + " ended " + trained.getString("status") + ": "
                    + trained.getString("statusReason", "?"));
        }
        JsonArray rounds = ttp.rounds(run);
        double[] millis = rounds.getValuesAs(JsonObject.class).stream()
                .mapToDouble(r -> r.getJsonNumber("durationMillis").doubleValue()).sorted().toArray();
        JsonObjectBuilder result = Json.createObjectBuilder().add("run", run).add("rounds", millis.length)
                .add("round_ms_median", ServingBenchmark.percentile(millis, 50))
                .add("round_ms_p90", ServingBenchmark.percentile(millis, 90))
                .add("round_ms_max", millis[millis.length - 1]).add("request_to_first_round_ms", firstRound);
        if (evaluate) {
            SynergosClient.overall(ttp.evaluate(run, Duration.ofMinutes(5))).ifPresent(m -> result.add("accuracy",
                    m.getJsonNumber("accuracy").doubleValue()));
        }
        return result.build();
    }

    /** A Worker's local step on one thread, on the path training takes and on ND4J. */
    private static JsonArray localStep(SynergosClient worker) {
        System.out.printf("%nA Worker's local step, one thread, synthetic data (POST /bench/local)%n");
        System.out.printf("%-34s %-6s %14s %14s%n", "case", "path", "us/minibatch", "samples/s");
        JsonArrayBuilder results = Json.createArrayBuilder();
        Object[][] cases = {
                {"LR, 9 inputs, 367 rows, batch 32", 9, 367, 32, 10},
                {"LR, 30 inputs, 367 rows, full batch", 30, 367, 367, 10},
                {"LR, 50 inputs, 1,000 rows, batch 32", 50, 1_000, 32, 100},
                {"LR, 50 inputs, 100k rows, batch 32", 50, 100_000, 32, 1},
                {"LR, 50 inputs, 100k rows, full batch", 50, 100_000, 100_000, 1}};
        for (Object[] c : cases) {
            for (String path : List.of("auto", "nd4j")) {
                JsonObject r = worker.post("bench/local", Json.createObjectBuilder().add("inputs", (int) c[1])
                        .add("hidden", JsonValue.EMPTY_JSON_ARRAY).add("rows", (int) c[2]).add("batch", (int) c[3])
                        .add("epochs", (int) c[4]).add("path", path).add("seconds", path.equals("nd4j") ? 1.0 : 3.0)
                        .build());
                System.out.printf(Locale.ROOT, "%-34s %-6s %14.2f %,14.0f%n", c[0], r.getString("path"),
                        r.getJsonNumber("us_per_minibatch").doubleValue(),
                        r.getJsonNumber("samples_per_second").doubleValue());
                results.add(Json.createObjectBuilder(r).add("case", (String) c[0]));
            }
        }
        return results.build();
    }

    /** Deals the shipped Wisconsin rows of the demo's two Workers, row by row, to three. */
    static List<Path> split(Path home) {
        Path root = home.resolve("target/bench-tabular");
        List<Path> dirs = new ArrayList<>();
        try {
            for (int w = 0; w < WORKERS.size(); w++) {
                dirs.add(Files.createDirectories(root.resolve("worker-" + (char) ('a' + w))));
            }
            for (String file : List.of("wisconsin-train.csv", "wisconsin-evaluate.csv")) {
                String header = null;
                List<String> rows = new ArrayList<>();
                for (String worker : List.of("worker-a", "worker-b")) {
                    List<String> lines = Files.readAllLines(Demo.dataDir(home, worker).resolve(file),
                            StandardCharsets.UTF_8);
                    header = lines.get(0);
                    lines.subList(1, lines.size()).stream().filter(l -> !l.isBlank()).forEach(rows::add);
                }
                for (int w = 0; w < dirs.size(); w++) {
                    StringBuilder text = new StringBuilder(header).append('\n');
                    for (int r = w; r < rows.size(); r += dirs.size()) {
                        text.append(rows.get(r)).append('\n');
                    }
                    Files.writeString(dirs.get(w).resolve(file), text, StandardCharsets.UTF_8);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot deal the Wisconsin data to three Workers under " + root, e);
        }
        return dirs;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : ServingBenchmark.percentile(sorted, 50);
    }
}
