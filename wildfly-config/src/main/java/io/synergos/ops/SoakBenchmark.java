package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * {@code ./synergos bench soak}: many small jobs through the queue while Workers and the TTP are killed (SIGKILL) and
 * restarted. A TTP and three Workers; one search of N trials (default 200), each a job training logistic regression for
 * 10 rounds with minWorkers 2 of 3 (a killed Worker is left out, and rejoins once restarted) and evaluating it, with six
 * attempts whose delays double from 2 s; the TTP checkpoints every round and resumes its jobs after each restart. Every
 * 10 to 20 s something is killed: every third time the TTP, otherwise a random Worker, which starts again 3 to 10 s
 * later. Chaos goes on until every job has ended. Prints and
 * writes the jobs submitted, succeeded, resumed (at least once), failed with a reason, and lost (never ended: must be
 * 0), and the duplicate trainings (a run whose rounds were recorded twice: must be 0).
 */
final class SoakBenchmark {

    private static final int OFFSET = 5600;
    private static final int ROUNDS = 10;
    private static final Duration LIMIT = Duration.ofMinutes(Long.getLong("synergos.soak.minutes", 60));

    private SoakBenchmark() {
    }

    static int run(Nodes nodes, Path out, int jobs, long seed) throws IOException {
        Random random = new Random(seed);
        Map<String, String> ttpProperties = Map.of("synergos.ttp.parallel-runs", "4", "synergos.jobs.max-attempts",
                "6", "synergos.jobs.retry-delay-ms", "2000", "synergos.checkpoint.rounds", "1",
                "synergos.grid.connect-timeout-seconds", "3");
        List<String> workerNames = List.of("soak-worker-1", "soak-worker-2", "soak-worker-3");
        List<Path> data = List.of(Demo.dataDir(nodes.home(), "worker-a"), Demo.dataDir(nodes.home(), "worker-b"),
                Demo.dataDir(nodes.home(), "worker-a"));
        System.out.printf("Starting a TTP and three Workers for the soak (%d jobs, chaos seed %d)...%n", jobs, seed);
        List<Node> started = Demo.startNodes(nodes, "soak-ttp", workerNames, data, OFFSET, ttpProperties);
        Node ttp = started.get(0);
        List<Node> workers = started.subList(1, started.size());
        Instant begun = Instant.now();
        int ttpKills = 0;
        int workerKills = 0;
        try {
            SynergosClient client = SynergosClient.asAdmin(ttp);
            Demo.Registered project = Demo.register(client, workers, Node::baseUrl, "wisconsin",
                    Demo.Model.LOGISTIC_REGRESSION);
            JsonObject request = Json.createObjectBuilder().add("strategy", "grid").add("maxAttempts", 6)
                    .add("base", Json.createObjectBuilder().add("rounds", ROUNDS).add("batchSize", 1000)
                            .add("learningRate", 0.3).add("minWorkers", 2).add("roundDeadlineSeconds", 10))
                    .add("grid", Json.createObjectBuilder().add("seed", Json.createArrayBuilder(
                            java.util.stream.IntStream.rangeClosed(1, jobs).boxed().toList())))
                    .build();
            long search = client.post("orchestration/experiments/" + project.experiment() + "/searches", request)
                    .getJsonNumber("id").longValue();
            System.out.printf("Submitted search %d: %d jobs. Chaos starts.%n", search, jobs);
            while (!finished(client, search)) {
                if (Duration.between(begun, Instant.now()).compareTo(LIMIT) > 0) {
                    System.out.println("The soak's time limit passed; what has not ended counts as lost.");
                    break;
                }
                pause(Duration.ofSeconds(8 + random.nextInt(12)));
                if (finished(client, search)) {
                    break;
                }
                // every third upset is the TTP's (at most four), the others a random Worker's
                if ((ttpKills + workerKills) % 3 == 1 && ttpKills < 4) {
                    ttpKills++;
                    System.out.printf("  %s: killing the TTP (SIGKILL) and starting it again%n", elapsed(begun));
                    nodes.kill(ttp.name());
                    ttp = nodes.start(ttp.name(), "ttp", null, OFFSET, Nodes.Database.H2, false, ttpProperties);
                    client = SynergosClient.asAdmin(ttp);
                } else {
                    workerKills++;
                    Node victim = workers.get(random.nextInt(workers.size()));
                    System.out.printf("  %s: killing %s (SIGKILL); it starts again in a few seconds%n", elapsed(begun),
                            victim.name());
                    nodes.kill(victim.name());
                    pause(Duration.ofSeconds(3 + random.nextInt(8)));
                    nodes.start(victim.name(), "worker", victim.dataDir(), victim.portOffset(), Nodes.Database.H2,
                            false);
                }
                System.out.printf("  %s: %s%n", elapsed(begun), progress(client, search));
            }
            return report(client, search, jobs, seed, ttpKills, workerKills, Duration.between(begun, Instant.now()), out);
        } finally {
            for (Node node : started) {
                nodes.stop(node.name());
            }
        }
    }

