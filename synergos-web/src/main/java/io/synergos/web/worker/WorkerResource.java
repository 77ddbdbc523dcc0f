package io.synergos.web.worker;

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
public class WorkerResource {

    @Inject
    WorkerDatasets datasets;

    @Inject
    WorkerRuns runs;

    @GET
    @Path("datasets")
    public List<String> datasets() {
        return datasets.names();
    }

    /** Column names, types, category values and count/sum/sum of squares per numeric column. */
    @GET
    @Path("datasets/{name}/header")
    public DatasetHeader header(@PathParam("name") String name) {
        return datasets.header(name);
    }

    @PUT
    @Path("runs/{run}")
    public JsonObject prepare(@PathParam("run") long run, PhaseRequest request) {
        return Json.createObjectBuilder().add("run", run).add("rows", runs.prepare(run, request)).build();
    }

    @DELETE
    @Path("runs/{run}")
    public Response release(@PathParam("run") long run) {
        runs.release(run);
        return Response.noContent().build();
    }

    @GET
    @Path("runs")
    public Set<Long> active() {
        return runs.active();
    }
}
