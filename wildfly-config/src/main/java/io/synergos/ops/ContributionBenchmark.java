package io.synergos.ops;

import io.synergos.federation.contribution.Ranking;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ./synergos bench contribution}: what each contribution method costs and how far it is from {@code exact},
 * on real nodes (a TTP and five Workers holding the shipped contribution split), with 3 participants (h1..h3) and
 * with 5 (h1..h4 and a free rider training on random rows).
 * <p>
 * Plain training and training that values contributions while it trains are timed alternately over several
 * seeds, from the run's start to its end as the TTP records them (so including the final assessment); the
 * overhead is the ratio of their medians. Every method is then computed on the first plain run, whose model is
 * the same one (same seed, same data) as the first valued run's: the error against {@code exact} is the largest
 * |value - exact value| as a fraction of the gain v(N) - v(empty), with Spearman's rank correlation.
 */
final class ContributionBenchmark {

    private static final List<String> HONEST = List.of("h1", "h2", "h3", "h4");

    private ContributionBenchmark() {
    }

    /** One line of the table. */
    private record Figures(String method, double wallMs, long evaluations, int gridsStarted, int trainings,
                           double overhead, double maxError, double spearman, double[] values) {
    }

    /** Untimed runs of each kind first: a node's first runs pay for class loading and JIT compilation. */
    static final int WARMUP_RUNS = 3;

    static int run(Nodes nodes, Path out, int repeats) throws IOException {
        if (repeats < 1) {
            throw new IllegalArgumentException("--repeats must be at least 1, not " + repeats);
        }
        System.out.println("Starting a TTP and five Workers (h1..h4 honest, fr a free rider)...");
        List<String> parties = List.of("h1", "h2", "h3", "h4", "fr");
        List<Node> started = Demo.startNodes(nodes, "bench-contrib-ttp", parties.stream().map(p -> "bench-contrib-" + p)
                        .toList(), parties.stream().map(p -> ContributionSplit.dataDir(nodes.home(), p)).toList(), 2100,
                Map.of("synergos.contribution.exact-max-participants", "5"));
        try {
            SynergosClient admin = SynergosClient.asAdmin(started.get(0));
            Map<String, String> addresses = new LinkedHashMap<>();
            Map<String, String> keys = new LinkedHashMap<>();
            for (int i = 0; i < parties.size(); i++) {
                addresses.put(parties.get(i), started.get(i + 1).baseUrl());
                keys.put(parties.get(i), started.get(i + 1).accessKey());
            }
            JsonArrayBuilder scenarios = Json.createArrayBuilder();
            for (int n : new int[] {3, 5}) {
                List<String> honest = HONEST.subList(0, Math.min(n, HONEST.size()));
                Map<String, String> a = new LinkedHashMap<>();
                Map<String, String> k = new LinkedHashMap<>();
                honest.forEach(h -> {
                    a.put(h, addresses.get(h));
                    k.put(h, keys.get(h));
                });
                String rider = n > honest.size() ? "contribution-dummy-train" : null;
                if (rider != null) {
                    a.put("fr", addresses.get("fr"));
                    k.put("fr", keys.get("fr"));
                }
                scenarios.add(scenario(admin, n, a, k, rider, repeats));
            }
            JsonObject report = Json.createObjectBuilder().add("benchmark", "contribution")
                    .add("repeats", repeats)
                    .add("settings", ContributionSplit.hyperparameters(1).toString())
                    .add("targets", Json.createObjectBuilder().add("in_training_overhead_at_5", 0.30)
                            .add("exact_trainings", "2^n - 1"))
                    .add("scenarios", scenarios).build();
            Demo.write(out, report);
            return 0;
        } finally {
            for (Node node : started) {
                nodes.stop(node.name());
            }
        }
    }

