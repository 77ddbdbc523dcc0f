package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./synergos bench rounds}: a TTP and three Workers on this machine; rounds with trivial local work
 * (the Workers echo the parameters) at 100,000 and 1,000,000 float32 parameters, timed at the TTP.
 */
final class RoundBenchmark {

    private static final int[] SIZES = {100_000, 1_000_000};

    /** Untimed rounds first, so that the JIT has compiled the path being measured. */
    static final int WARMUP_ROUNDS = 200;

    private RoundBenchmark() {
    }

    static int run(Nodes nodes, Path out, int rounds) throws IOException {
        System.out.println("Starting a TTP and three Workers...");
        List<Node> started = Demo.startNodes(nodes, "bench-ttp", List.of("bench-worker-a", "bench-worker-b",
                "bench-worker-c"), Collections.nCopies(3, null), 500);
        try {
            SynergosClient ttp = SynergosClient.asAdmin(started.get(0));
            JsonArrayBuilder urls = Json.createArrayBuilder();
            started.subList(1, started.size()).forEach(w -> urls.add(Json.createObjectBuilder()
                    .add("baseUrl", w.baseUrl()).add("accessKey", w.accessKey())));
            JsonArray workers = urls.build();
            JsonArrayBuilder results = Json.createArrayBuilder();
            System.out.printf("%-10s %8s %12s %10s %22s %14s%n", "params", "rounds", "median ms", "p90 ms",
                    "bytes/worker/round", "target bytes");
            for (int size : SIZES) {
                JsonObject result = ttp.post("bench/rounds", Json.createObjectBuilder().add("workers", workers)
                        .add("params", size).add("rounds", rounds).add("warmup", WARMUP_ROUNDS).build());
                results.add(result);
                System.out.printf(Locale.ROOT, "%-10d %8d %12.2f %10.2f %22.0f %14.0f%n", size,
                        result.getInt("rounds"), result.getJsonNumber("round_ms_median").doubleValue(),
                        result.getJsonNumber("round_ms_p90").doubleValue(),
                        result.getJsonNumber("bytes_per_worker_round").doubleValue(),
                        result.getJsonNumber("bytes_target").doubleValue());
            }
            JsonObject report = Json.createObjectBuilder().add("benchmark", "rounds").add("workers", 3)
                    .add("warmup_rounds", WARMUP_ROUNDS)
                    .add("targets", Json.createObjectBuilder().add("round_ms_median_100k", 5)
                            .add("round_ms_median_1m", 30).add("bytes_factor", 1.05))
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