    private static boolean finished(SynergosClient client, long search) {
        return ((JsonObject) client.get("orchestration/searches/" + search)).getBoolean("finished");
    }

    private static String progress(SynergosClient client, long search) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ((JsonObject) client.get("orchestration/searches/" + search)).getJsonArray("jobs")
                .getValuesAs(JsonObject.class).forEach(j -> counts.merge(j.getString("status"), 1, Integer::sum));
        return counts.toString();
    }

    private static int report(SynergosClient client, long search, int submitted, long seed, int ttpKills,
                              int workerKills, Duration took, Path out) throws IOException {
        JsonArray jobs = ((JsonObject) client.get("orchestration/searches/" + search)).getJsonArray("jobs");
        int succeeded = 0;
        int resumed = 0;
        int lost = 0;
        int duplicates = 0;
        List<String> failures = new ArrayList<>();
        for (JsonObject job : jobs.getValuesAs(JsonObject.class)) {
            String status = job.getString("status");
            if (job.getInt("resumes") > 0) {
                resumed++;
            }
            switch (status) {
                case "SUCCEEDED" -> succeeded++;
                case "QUEUED", "RUNNING", "WAITING" -> lost++;
                default -> failures.add("job " + job.getJsonNumber("id") + " " + status + ": "
                        + job.getString("lastError", "(no reason)"));
            }
            long run = job.getJsonNumber("runId").longValue();
            List<Integer> rounds = client.rounds(run).getValuesAs(JsonObject.class).stream()
                    .map(r -> r.getInt("round")).toList();
            if (new HashSet<>(rounds).size() != rounds.size()
                    || (status.equals("SUCCEEDED") && rounds.size() != ROUNDS)) {
                duplicates++;
            }
        }
        System.out.printf("%nSoak: %d jobs submitted in %s, %d TTP kills, %d Worker kills%n", submitted,
                format(took), ttpKills, workerKills);
        System.out.printf("  succeeded            %d%n", succeeded);
        System.out.printf("  resumed (>= once)    %d%n", resumed);
        System.out.printf("  failed with a reason %d%n", failures.size());
        failures.stream().limit(10).forEach(f -> System.out.println("    " + f));
        System.out.printf("  lost                 %d (must be 0)%n", lost);
        System.out.printf("  duplicate trainings  %d (must be 0)%n", duplicates);
        JsonObject report = Json.createObjectBuilder().add("benchmark", "soak").add("jobs_submitted", submitted)
                .add("chaos_seed", seed).add("ttp_kills", ttpKills).add("worker_kills", workerKills)
                .add("seconds", took.toSeconds()).add("succeeded", succeeded).add("resumed", resumed)
                .add("failed_with_reason", failures.size()).add("failures", Json.createArrayBuilder(failures))
                .add("lost", lost).add("duplicate_trainings", duplicates).build();
        Demo.write(out, report);
        return lost == 0 && duplicates == 0 ? 0 : 1;
    }

    private static String elapsed(Instant begun) {
        return format(Duration.between(begun, Instant.now()));
    }

    private static String format(Duration d) {
        return String.format("%d:%02d", d.toMinutes(), d.toSecondsPart());
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
