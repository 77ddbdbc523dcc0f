package io.synergos.web.registry;

import io.synergos.metadata.RegistryService;
import io.synergos.web.registry.RegistryDtos.ExperimentRequest;
import io.synergos.web.registry.RegistryDtos.ExperimentView;
import io.synergos.web.registry.RegistryDtos.ProjectRequest;
import io.synergos.web.registry.RegistryDtos.ProjectView;
import io.synergos.web.registry.RegistryDtos.RegistrationRequest;
import io.synergos.web.registry.RegistryDtos.RegistrationView;
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

/** Projects, their experiments and their participants' registrations. */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ProjectResource {

    @Inject
    RegistryService registry;

    @Context
    UriInfo uri;

    @POST
    public Response create(@Valid @NotNull ProjectRequest request) {
        long id = registry.createProject(request.name(), request.description(), request.contributionMetric()).getId();
        ProjectView view = ProjectView.of(registry.setCatalogVersionPolicy(id, request.catalogVersionPolicy()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @GET
    public List<ProjectView> list() {
        return registry.projects().stream().map(ProjectView::of).toList();
    }

    @GET
    @Path("{id}")
    public ProjectView get(@PathParam("id") long id) {
        return ProjectView.of(registry.project(id));
    }

    @PUT
    @Path("{id}")
    public ProjectView update(@PathParam("id") long id, @Valid @NotNull ProjectRequest request) {
        registry.updateProject(id, request.name(), request.description(), request.contributionMetric());
        return ProjectView.of(registry.setCatalogVersionPolicy(id, request.catalogVersionPolicy()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        registry.deleteProject(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/experiments")
    public Response createExperiment(@PathParam("id") long id, @Valid @NotNull ExperimentRequest request) {
        ExperimentView view = ExperimentView.of(registry.createExperiment(id, request.name(), request.modelType(),
                request.hiddenLayers(), request.activation()));
        return Response.created(uri.getBaseUriBuilder().path("experiments").path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    @GET
    @Path("{id}/experiments")
    public List<ExperimentView> experiments(@PathParam("id") long id) {
        return registry.project(id).getExperiments().stream().map(ExperimentView::of).toList();
    }

    @POST
    @Path("{id}/registrations")
    public Response register(@PathParam("id") long id, @Valid @NotNull RegistrationRequest request) {
        RegistrationView view = RegistrationView.of(registry.register(id, request.participantId()));
        return Response.created(uri.getBaseUriBuilder().path("registrations").path(Long.toString(view.id())).build())
                .entity(view).build();
    }

    @GET
    @Path("{id}/registrations")
    public List<RegistrationView> registrations(@PathParam("id") long id) {
        return registry.project(id).getRegistrations().stream().map(RegistrationView::of).toList();
    }
}
