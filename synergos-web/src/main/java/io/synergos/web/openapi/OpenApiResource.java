package io.synergos.web.openapi;

import io.synergos.access.Roles;
import io.synergos.node.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The API's OpenAPI document, for a signed-in caller only: made when the API is built (synergos-web's pom, by the
 * SmallRye OpenAPI that WildFly runs), YAML by default, JSON with {@code ?format=JSON}. An operator who does not want
 * it served sets {@code synergos.openapi.enabled=false}: it then answers 404.
 */
@Path("openapi")
@Tag(name = "Node", description = "Who this node is")
public class OpenApiResource {

    private static final String DOCUMENT = "/META-INF/synergos-openapi/openapi.";

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PREDICTOR, Roles.PARTICIPANT})
    @Operation(operationId = "getOpenApiDocument", summary = "This API's OpenAPI document (YAML; JSON with format=JSON)")
    public Response document(@QueryParam("format") String format) {
        if (!Boolean.parseBoolean(System.getProperty("synergos.openapi.enabled", "true"))) {
            throw new NotFoundException("this node does not serve its OpenAPI document (synergos.openapi.enabled)");
        }
        boolean json = "json".equalsIgnoreCase(format);
        try (InputStream in = OpenApiResource.class.getResourceAsStream(DOCUMENT + (json ? "json" : "yaml"))) {
            if (in == null) {
                throw new NotFoundException("this build has no OpenAPI document");
            }
            return Response.ok(in.readAllBytes(), json ? "application/json" : "application/yaml").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
