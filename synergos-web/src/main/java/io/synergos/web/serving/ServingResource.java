package io.synergos.web.serving;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.node.InvalidInputException;
import io.synergos.serving.ModelServer;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * Model serving: the Production model of a project answers prediction requests from any client with the role
 * predictor (or admin), participant or not. The body is {@code {"record": {...}}} or
 * {@code {"records": [{...}, ...]}} with raw feature values, as the data had them before alignment.
 */
@Path("serving/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Serving", description = "Predictions from a project's Production model")
public class ServingResource {

    public static final int MAX_RECORDS = 10_000;

    @Inject
    ModelServer server;

    public record PredictionRequest(Map<String, Object> record, List<Map<String, Object>> records) {
    }

    /** Which version is served and the raw columns a record must carry (true: categorical). */
    public record ServedView(int modelVersion, String checksum, String task, Map<String, Boolean> inputColumns) {
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PREDICTOR})
    @Operation(operationId = "getServedModel", summary = "The model version a project serves, its task and input columns")
    public ServedView served(@PathParam("projectId") long projectId) {
        ModelServer.Served served = server.reload(projectId);
        if (served == null) {
            throw new NotFoundException("project " + projectId + " has no model version in Production");
        }
        return new ServedView(served.number(), served.checksum(), served.pipeline().task().name(),
                served.pipeline().inputColumns());
    }

    @Inject
    io.synergos.operations.NodeMetrics metrics;

    @POST
    @Path("predictions")
    @RolesAllowed({Roles.ADMIN, Roles.PREDICTOR})
    @Operation(operationId = "predict", summary = "Predictions from a project's Production model")
    public ModelServer.Answer predict(@PathParam("projectId") long projectId, PredictionRequest request) {
        if (request == null || (request.record() == null) == (request.records() == null)) {
            throw new InvalidInputException("record", "or records is required (exactly one): {\"record\": {...}} or "
                    + "{\"records\": [{...}, ...]}");
        }
        List<Map<String, Object>> records = request.record() != null ? List.of(request.record()) : request.records();
        if (records.size() > MAX_RECORDS) {
            throw new InvalidInputException("records", "holds " + records.size() + " records; send at most "
                    + MAX_RECORDS + " per request");
        }
        long start = System.nanoTime();
        boolean failed = true;
        try {
            ModelServer.Answer answer = server.predict(projectId, records);
            failed = false;
            return answer;
        } finally {
            metrics.served(System.nanoTime() - start, failed);
        }
    }
}
