package io.synergos.web.bench;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.ttp.GridBenchmark;
import io.synergos.websocket.ttp.GridException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Runs the grid round benchmark from this TTP against the given Workers (see {@code ./synergos bench rounds}); admins
 * only. In production switch it off with {@code synergos.bench.enabled=false}: it then answers 404.
 */
@Path("bench/rounds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmarks", description = "Measurement endpoints (admin; switch off in production)")
public class BenchResource {

    @Inject
    GridBenchmark benchmark;

    /** A Worker to benchmark against: its base URL and control key. */
    public record BenchWorker(@NotNull String baseUrl, @NotNull String accessKey) {
    }

    public record BenchRequest(@NotEmpty List<@Valid BenchWorker> workers, @Min(2) @Max(16_000_000) int params,
                               @Min(1) @Max(10_000) int rounds, @Min(0) @Max(1000) int warmup) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "benchRounds", summary = "Times grid rounds against Workers with synthetic parameters (benchmark; off in production)")
    public JsonObject run(@Valid @NotNull BenchRequest request) throws GridException {
        Benchmarks.requireEnabled();
        GridBenchmark.Result result = benchmark.run(request.workers().stream()
                .map(w -> Map.entry(w.baseUrl(), w.accessKey())).toList(), request.params(), request.rounds(),
                request.warmup());
        return Json.createObjectBuilder()
                .add("params", result.parameters())
                .add("workers", result.workers())
                .add("rounds", result.roundMillis().length)
                .add("round_ms_median", result.percentile(0.5))
                .add("round_ms_p90", result.percentile(0.9))
                .add("round_ms_min", result.roundMillis()[0])
                .add("bytes_per_worker_round", result.bytesPerWorkerRound())
                .add("bytes_target", 1.05 * 2 * 4 * result.parameters())
                .build();
    }
}
