package io.synergos.web.registry;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.CallerScope;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.metadata.RegistryService;
import io.synergos.web.registry.RegistryDtos.ExperimentRequest;
import io.synergos.web.registry.RegistryDtos.ExperimentView;
import io.synergos.web.registry.RegistryDtos.RunRequest;
import io.synergos.web.registry.RegistryDtos.RunView;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** Experiments (model type and architecture) and the runs under them; participants read those of their projects. */
@Path("experiments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@Tag(name = "Experiments", description = "Experiments and their runs")
public class ExperimentResource {

    @Inject
    CallerScope scope;

    @Inject
    RegistryService registry;

    @Context
    UriInfo uri;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "getExperiment", summary = "One experiment")
    public ExperimentView get(@PathParam("id") long id) {
        return ExperimentView.of(scope.experiment(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateExperiment", summary = "Changes an experiment")
    public ExperimentView update(@PathParam("id") long id, @Valid @NotNull ExperimentRequest request) {
        return ExperimentView.of(registry.updateExperiment(id, request.name(), request.modelType(),
                request.hiddenLayers(), request.activation()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteExperiment", summary = "Deletes an experiment with its runs and results")
    public Response delete(@PathParam("id") long id) {
        registry.deleteExperiment(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/runs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createRun", summary = "Defines a run of an experiment with its hyperparameters")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RunView.class)))
    public Response createRun(@PathParam("id") long id, @Valid @NotNull RunRequest request) {
        RunView view = RunView.of(registry.createRun(id, request.name(), request.hyperparametersOrDefault(),
                request.contributionOrDefault()));
        return Response.created(uri.getBaseUriBuilder().path("runs").path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    @GET
    @Path("{id}/runs")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "listRuns", summary = "An experiment's runs")
    public List<RunView> runs(@PathParam("id") long id) {
        return scope.experiment(id).getRuns().stream().filter(r -> !r.isCoalition()).map(RunView::of).toList();
    }
}