    private static JsonObject scenario(SynergosClient admin, int n, Map<String, String> addresses,
                                       Map<String, String> keys, String rider, int repeats) {
        System.out.printf("%n%d participants: %s%s; %d seeds of plain and of valued training...%n", n,
                String.join(", ", addresses.keySet()), rider == null ? "" : " (fr trains on random rows)", repeats);
        ContributionSplit.Project plain = ContributionSplit.register(admin, addresses, keys, rider,
                JsonValue.EMPTY_JSON_OBJECT);
        ContributionSplit.Project valued = ContributionSplit.register(admin, addresses, keys, rider,
                ContributionSplit.IN_TRAINING);
        double[] plainMs = new double[repeats];
        double[] valuedMs = new double[repeats];
        double[] valuingMs = new double[repeats];
        long firstPlain = -1;
        JsonObject firstValued = null;
        for (int i = 0; i < WARMUP_RUNS; i++) {
            plain.train(admin, 1000 + i);
            valued.train(admin, 1000 + i);
        }
        for (int i = 0; i < repeats; i++) {
            long seed = i + 1;
            long p = plain.train(admin, seed);
            plainMs[i] = trainingMillis(admin, p);
            long v = valued.train(admin, seed);
            valuedMs[i] = trainingMillis(admin, v);
            JsonObject contribution = ContributionSplit.awaitContribution(admin, v, "in-training");
            requireCompleted(contribution);
            valuingMs[i] = contribution.getJsonNumber("wallMillis").doubleValue();
            if (i == 0) {
                firstPlain = p;
                firstValued = contribution;
            }
        }
        double plainMedian = median(plainMs);
        double valuedMedian = median(valuedMs);

        List<String> participants = plain.participants();
        JsonObject exact = compute(admin, firstPlain, Json.createObjectBuilder().add("method", "exact").build());
        double[] exactValues = ContributionSplit.values(exact, participants);
        double gain = exact.getJsonNumber("gain").doubleValue();

        List<Figures> rows = new ArrayList<>();
        rows.add(new Figures("plain training", plainMedian, 0, 1, 1, 0, Double.NaN, Double.NaN, null));
        // the valued run's participants are named after its own project: compare by position
        double[] valuedValues = ContributionSplit.values(firstValued, valued.participants());
        rows.add(new Figures("in-training (while training)", valuedMedian,
                firstValued.getJsonNumber("evaluations").longValue(), 1, 1, valuedMedian / plainMedian - 1,
                maxError(valuedValues, exactValues, gain), Ranking.spearman(valuedValues, exactValues), valuedValues));
        for (JsonObject request : List.of(
                Json.createObjectBuilder().add("method", "in-training").build(),
                Json.createObjectBuilder().add("method", "in-training").add("sampled", true).build(),
                Json.createObjectBuilder().add("method", "leave-one-out").build())) {
            JsonObject result = compute(admin, firstPlain, request);
            double[] values = ContributionSplit.values(result, participants);
            String name = request.getString("method") + (request.containsKey("sampled") ? " (sampled, after)"
                    : request.getString("method").equals("in-training") ? " (after training)" : "");
            int grids = result.getInt("gridsStarted");
            rows.add(new Figures(name, wallMillis(result), result.getJsonNumber("evaluations").longValue(), grids,
                    retrainings(result) + 1, wallMillis(result) / plainMedian, maxError(values, exactValues, gain),
                    Ranking.spearman(values, exactValues), values));
        }
        rows.add(new Figures("exact", wallMillis(exact), exact.getJsonNumber("evaluations").longValue(),
                exact.getInt("gridsStarted"), retrainings(exact) + 1, wallMillis(exact) / plainMedian, 0, 1, exactValues));

        double valuingShare = median(valuingMs) / plainMedian;
        System.out.printf(Locale.ROOT, "%n%d participants, gain v(N) - v(empty) %.4f (%s); plain training median %.0f ms,"
                        + " valued training median %.0f ms; the valuing itself: median %.0f ms = %.1f %% of plain "
                        + "training%n", n, gain, exact.getString("metric"), plainMedian, valuedMedian,
                median(valuingMs), 100 * valuingShare);
        System.out.printf("values in the order %s%n", String.join(", ", addresses.keySet()));
        System.out.printf("%-30s %10s %12s %7s %10s %10s %10s %9s  %s%n", "method", "wall ms", "evaluations", "grids",
                "trainings", "overhead", "max error", "spearman", "values");
        JsonArrayBuilder methods = Json.createArrayBuilder();
        for (Figures f : rows) {
            System.out.printf(Locale.ROOT, "%-30s %10.0f %12d %7d %10d %10s %10s %9s  %s%n", f.method(), f.wallMs(),
                    f.evaluations(), f.gridsStarted(), f.trainings(), f.method().equals("plain training") ? "-"
                            : f.method().startsWith("in-training (while") ? String.format(Locale.ROOT, "%+.1f %%",
                            100 * f.overhead()) : String.format(Locale.ROOT, "x%.1f", f.overhead()),
                    Double.isNaN(f.maxError()) ? "-" : String.format(Locale.ROOT, "%.1f %%", 100 * f.maxError()),
                    Double.isNaN(f.spearman()) ? "-" : String.format(Locale.ROOT, "%.2f", f.spearman()),
                    f.values() == null ? "" : String.join(" ", Arrays.stream(f.values())
                            .mapToObj(v -> String.format(Locale.ROOT, "%.3f", v)).toList()));
            JsonObjectBuilder json = Json.createObjectBuilder().add("method", f.method()).add("wall_ms", f.wallMs())
                    .add("utility_evaluations", f.evaluations()).add("grids_started", f.gridsStarted())
                    .add("trainings", f.trainings());
            number(json, f.method().startsWith("in-training (while") ? "overhead_fraction" : "cost_in_plain_trainings",
                    f.method().equals("plain training") ? Double.NaN : f.overhead());
            number(json, "max_error_fraction_of_gain", f.maxError());
            number(json, "spearman_vs_exact", f.spearman());
            if (f.values() != null) {
                json.add("values", Json.createArrayBuilder(Arrays.stream(f.values()).boxed().toList()));
            }
            methods.add(json);
        }
        return Json.createObjectBuilder().add("participants", n)
                .add("parties", Json.createArrayBuilder(List.copyOf(addresses.keySet())))
                .add("free_rider_data", rider == null ? "none" : rider)
                .add("gain", gain).add("metric", exact.getString("metric"))
                .add("plain_training_ms", Json.createArrayBuilder(Arrays.stream(plainMs).boxed().toList()))
                .add("valued_training_ms", Json.createArrayBuilder(Arrays.stream(valuedMs).boxed().toList()))
                .add("valuing_ms", Json.createArrayBuilder(Arrays.stream(valuingMs).boxed().toList()))
                .add("valuing_fraction_of_plain_training", valuingShare)
                .add("exact_values", Json.createArrayBuilder(Arrays.stream(exactValues).boxed().toList()))
                .add("methods", methods).build();
    }

