package io.synergos.web.registry;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.CallerScope;
import io.synergos.access.Roles;
import io.synergos.metadata.RegistryService;
import io.synergos.web.registry.RegistryDtos.ExperimentRequest;
import io.synergos.web.registry.RegistryDtos.ExperimentView;
import io.synergos.web.registry.RegistryDtos.ProjectRequest;
import io.synergos.web.registry.RegistryDtos.ProjectView;
import io.synergos.web.registry.RegistryDtos.RegistrationRequest;
import io.synergos.web.registry.RegistryDtos.RegistrationView;
import jakarta.annotation.security.RolesAllowed;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;

/**
 * Projects, their experiments and their participants' registrations. Admins change them; viewers read them; a
 * participant reads the projects it takes part in (with its own registrations only) and registers itself.
 */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@Tag(name = "Projects", description = "Projects, experiments and registrations")
public class ProjectResource {

    @Inject
    RegistryService registry;

    @Inject
    CallerScope scope;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createProject", summary = "Creates a project")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public Response create(@Valid @NotNull ProjectRequest request) {
        long id = registry.createProject(request.name(), request.description(), request.contributionMetric()).getId();
        ProjectView view = ProjectView.of(registry.setCatalogVersionPolicy(id, request.catalogVersionPolicy()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "listProjects", summary = "The projects the caller may see")
    public List<ProjectView> list() {
        return scope.visibleProjects().stream().map(ProjectView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "getProject", summary = "One project")
    public ProjectView get(@PathParam("id") long id) {
        return ProjectView.of(scope.project(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateProject", summary = "Changes a project")
    public ProjectView update(@PathParam("id") long id, @Valid @NotNull ProjectRequest request) {
        registry.updateProject(id, request.name(), request.description(), request.contributionMetric());
        return ProjectView.of(registry.setCatalogVersionPolicy(id, request.catalogVersionPolicy()));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteProject", summary = "Deletes a project with its experiments, runs, results and registrations")
    public Response delete(@PathParam("id") long id) {
        registry.deleteProject(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/experiments")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createExperiment", summary = "Defines an experiment (model type and architecture) in a project")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ExperimentView.class)))
    public Response createExperiment(@PathParam("id") long id, @Valid @NotNull ExperimentRequest request) {
        ExperimentView view = ExperimentView.of(registry.createExperiment(id, request.name(), request.modelType(),
                request.hiddenLayers(), request.activation()));
        return Response.created(uri.getBaseUriBuilder().path("experiments").path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    @GET
    @Path("{id}/experiments")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "listExperiments", summary = "A project's experiments")
    public List<ExperimentView> experiments(@PathParam("id") long id) {
        return scope.project(id).getExperiments().stream().map(ExperimentView::of).toList();
    }

    @POST
    @Path("{id}/registrations")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "registerParticipant", summary = "Registers a participant into a project")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = RegistrationView.class)))
    public Response register(@PathParam("id") long id, @Valid @NotNull RegistrationRequest request) {
        scope.participant(request.participantId()); // a participant registers only itself
        RegistrationView view = RegistrationView.of(registry.register(id, request.participantId()));
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    @GET
    @Path("{id}/registrations")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "listRegistrations", summary = "A project's registrations the caller may see")
    public List<RegistrationView> registrations(@PathParam("id") long id) {
        return scope.visibleRegistrations(id).stream().map(RegistrationView::of).toList();
    }
}
