package io.synergos.web.registry;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.CallerScope;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.metadata.RegistryService;
import io.synergos.web.registry.RegistryDtos.RegistrationView;
import io.synergos.web.registry.RegistryDtos.TagRequest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A participant's registration into a project, and its data tags (train, evaluate, predict). A participant manages
 * its own registrations; admins manage all; viewers read.
 */
@Path("registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Transactional
@Tag(name = "Registrations", description = "Registrations and data tags")
public class RegistrationResource {

    @Inject
    CallerScope scope;

    @Inject
    RegistryService registry;

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "getRegistration", summary = "One registration with its data tags")
    public RegistrationView get(@PathParam("id") long id) {
        return RegistrationView.of(scope.registration(id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "deleteRegistration", summary = "Removes a registration and its tags")
    public Response delete(@PathParam("id") long id) {
        scope.registration(id);
        registry.deleteRegistration(id);
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}/tags/{tag}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "tagDatasets", summary = "Sets the datasets of a data tag (train, evaluate, predict)")
    public RegistrationView tag(@PathParam("id") long id, @PathParam("tag") String tag,
                                @Valid @NotNull TagRequest request) {
        scope.registration(id);
        registry.tag(id, RegistryDtos.tag(tag), request.datasets());
        return RegistrationView.of(registry.registration(id));
    }

    @DELETE
    @Path("{id}/tags/{tag}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "untagDatasets", summary = "Removes a data tag")
    public Response untag(@PathParam("id") long id, @PathParam("tag") String tag) {
        scope.registration(id);
        registry.untag(id, RegistryDtos.tag(tag));
        return Response.noContent().build();
    }
}
