package io.synergos.operations;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The node's own meters, in a Prometheus registry of the application's, which {@code GET /api/metrics} serves to
 * Prometheus (signed in; the server's own metrics, JVM, datasource pool, HTTP, are at {@code /metrics} on the management
 * interface). A registry of its own, since the one the server gives deployments forwards only simple meters, and the
 * round and serving timers are histograms ({@code _bucket}, for percentiles in Grafana). Names there: dots become
 * underscores, timers get {@code _seconds}, counters {@code _total}:
 * <ul>
 * <li>{@code synergos_round_duration_seconds} (histogram), {@code synergos_rounds_total},
 * {@code synergos_grid_bytes_total}: every training round of this TTP, and the bytes its grids carried;</li>
 * <li>{@code synergos_grids_active}: the grids running now;</li>
 * <li>{@code synergos_jobs_queued}, {@code synergos_jobs_dead_lettered}: the job queue's depth and its dead letters;</li>
 * <li>{@code synergos_serving_latency_seconds} (histogram), {@code synergos_serving_errors_total};</li>
 * <li>{@code synergos_worker_reply_seconds{worker}} (histogram), {@code synergos_worker_late_total{worker}},
 * {@code synergos_worker_absent_total{worker}}: each Worker's lateness.</li>
 * </ul>
 */
@ApplicationScoped
public class NodeMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private Timer rounds;
    private Counter roundCount;
    private Counter bytes;
    private Timer serving;
    private Counter servingErrors;

    @PostConstruct
    void register() {
        registry.config().commonTags("node", System.getProperty("synergos.node.name", "node"));
        rounds = Timer.builder("synergos.round.duration").description("A training round at the TTP, from sending the "
                + "global model to having aggregated").publishPercentileHistogram().minimumExpectedValue(
                Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10)).register(registry);
        roundCount = Counter.builder("synergos.rounds").description("Training rounds completed").register(registry);
        bytes = Counter.builder("synergos.grid.bytes").baseUnit("bytes")
                .description("Bytes the TTP's grids sent and received").register(registry);
        serving = Timer.builder("synergos.serving.latency").description("A prediction request to a served model")
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
        servingErrors = Counter.builder("synergos.serving.errors").description("Prediction requests that failed")
                .register(registry);
    }

    /** The meters in Prometheus' text format. */
    public String scrape() {
        return registry.scrape();
    }

    /** Registers a gauge read when scraped, e.g. the grids running or the jobs queued. */
    public void gauge(String name, String description, Supplier<Number> value) {
        Gauge.builder(name, () -> value.get()).description(description).register(registry);
    }

    /** A training round: its duration, the bytes the grid carried, and each Worker's reply time and standing. */
    public void round(double millis, long gridBytes, java.util.Map<String, Double> replyMillis, List<String> late,
                      List<String> absent) {
        rounds.record(Duration.ofNanos((long) (millis * 1_000_000)));
        roundCount.increment();
        bytes.increment(gridBytes);
        replyMillis.forEach((worker, ms) -> Timer.builder("synergos.worker.reply").tag("worker", worker)
                .description("A Worker's reply to a round, from the request sent").publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(10))
                .register(registry).record(Duration.ofNanos((long) (ms * 1_000_000))));
        late.forEach(worker -> registry.counter("synergos.worker.late", "worker", worker).increment());
        absent.forEach(worker -> registry.counter("synergos.worker.absent", "worker", worker).increment());
    }

    /** A prediction request: how long it took, and whether it failed. */
    public void served(long nanos, boolean failed) {
        serving.record(Duration.ofNanos(nanos));
        if (failed) {
            servingErrors.increment();
        }
    }
}
