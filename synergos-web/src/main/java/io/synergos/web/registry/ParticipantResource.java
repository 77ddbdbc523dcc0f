package io.synergos.web.registry;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.CallerScope;
import io.synergos.access.Roles;
import io.synergos.node.InvalidInputException;
import io.synergos.metadata.RegistryService;
import io.synergos.web.registry.RegistryDtos.ParticipantRequest;
import io.synergos.web.registry.RegistryDtos.ParticipantView;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * Participants (Worker nodes) with their connection info. Admins manage them all; a participant sees and updates
 * only its own (its name and operator stay as the admin set them); viewers read.
 */
@Path("participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@Tag(name = "Participants", description = "Workers with their connection info")
public class ParticipantResource {

    @Inject
    RegistryService registry;

    @Inject
    CallerScope scope;

    @Context
    UriInfo uri;

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createParticipant", summary = "Registers a Worker with its connection info and control key")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ParticipantView.class)))
    public Response create(@Valid @NotNull ParticipantRequest request) {
        if (request.accessKey() == null) {
            throw new InvalidInputException("accessKey is required: the Worker's control key (on the Worker's "
                    + "machine: ./synergos node secret NAME control-key)");
        }
        var participant = registry.createParticipant(request.name(), request.baseUrl(), request.accessKey());
        if (request.operator() != null && !request.operator().isEmpty()) {
            participant.setOperator(request.operator());
        }
        ParticipantView view = ParticipantView.of(participant);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(view.id())).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "listParticipants", summary = "The participants the caller may see")
    public List<ParticipantView> list() {
        return scope.visibleParticipants().stream().map(ParticipantView::of).toList();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "getParticipant", summary = "One participant")
    public ParticipantView get(@PathParam("id") long id) {
        return ParticipantView.of(scope.participant(id));
    }

    @PUT
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "updateParticipant", summary = "Changes a participant's connection info (its name and operator: admins only)")
    public ParticipantView update(@PathParam("id") long id, @Valid @NotNull ParticipantRequest request) {
        var current = scope.participant(id);
        if (!scope.isAdmin()) {
            if (!current.getName().equals(request.name())) {
                throw new InvalidInputException("name", "is '" + current.getName() + "'; only the TTP's admin "
                        + "renames a participant");
            }
            if (request.operator() != null && !request.operator().equals(
                    java.util.Objects.requireNonNullElse(current.getOperator(), ""))) {
                throw new InvalidInputException("operator", "only the TTP's admin binds an operator account");
            }
        }
        var updated = registry.updateParticipant(id, request.name(), request.baseUrl(), request.accessKey());
        if (request.operator() != null) {
            updated.setOperator(request.operator().isEmpty() ? null : request.operator());
        }
        return ParticipantView.of(updated);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteParticipant", summary = "Removes a participant without registrations")
    public Response delete(@PathParam("id") long id) {
        registry.deleteParticipant(id);
        return Response.noContent().build();
    }
}
