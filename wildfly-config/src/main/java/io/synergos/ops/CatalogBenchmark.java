package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code ./synergos bench catalog}: the data catalog at scale on a real TTP node: 10,000 catalogued datasets of 50
 * columns each, published over HTTP by 100 participants (four clients at once), as their Workers would send them;
 * then search latency over HTTP (p50, p99) for a mix of words, typos and facets, and a full reindex.
 */
final class CatalogBenchmark {

    private static final String[] DOMAINS = {"oncology", "cardiology", "diabetes", "fraud", "anti-money-laundering",
        "credit", "insurance", "retail", "energy", "telecom"};
    private static final String[] WORDS = {"cohort", "patients", "transactions", "claims", "readmission", "survival",
        "biopsy", "screening", "payments", "accounts", "churn", "outcome", "registry", "trial", "imaging", "sensor"};

    private CatalogBenchmark() {
    }

    static int run(Nodes nodes, Path out, int datasets, int columns) throws Exception {
        if (datasets < 400) {
            throw new IllegalArgumentException("--datasets must be at least 400 (200 of them are untimed warm-up)");
        }
        System.out.printf("Starting a TTP; then %,d datasets of %d columns each...%n", datasets, columns);
        Node ttp = nodes.start("bench-catalog-ttp", "ttp", null, 2700, Nodes.Database.H2, true);
        try {
            SynergosClient admin = SynergosClient.asAdmin(ttp);
            int participants = 100;
            List<String> keys = new ArrayList<>();
            Random random = new Random(2026);
            for (int p = 0; p < participants; p++) {
                byte[] key = new byte[32];
                random.nextBytes(key);
                keys.add(HexFormat.of().formatHex(key));
                admin.createParticipant("org-" + p, "http://10.0.0." + (p % 250 + 1) + ":8080/synergos", keys.get(p));
            }
            // warm-up: the first publications and searches pay for class loading and JIT compilation
            int warmup = 200;
            publish(ttp, keys, 0, warmup, columns);
            long start = System.nanoTime();
            publish(ttp, keys, warmup, datasets, columns);
            double publishSeconds = (System.nanoTime() - start) / 1e9;
            double perSecond = (datasets - warmup) / publishSeconds;
            System.out.printf(Locale.ROOT, "published and indexed %,d datasets (after %d untimed) in %.1f s: %.0f per "
                    + "second, each its own transaction and index commit (4 clients)%n", datasets - warmup, warmup,
                    publishSeconds, perSecond);

            List<String> queries = queries(new Random(7), 1200);
            for (String q : queries.subList(0, 200)) {
                search(admin, q);
            }
            double[] millis = new double[1000];
            long hits = 0;
            for (int i = 0; i < millis.length; i++) {
                long t = System.nanoTime();
                hits += search(admin, queries.get(200 + i));
                millis[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(millis);
            double p50 = millis[millis.length / 2];
            double p99 = millis[(int) Math.ceil(millis.length * 0.99) - 1];
            System.out.printf(Locale.ROOT, "search over HTTP, 1,000 queries one after another: p50 %.2f ms, p99 %.2f ms, "
                    + "max %.2f ms (%,d hits in all)%n", p50, p99, millis[millis.length - 1], hits);

            long t = System.nanoTime();
            JsonObject reindexed = admin.post("catalog/datasets/reindex", Json.createObjectBuilder().build());
            double reindexSeconds = (System.nanoTime() - t) / 1e9;
            System.out.printf(Locale.ROOT, "full reindex of %,d entries: %.1f s%n",
                    reindexed.getJsonNumber("indexed").longValue(), reindexSeconds);
            System.out.printf(Locale.ROOT, "targets: p99 under 50 ms (%s), full reindex under 60 s (%s)%n",
                    p99 < 50 ? "met" : "NOT met", reindexSeconds < 60 ? "met" : "NOT met");
            JsonArrayBuilder sample = Json.createArrayBuilder();
            queries.subList(200, 210).forEach(sample::add);
            JsonObject report = Json.createObjectBuilder().add("benchmark", "catalog").add("datasets", datasets)
                    .add("columnsPerDataset", columns).add("participants", participants)
                    .add("publishSeconds", publishSeconds).add("publishedPerSecond", perSecond)
                    .add("searchP50Ms", p50).add("searchP99Ms", p99).add("searchMaxMs", millis[millis.length - 1])
                    .add("reindexSeconds", reindexSeconds)
                    .add("indexed", reindexed.getJsonNumber("indexed").longValue())
                    .add("sampleQueries", sample).build();
            Demo.write(out, report);
            return 0;
        } finally {
            nodes.stop("bench-catalog-ttp");
        }
    }

    private static void publish(Node ttp, List<String> keys, int from, int to, int columns) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                int first = from + thread;
                futures.add(pool.submit(() -> {
                    for (int i = first; i < to; i += 4) {
                        int p = i % keys.size();
                        SynergosClient client = SynergosClient.asParticipant(ttp.baseUrl(), "org-" + p, keys.get(p));
                        HttpResponse<String> r = client.raw("POST", "catalog/participants/org-" + p + "/datasets",
                                "application/json", publication(i, columns).toString());
                        if (r.statusCode() != 201) {
                            throw new IllegalStateException("publishing dataset " + i + " failed (HTTP "
                                    + r.statusCode() + "): " + r.body());
                        }
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
    }

    /** A dataset as a Worker would publish it: metadata and a profile of {@code columns} columns. */
    static JsonObject publication(int i, int columns) {
        Random r = new Random(i);
        String domain = DOMAINS[i % DOMAINS.length];
        JsonArrayBuilder cols = Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "label")
                .add("type", i % 4 == 0 ? "numeric" : "categorical").add("categories", i % 4 == 0 ? 0 : 2));
        int first = r.nextInt(400);
        for (int c = 1; c < columns; c++) {
            boolean numeric = r.nextInt(3) > 0;
            // 7 is prime to 400: distinct names, a different set per dataset
            cols.add(Json.createObjectBuilder().add("name", "col_" + (first + 7 * c) % 400)
                    .add("type", numeric ? "numeric" : "categorical").add("categories", numeric ? 0 : 2 + r.nextInt(20)));
        }
        byte[] version = new byte[32];
        r.nextBytes(version);
        String words = WORDS[r.nextInt(WORDS.length)] + " " + WORDS[r.nextInt(WORDS.length)];
        return Json.createObjectBuilder()
                .add("entry", Json.createObjectBuilder().add("title", domain + " " + words + " " + i)
                        .add("description", "Synthetic " + domain + " data about " + words + " number " + i)
                        .add("keywords", Json.createArrayBuilder().add(domain).add(WORDS[r.nextInt(WORDS.length)]))
                        .add("domain", domain).add("visibility", i % 3 == 0 ? "private" : "public"))
                .add("profile", Json.createObjectBuilder().add("name", "dataset-" + i).add("label", "label")
                        .add("task", i % 4 == 0 ? "regression" : "classification").add("columns", cols)
                        .add("rows", 1000 + r.nextInt(100000)).add("granularity", 1)
                        .add("version", HexFormat.of().formatHex(version)))
                .build();
    }

    static List<String> queries(Random r, int n) {
        List<String> queries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String word = WORDS[r.nextInt(WORDS.length)];
            String domain = DOMAINS[r.nextInt(DOMAINS.length)];
            String column = "col_" + r.nextInt(400);
            queries.add(switch (i % 6) {
                case 0 -> word;
                case 1 -> word.substring(0, word.length() - 1) + "x";
                case 2 -> "column:" + column + " AND type:numeric " + word;
                case 3 -> "domain:" + domain + " " + word;
                case 4 -> "task:regression keyword:" + word;
                default -> "column:" + column + " visibility:public";
            });
        }
        return queries;
    }

    private static long search(SynergosClient admin, String q) {
        HttpResponse<String> r = admin.raw("GET", "catalog/datasets?limit=20&q=" + URLEncoder.encode(q,
                StandardCharsets.UTF_8), null, null);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("search '" + q + "' failed (HTTP " + r.statusCode() + "): " + r.body());
        }
        return Json.createReader(new StringReader(r.body())).readObject().getJsonNumber("total").longValue();
    }
}
