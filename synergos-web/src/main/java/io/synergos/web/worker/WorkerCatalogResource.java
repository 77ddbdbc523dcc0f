package io.synergos.web.worker;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.metadata.CatalogEntryRequest;
import io.synergos.metadata.DatasetProfile;
import io.synergos.node.InvalidInputException;
import io.synergos.worker.WorkerCatalog;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The Worker operator's side of the data catalog (with the Worker's control key): the profile of a dataset as it
 * would be published, and publishing, changing and withdrawing it in the TTP's catalog. The TTP's answer is relayed.
 */
@Path("worker/catalog")
@WorkerControl
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Worker: catalog", description = "A Worker's operator publishes its datasets (Worker control key)")
public class WorkerCatalogResource {

    @Inject
    WorkerCatalog catalog;

    /** What would be published: schema, rounded row count, version. Nothing leaves the node. */
    @POST
    @Path("{dataset}/profile")
    @Operation(operationId = "profileDataset", summary = "What would be published for a dataset of this Worker")
    public DatasetProfile profile(@PathParam("dataset") String dataset, @jakarta.validation.Valid CatalogEntryRequest request) {
        return catalog.profile(dataset, required(request));
    }

    @POST
    @Path("{dataset}")
    @Operation(operationId = "publishDataset", summary = "Publishes a dataset of this Worker in the TTP's catalog")
    public Response publish(@PathParam("dataset") String dataset, @jakarta.validation.Valid CatalogEntryRequest request) {
        return relay(catalog.publish(dataset, required(request), false));
    }

    @PUT
    @Path("{dataset}")
    @Operation(operationId = "changeDataset", summary = "Changes a dataset's entry in the TTP's catalog")
    public Response change(@PathParam("dataset") String dataset, @jakarta.validation.Valid CatalogEntryRequest request) {
        return relay(catalog.publish(dataset, required(request), true));
    }

    @DELETE
    @Path("{dataset}")
    @Operation(operationId = "withdrawDataset", summary = "Withdraws a dataset's entry from the TTP's catalog")
    public Response withdraw(@PathParam("dataset") String dataset, @QueryParam("participant") String participant,
                             @QueryParam("catalog") String ttp, @QueryParam("force") @DefaultValue("false") boolean force) {
        return relay(catalog.withdraw(dataset, new CatalogEntryRequest(participant, ttp, null, null, null, null, null,
                null, null, null, null, null, null), force));
    }

    private static CatalogEntryRequest required(CatalogEntryRequest request) {
        if (request == null) {
            throw new InvalidInputException("the body must name at least participant, catalog and title");
        }
        return request;
    }

    private static Response relay(WorkerCatalog.Answer answer) {
        Response.ResponseBuilder r = Response.status(answer.status());
        if (!answer.body().isEmpty()) {
            r.entity(answer.body()).type(answer.status() >= 400 ? "application/problem+json" : MediaType.APPLICATION_JSON);
        }
        return r.build();
    }
}