    private static JsonObject compute(SynergosClient admin, long run, JsonObject request) {
        JsonObject result = ContributionSplit.compute(admin, run, request);
        requireCompleted(result);
        return result;
    }

    private static void requireCompleted(JsonObject contribution) {
        if (!"COMPLETED".equals(contribution.getString("status"))) {
            throw new IllegalStateException("contribution " + contribution.getJsonNumber("id") + " ("
                    + contribution.getString("method") + ") ended " + contribution.getString("status") + ": "
                    + contribution.getString("statusReason", "?"));
        }
    }

    /** From the run's start to its end, as the TTP recorded them. */
    private static double trainingMillis(SynergosClient admin, long run) {
        JsonObject view = admin.run(run);
        return Duration.between(Instant.parse(view.getString("startedAt")), Instant.parse(view.getString("finishedAt")))
                .toNanos() / 1e6;
    }

    /** From the request to the result, queueing and every coalition's training included. */
    private static double wallMillis(JsonObject contribution) {
        return Duration.between(Instant.parse(contribution.getString("requestedAt")),
                Instant.parse(contribution.getString("finishedAt"))).toNanos() / 1e6;
    }

    /** The coalition trainings a retraining method started: its grids but the one that measured the models. */
    private static int retrainings(JsonObject contribution) {
        String method = contribution.getString("method");
        return method.equals("in-training") ? 0 : contribution.getInt("gridsStarted") - 1;
    }

    private static double maxError(double[] values, double[] exact, double gain) {
        double max = 0;
        for (int i = 0; i < values.length; i++) {
            max = Math.max(max, Math.abs(values[i] - exact[i]) / Math.abs(gain));
        }
        return max;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int m = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }

    private static void number(JsonObjectBuilder json, String name, double value) {
        if (Double.isFinite(value)) {
            json.add(name, value);
        } else {
            json.addNull(name);
        }
    }
}
