package io.synergos.web.worker;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.federation.alignment.DatasetHeader;
import io.synergos.worker.PhaseRequest;
import io.synergos.worker.WorkerDatasets;
import io.synergos.worker.WorkerRuns;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Set;

/**
 * A Worker's control API, called by the TTP with the Worker's control key: the declared datasets and their
 * headers (never rows), and the preparation and release of a run's phase.
 */
@Path("worker")
@WorkerControl
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: control", description = "The TTP's control calls to a Worker (Worker control key)")
public class WorkerResource {

    @Inject
    WorkerDatasets datasets;

    @Inject
    WorkerRuns runs;

    /** The call, which names the virtual Worker it addresses when {@link VirtualWorkerFilter} forwarded it. */
    @jakarta.ws.rs.core.Context
    jakarta.servlet.http.HttpServletRequest call;

    /** The virtual Worker addressed, or null for the node itself. */
    private String virtual() {
        return (String) call.getAttribute(VirtualWorkerFilter.ATTRIBUTE);
    }

    @GET
    @Path("datasets")
    @Operation(operationId = "listWorkerDatasets", summary = "This Worker's datasets (names only)")
    public List<String> datasets() {
        return datasets.names();
    }

    /** Column names, types, category values and count/sum/sum of squares per numeric column. */
    @GET
    @Path("datasets/{name}/header")
    @Operation(operationId = "getDatasetHeader", summary = "A dataset's columns and categories for alignment (never rows)")
    public DatasetHeader header(@PathParam("name") String name) {
        return datasets.header(name, virtual());
    }

    @PUT
    @Path("runs/{run}")
    @Operation(operationId = "prepareRun", summary = "Prepares a run phase: aligned data and the grid secret")
    public JsonObject prepare(@PathParam("run") long run, PhaseRequest request) {
        return Json.createObjectBuilder().add("run", run).add("rows", runs.prepare(virtual(), run, request)).build();
    }

    @DELETE
    @Path("runs/{run}")
    @Operation(operationId = "releaseRun", summary = "Releases a run's resources on this Worker")
    public Response release(@PathParam("run") long run) {
        runs.release(virtual(), run);
        return Response.noContent().build();
    }

    @GET
    @Path("runs")
    @Operation(operationId = "listWorkerRuns", summary = "The runs this Worker holds resources for")
    public Set<Long> active() {
        return runs.active(virtual());
    }
}
