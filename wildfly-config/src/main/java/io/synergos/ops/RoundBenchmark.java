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
 * (the Workers echo the parameters) at 100,000 and 1,000,000 float32 parameters, timed at the TTP; once with TLS
 * (the default, mutual between TTP and Workers) and once with TLS off, so that the cost of TLS stands beside it.
 */
final class RoundBenchmark {

    private static final int[] SIZES = {100_000, 1_000_000};

    /** Untimed rounds first, so that the JIT has compiled the path being measured. */
    static final int WARMUP_ROUNDS = 200;

    private RoundBenchmark() {
    }

    static int run(Nodes nodes, Path out, int rounds) throws IOException {
        JsonObject tls = measure(nodes, rounds, Nodes.Tls.LOCAL, "TLS (mutual, TLS 1.3)");
        JsonObject plain = measure(nodes, rounds, Nodes.Tls.OFF, "TLS off (plain HTTP and WebSocket)");
        System.out.printf("%nThe cost of TLS, median round:%n");
        JsonArrayBuilder overhead = Json.createArrayBuilder();
        for (int i = 0; i < SIZES.length; i++) {
            double with = tls.getJsonArray("results").getJsonObject(i).getJsonNumber("round_ms_median").doubleValue();
            double without = plain.getJsonArray("results").getJsonObject(i).getJsonNumber("round_ms_median")
                    .doubleValue();
            System.out.printf(Locale.ROOT, "  %,9d parameters: %8.2f ms with TLS, %8.2f ms without: %+.2f ms (%+.0f %%)%n",
                    SIZES[i], with, without, with - without, 100 * (with - without) / without);
            overhead.add(Json.createObjectBuilder().add("params", SIZES[i]).add("round_ms_median_tls", with)
                    .add("round_ms_median_plain", without).add("tls_overhead_ms", with - without));
        }
        JsonObject report = Json.createObjectBuilder().add("benchmark", "rounds").add("workers", 3)
                .add("warmup_rounds", WARMUP_ROUNDS)
                .add("targets", Json.createObjectBuilder().add("round_ms_median_100k", 5)
                        .add("round_ms_median_1m", 30).add("bytes_factor", 1.05))
                .add("results", tls.getJsonArray("results"))
                .add("tls", tls).add("plain", plain).add("tls_overhead", overhead).build();
        Demo.write(out, report);
        return 0;
    }

    private static JsonObject measure(Nodes nodes, int rounds, Nodes.Tls mode, String label) {
        System.out.printf("%nStarting a TTP and three Workers, %s...%n", label);
        List<Node> started = Demo.startNodes(nodes, "bench-ttp", List.of("bench-worker-a", "bench-worker-b",
                "bench-worker-c"), Collections.nCopies(3, null), 500, java.util.Map.of(), mode);
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
            return Json.createObjectBuilder().add("tls", mode.on()).add("results", results).build();
        } finally {
            for (Node node : started) {
                nodes.stop(node.name());
            }
        }
    }
}
