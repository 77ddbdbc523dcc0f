package io.synergos.web.bench;

import io.synergos.access.Roles;
import io.synergos.federation.training.LocalBenchmark;
import io.synergos.node.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Times this node's local training step on one thread, on synthetic data (see {@code ./synergos bench tabular}):
 * what a Worker spends per round and per minibatch, on the loops or on ND4J. Admins only; off with
 * {@code synergos.bench.enabled=false}, like the round benchmark.
 */
@Path("bench/local")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benchmarks", description = "Measurement endpoints (admin; switch off in production)")
public class LocalBenchResource {

    /**
     * @param path {@code loops}, {@code nd4j}, or {@code auto} (what training takes for this model)
     */
    public record LocalBenchRequest(@Min(1) @Max(10_000) int inputs, @NotNull @Size(max = 4) List<@Min(1) @Max(4096) Integer> hidden,
                                    @Min(1) @Max(1_000_000) int rows, @Min(1) @Max(1_000_000) int batch,
                                    @Min(1) @Max(100) int epochs,
                                    @NotNull @Pattern(regexp = "loops|nd4j|auto") String path,
                                    @DecimalMin("0.1") @DecimalMax("30") double seconds) {
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "benchLocal", summary = "Times this node's local training step on synthetic data (benchmark; off in production)")
    public JsonObject run(@Valid @NotNull LocalBenchRequest request) {
        Benchmarks.requireEnabled();
        int[] hidden = request.hidden().stream().mapToInt(Integer::intValue).toArray();
        if ((long) request.inputs() * request.rows() > 50_000_000L) {
            throw new InvalidInputException("inputs x rows may be at most 50,000,000, not "
                    + (long) request.inputs() * request.rows());
        }
        Boolean loops = switch (request.path()) {
            case "loops" -> true;
            case "nd4j" -> false;
            default -> null; // the path training takes for this model
        };
        LocalBenchmark.Result result = LocalBenchmark.run(request.inputs(), hidden, request.rows(), request.batch(),
                request.epochs(), loops, request.seconds());
        JsonArrayBuilder widths = Json.createArrayBuilder();
        for (int h : result.hidden()) {
            widths.add(h);
        }
        return Json.createObjectBuilder().add("path", result.path()).add("inputs", result.inputs())
                .add("hidden", widths).add("parameters", result.parameters()).add("rows", result.rows())
                .add("batch", result.batch()).add("epochs", result.epochs()).add("calls", result.calls())
                .add("seconds", result.seconds()).add("samples_per_second", result.samplesPerSecond())
                .add("us_per_minibatch", result.microsPerMinibatch()).build();
    }
}
