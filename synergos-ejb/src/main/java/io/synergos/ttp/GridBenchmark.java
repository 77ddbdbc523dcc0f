package io.synergos.ttp;

import io.synergos.federation.alignment.Task;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.ModelSpec;
import io.synergos.node.NodeConfig;
import io.synergos.websocket.ttp.GridException;
import io.synergos.worker.PhaseRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Measures the grid's round trip with trivial local work: the Workers echo the global parameters, so what
 * is timed is the protocol, the sockets and the aggregation, from sending the global parameters to having
 * aggregated.
 */
@ApplicationScoped
public class GridBenchmark {

    @Inject
    NodeConfig node;

    @Inject
    io.synergos.node.tls.NodeTls tls;

    /** Round times in milliseconds, sorted, and the bytes each Worker's socket carried per round. */
    public record Result(int parameters, int workers, double[] roundMillis, double bytesPerWorkerRound) {

        public double percentile(double p) {
            int index = (int) Math.ceil(p * roundMillis.length) - 1;
            return roundMillis[Math.max(0, Math.min(roundMillis.length - 1, index))];
        }
    }

    /** @param workerUrlsAndKeys each Worker's base URL and control key */
    public Result run(List<Map.Entry<String, String>> workerUrlsAndKeys, int parameters, int rounds, int warmup)
            throws GridException {
        if (parameters < 2 || rounds < 1 || workerUrlsAndKeys.isEmpty()) {
            throw new IllegalArgumentException("need at least 2 parameters, 1 round and 1 Worker");
        }
        long runId = -Math.abs(new SecureRandom().nextLong() % 1_000_000_000L) - 1;
        ModelSpec spec = new ModelSpec(parameters - 1, new int[0], 1, Activation.RELU, Task.REGRESSION);
        List<RunPlan.WorkerPlan> workers = new ArrayList<>();
        for (int i = 0; i < workerUrlsAndKeys.size(); i++) {
            workers.add(new RunPlan.WorkerPlan("bench-" + i, workerUrlsAndKeys.get(i).getKey(),
                    workerUrlsAndKeys.get(i).getValue(), Map.of()));
        }
        Grid grid = new Grid();
        try (WorkerClient client = new WorkerClient(node.connectTimeout(), tls)) {
            try {
                for (RunPlan.WorkerPlan worker : workers) {
                    grid.join(client, worker, runId, PhaseRequest.benchmark(spec), node.connectTimeout());
                }
                double[] global = new double[parameters];
                Arrays.fill(global, 0.5);
                double[] times = new double[rounds];
                long bytesBefore = 0;
                for (int round = -warmup; round < rounds; round++) {
                    if (round == 0) {
                        bytesBefore = grid.bytesOnWire();
                    }
                    long start = System.nanoTime();
                    global = grid.trainRound(round, global, node.replyTimeout()).aggregate().parameters();
                    if (round >= 0) {
                        times[round] = (System.nanoTime() - start) / 1e6;
                    }
                }
                double bytes = (double) (grid.bytesOnWire() - bytesBefore) / rounds / workers.size();
                Arrays.sort(times);
                return new Result(parameters, workers.size(), times, bytes);
            } finally {
                grid.release(client, runId);
            }
        }
    }
}
