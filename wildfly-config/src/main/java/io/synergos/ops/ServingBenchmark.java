package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./synergos bench serving}: single-record latency (p50, p99) and batch throughput of the model-serving
 * endpoint against a running server. With {@code --url BASE --project ID --user U --password P} it measures that
 * server's Production model; without, it starts the demo nodes, trains the demo model, promotes it and measures
 * that. Records are the shipped Ljubljana prediction rows, sent as raw values.
 *
 * <p>The figures are a warm server's: {@code --warmup N} single requests (default {@value #WARMUP}) and
 * {@value #WARMUP_BATCHES} batches go first, untimed. A node's first thousands of requests are slower (its request path
 * is still being compiled); the first {@value #SINGLE} of the warm-up are reported on their own, as what a client sees
 * of a node that has just started.
 */
final class ServingBenchmark {

    /**
     * Untimed single requests before the timed ones. With 500, the p99 of the next 3,000 was 8-16 ms on a node just
     * started and 4.3-4.8 ms on the second invocation against the same node; with 20,000 it was 3.6 ms on a node just
     * started (README, Performance).
     */
    static final int WARMUP = 20_000;
    static final int WARMUP_BATCHES = 40;
    static final int SINGLE = 3000;
    static final int BATCH = 1000;
    static final int BATCHES = 40;
    static final int CLIENTS = 4;

    private ServingBenchmark() {
    }

    static int run(Nodes nodes, Path out, java.util.Map<String, String> options) throws Exception {
        String url = options.get("url");
        long project;
        SynergosClient client;
        if (url == null) {
            System.out.println("No --url: starting the demo nodes and promoting the demo model...");
            List<Node> started = Demo.startNodes(nodes, Demo.TTP, Demo.WORKERS, List.of(
                    Demo.dataDir(nodes.home(), "worker-a"), Demo.dataDir(nodes.home(), "worker-b")), 100);
            Node ttp = started.get(0);
            SynergosClient admin = SynergosClient.asAdmin(ttp);
            JsonObject result = Demo.cycle(admin, started.subList(1, 3), "ljubljana", Demo.Model.LOGISTIC_REGRESSION,
                    Demo.defaultHyperparameters(), false);
            project = result.getJsonNumber("project").longValue();
            int version = ((JsonObject) admin.get("tracking/runs/" + result.getJsonNumber("run").longValue()))
                    .getInt("modelVersion");
            admin.post("registry/projects/" + project + "/versions/" + version + "/transitions", Json.createObjectBuilder()
                    .add("stage", "PRODUCTION").add("reason", "serving benchmark").build());
            Nodes.addUser(ttp, "bench-client", "bench-client-password", List.of("predictor"));
            client = SynergosClient.asUser(ttp.baseUrl(), "bench-client", "bench-client-password");
            url = ttp.baseUrl();
        } else {
            project = Long.parseLong(required(options, "project"));
            client = SynergosClient.asUser(url, required(options, "user"), required(options, "password"));
        }
        String serving = "serving/projects/" + project;
        JsonObject served = (JsonObject) client.get(serving);
        List<JsonObject> records = records(nodes.home());
        List<String> singles = records.stream().map(r -> Json.createObjectBuilder().add("record", r).build().toString())
                .toList();
        JsonArrayBuilder batch = Json.createArrayBuilder();
        for (int i = 0; i < BATCH; i++) {
            batch.add(records.get(i % records.size()));
        }
        String batchBody = Json.createObjectBuilder().add("records", batch).build().toString();

        int warmup = Integer.parseInt(options.getOrDefault("warmup", String.valueOf(WARMUP)));
        if (warmup < 0) {
            throw new IllegalArgumentException("--warmup must be 0 or more, not " + warmup);
        }
        System.out.printf("Serving benchmark: %s, project %d, model version %d; %d warm-up requests...%n", url, project,
                served.getInt("modelVersion"), warmup);
        double[] first = new double[Math.min(SINGLE, warmup)];
        for (int i = 0; i < warmup; i++) {
            double ms = call(client, serving, singles.get(i % singles.size()));
            if (i < first.length) {
                first[i] = ms;
            }
        }
        Arrays.sort(first);
        if (first.length > 0) {
            System.out.printf("the first %d warm-up requests: p50 %.2f ms, p99 %.2f ms%n", first.length,
                    percentile(first, 50), percentile(first, 99));
        }
        double[] single = new double[SINGLE];
        long start = System.nanoTime();
        for (int i = 0; i < SINGLE; i++) {
            single[i] = call(client, serving, singles.get(i % singles.size()));
        }
        double singleSeconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(single);
        for (int i = 0; i < WARMUP_BATCHES; i++) {
            call(client, serving, batchBody);
        }
        double[] batches = new double[BATCHES];
        start = System.nanoTime();
        for (int i = 0; i < BATCHES; i++) {
            batches[i] = call(client, serving, batchBody);
        }
        double batchSeconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(batches);
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        String finalUrl = url;
        SynergosClient shared = client;
        start = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                futures.add(pool.submit(() -> {
                    for (int i = 0; i < BATCHES / CLIENTS; i++) {
                        call(shared, serving, batchBody);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double concurrentSeconds = (System.nanoTime() - start) / 1e9;

        JsonObject figures = Json.createObjectBuilder()
                .add("url", finalUrl).add("project", project).add("model_version", served.getInt("modelVersion"))
                .add("warmup_requests", warmup).add("warmup_batches", WARMUP_BATCHES)
                .add("first_requests", first.length)
                .add("first_requests_ms_p50", first.length == 0 ? 0 : percentile(first, 50))
                .add("first_requests_ms_p99", first.length == 0 ? 0 : percentile(first, 99))
                .add("single_requests", SINGLE)
                .add("single_ms_p50", percentile(single, 50)).add("single_ms_p99", percentile(single, 99))
                .add("single_requests_per_s", SINGLE / singleSeconds)
                .add("batch_records", BATCH).add("batches", BATCHES)
                .add("batch_ms_p50", percentile(batches, 50))
                .add("batch_records_per_s", BATCH * BATCHES / batchSeconds)
                .add("batch_records_per_s_" + CLIENTS + "_clients", BATCH * (BATCHES / CLIENTS * CLIENTS) / concurrentSeconds)
                .build();
        System.out.printf("single record: p50 %.2f ms, p99 %.2f ms, %.0f requests/s (one client, %d requests)%n",
                figures.getJsonNumber("single_ms_p50").doubleValue(), figures.getJsonNumber("single_ms_p99").doubleValue(),
                figures.getJsonNumber("single_requests_per_s").doubleValue(), SINGLE);
        System.out.printf("batch of %d:  p50 %.1f ms, %.0f records/s (one client); %.0f records/s (%d clients)%n", BATCH,
                figures.getJsonNumber("batch_ms_p50").doubleValue(),
                figures.getJsonNumber("batch_records_per_s").doubleValue(),
                figures.getJsonNumber("batch_records_per_s_" + CLIENTS + "_clients").doubleValue(), CLIENTS);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, figures.toString());
        System.out.println("Figures written to " + out.toAbsolutePath());
        return 0;
    }

    /** One prediction request; its wall time in milliseconds. Fails on any non-200 answer. */
    private static double call(SynergosClient client, String serving, String body) {
        long t = System.nanoTime();
        HttpResponse<String> response = client.raw("POST", serving + "/predictions", "application/json", body);
        double ms = (System.nanoTime() - t) / 1e6;
        if (response.statusCode() != 200) {
            throw new IllegalStateException("prediction answered HTTP " + response.statusCode() + ": " + response.body());
        }
        return ms;
    }

    /** The nearest-rank {@code p}th percentile of sorted values. */
    static double percentile(double[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** The shipped Ljubljana rows without their label, as raw JSON records. */
    static List<JsonObject> records(Path home) throws IOException {
        List<String> lines = Files.readAllLines(Demo.dataDir(home, "worker-b").resolve("ljubljana-evaluate.csv"));
        String[] header = lines.get(0).split(",");
        List<JsonObject> records = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",", -1);
            JsonObjectBuilder record = Json.createObjectBuilder();
            boolean complete = true;
            for (int c = 0; c < header.length; c++) {
                if (header[c].equals("Class")) {
                    continue;
                }
                complete &= c < cells.length && !cells[c].isEmpty() && !cells[c].equals("?");
                record.add(header[c], c < cells.length ? cells[c] : "");
            }
            if (complete) {
                records.add(record.build());
            }
        }
        return records;
    }

    private static String required(java.util.Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required with --url");
        }
        return value;
    }
}
