package io.synergos.web.registry;

import io.synergos.node.InvalidInputException;
import io.synergos.metadata.RegistryService;
import io.synergos.web.registry.RegistryDtos.ParticipantRequest;
import io.synergos.web.registry.RegistryDtos.ParticipantView;
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

/** Participants (Worker nodes) with their connection info. */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
public class ParticipantResource {

    @Inject
    RegistryService registry;

    @Context
    UriInfo uri;

    @POST
    public Response create(@Valid @NotNull ParticipantRequest request) {
        if (request.accessKey() == null) {
            throw new InvalidInputException("accessKey is required: the Worker's control key (its node prints it "
                    + "at start and keeps it in worker.key)");
        }
        ParticipantView view = ParticipantView.of(registry.createParticipant(request.name(), request.baseUrl(),
                request.accessKey()));
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @GET
    public List<ParticipantView> list() {
        return registry.participants().stream().map(ParticipantView::of).toList();
    }

    @GET
    @Path("{id}")
    public ParticipantView get(@PathParam("id") long id) {
        return ParticipantView.of(registry.participant(id));
    }

    @PUT
    @Path("{id}")
    public ParticipantView update(@PathParam("id") long id, @Valid @NotNull ParticipantRequest request) {
        return ParticipantView.of(registry.updateParticipant(id, request.name(), request.baseUrl(),
                request.accessKey()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") long id) {
        registry.deleteParticipant(id);
        return Response.noContent().build();
    }
}
