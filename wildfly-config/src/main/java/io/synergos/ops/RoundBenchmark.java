package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * {@code ./synergos bench rounds}: a TTP and three Workers on this machine; rounds with trivial local work
 * (the Workers echo the parameters) at 100,000 and 1,000,000 float32 parameters, timed at the TTP; once with TLS
 * (the default, mutual between TTP and Workers) and once with TLS off, so that the cost of TLS stands beside it.
 * Then it times the WebSocket masking of the provisioned server's Undertow, which both ends of a grid socket run, and
 * says how much of a round's CPU it is: a flight recording of these rounds put half of the TTP's samples and a quarter
 * of a Worker's in it (README, Grid rounds).
 */
final class RoundBenchmark {

    private static final int[] SIZES = {100_000, 1_000_000};

    /** Untimed rounds first, so that the JIT has compiled the path being measured. */
    static final int WARMUP_ROUNDS = 200;

    /**
     * How long the TTP may take for one size's rounds (also {@code bench scale}'s): 400 rounds of 1M parameters took
     * 46-52 s on a slow hour, near the client's usual minute.
     */
    static final Duration CALL_TIMEOUT = Duration.ofMinutes(10);

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
        JsonObject masking = masking(nodes.server(), tls.getJsonArray("results"));
        JsonObject report = Json.createObjectBuilder().add("benchmark", "rounds").add("workers", 3)
                .add("warmup_rounds", WARMUP_ROUNDS)
                .add("targets", Json.createObjectBuilder().add("round_ms_median_100k", 5)
                        .add("round_ms_median_1m", 30).add("bytes_factor", 1.05))
                .add("results", tls.getJsonArray("results"))
                .add("tls", tls).add("plain", plain).add("tls_overhead", overhead).add("masking", masking).build();
        Demo.write(out, report);
        return 0;
    }

    /**
     * RFC 6455 has a client mask every byte it sends with a key of the frame's; the server unmasks them. The TTP is the
     * client of every grid socket, so per round it masks the global parameters once per Worker, and each Worker unmasks
     * its copy. This times Undertow's own masking (the provisioned server's {@code Masker}, which works a byte at a
     * time) on a 4 MB buffer, in this JVM, and scales it to each size's bytes per round. Reflection, because the class is
     * Undertow's internal; the benchmark measures the code the nodes run rather than a copy of it.
     */
    static JsonObject masking(Path server, JsonArray results) {
        int bytes = 4 << 20;
        try (java.util.stream.Stream<Path> jars = java.nio.file.Files.find(server.resolve("modules"), 20,
                (path, attributes) -> path.getFileName().toString().matches("undertow-core-.*\\.jar"))) {
            Path jar = jars.findFirst().orElseThrow(() -> new IllegalStateException("no undertow-core jar in " + server));
            try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()},
                    RoundBenchmark.class.getClassLoader())) {
                Class<?> type = loader.loadClass("io.undertow.websockets.core.protocol.version07.Masker");
                java.lang.reflect.Constructor<?> constructor = type.getDeclaredConstructor(int.class);
                constructor.setAccessible(true);
                Object masker = constructor.newInstance(new java.security.SecureRandom().nextInt());
                java.lang.reflect.Method mask = type.getDeclaredMethod("beforeWrite", java.nio.ByteBuffer.class, int.class,
                        int.class);
                // in the pooled 16 KB direct buffers the sockets use
                java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(16 * 1024);
                long best = Long.MAX_VALUE;
                for (int repeat = 0; repeat < 40; repeat++) {
                    long start = System.nanoTime();
                    for (int done = 0; done < bytes; done += buffer.capacity()) {
                        mask.invoke(masker, buffer, 0, buffer.capacity());
                    }
                    best = Math.min(best, System.nanoTime() - start);
                }
                double nanosPerByte = (double) best / bytes;
                System.out.printf(Locale.ROOT, "%nUndertow's WebSocket masking (%s): %.2f ms for 4 MB, %.2f ns a byte%n",
                        jar.getFileName(), best / 1e6, nanosPerByte);
                JsonArrayBuilder perSize = Json.createArrayBuilder();
                for (JsonObject result : results.getValuesAs(JsonObject.class)) {
                    int size = result.getInt("params");
                    // a Worker's socket carries a frame each way a round; the TTP masks the one it sends to each of the
                    // three Workers, and each Worker unmasks it
                    long masked = 3L * 2 * (long) (result.getJsonNumber("bytes_per_worker_round").doubleValue() / 2);
                    double cpuMillis = masked * nanosPerByte / 1e6;
                    System.out.printf(Locale.ROOT, "  %,9d parameters: %,d bytes masked or unmasked a round, %.1f ms of "
                            + "CPU (%.1f ms on each of 2 cores at best)%n", size, masked, cpuMillis, cpuMillis / 2);
                    perSize.add(Json.createObjectBuilder().add("params", size).add("bytes_masked_per_round", masked)
                            .add("masking_cpu_ms_per_round", cpuMillis));
                }
                return Json.createObjectBuilder().add("undertow", jar.getFileName().toString())
                        .add("ns_per_byte", nanosPerByte).add("per_round", perSize).build();
            }
        } catch (IOException | ReflectiveOperationException | RuntimeException e) {
            System.out.println("Undertow's masking could not be timed: " + e);
            return Json.createObjectBuilder().add("error", e.toString()).build();
        }
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
                        .add("params", size).add("rounds", rounds).add("warmup", WARMUP_ROUNDS).build(),
                        CALL_TIMEOUT);
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
