package io.synergos.ops;

import io.synergos.worker.VirtualWorkers;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./synergos bench scale}: the round time against the number of Workers on one TTP. A TTP and two Worker nodes
 * of this machine, each hosting {@code max / 2} virtual Workers ({@link VirtualWorkers}: each its own control key,
 * run secret and TLS socket to the TTP); for 10, 25, 50 and 100 Workers (or the sizes given), rounds of 10,000 float32
 * parameters with trivial local work (the Workers echo the parameters, as {@code bench rounds}), timed at the TTP.
 */
final class ScaleBenchmark {

    static final int OFFSET = 1050;
    static final int PARAMETERS = 10_000;
    static final int WARMUP_ROUNDS = 100;

    private ScaleBenchmark() {
    }

    static int run(Nodes nodes, Path out, List<Integer> sizes, int rounds) throws IOException {
        int largest = sizes.stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (sizes.stream().anyMatch(n -> n < 1) || largest > 2 * VirtualWorkers.MAX) {
            throw new IllegalArgumentException("--workers must be numbers from 1 to " + 2 * VirtualWorkers.MAX);
        }
        int perNode = (largest + 1) / 2;
        System.out.printf("Starting a TTP and two Worker nodes hosting %d virtual Workers each (TLS on)...%n", perNode);
        List<Node> started = Demo.startNodes(nodes, "bench-scale-ttp", List.of("bench-scale-a", "bench-scale-b"),
                List.of(Demo.dataDir(nodes.home(), "worker-a"), Demo.dataDir(nodes.home(), "worker-b")), OFFSET,
                Map.of(), Map.of(VirtualWorkers.PROPERTY, Integer.toString(perNode)), Nodes.Tls.LOCAL);
        try {
            SynergosClient ttp = SynergosClient.asAdmin(started.get(0));
            List<Node> workerNodes = started.subList(1, 3);
            JsonArrayBuilder results = Json.createArrayBuilder();
            System.out.printf("%nRounds of %,d parameters, %d untimed, then %d timed%n", PARAMETERS, WARMUP_ROUNDS,
                    rounds);
            System.out.printf("%-8s %12s %10s %10s %22s %14s%n", "Workers", "median ms", "p90 ms", "min ms",
                    "median ms per Worker", "bytes/Worker");
            for (int size : sizes) {
                JsonArrayBuilder workers = Json.createArrayBuilder();
                for (int w = 0; w < size; w++) {
                    Node node = workerNodes.get(w % 2);
                    String name = VirtualWorkers.name(w / 2 + 1);
                    workers.add(Json.createObjectBuilder().add("baseUrl", VirtualWorkers.baseUrl(node.baseUrl(), name))
                            .add("accessKey", VirtualWorkers.key(node.accessKey(), name)));
                }
                JsonObject result = ttp.post("bench/rounds", Json.createObjectBuilder().add("workers", workers)
                        .add("params", PARAMETERS).add("rounds", rounds).add("warmup", WARMUP_ROUNDS).build(),
                        RoundBenchmark.CALL_TIMEOUT);
                double median = result.getJsonNumber("round_ms_median").doubleValue();
                double perWorker = median / size;
                System.out.printf(Locale.ROOT, "%-8d %12.2f %10.2f %10.2f %22.3f %14.0f%n", size, median,
                        result.getJsonNumber("round_ms_p90").doubleValue(),
                        result.getJsonNumber("round_ms_min").doubleValue(), perWorker,
                        result.getJsonNumber("bytes_per_worker_round").doubleValue());
                results.add(Json.createObjectBuilder(result).add("round_ms_median_per_worker", perWorker));
            }
            JsonObject report = Json.createObjectBuilder().add("benchmark", "scale").add("params", PARAMETERS)
                    .add("worker_nodes", 2).add("virtual_workers_per_node", perNode).add("tls", true)
                    .add("warmup_rounds", WARMUP_ROUNDS).add("rounds", rounds)
                    .add("target", "round time grows at most linearly with the number of Workers")
                    .add("results", results).build();
            Demo.write(out, report);
            return 0;
        } finally {
            for (Node node : started) {
                nodes.stop(node.name());
            }
        }
    }
}
