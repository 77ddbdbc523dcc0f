package io.synergos.web;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.node.NodeConfig;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who this node is: role, name, protocol version. Also the launcher's readiness probe. */
@Path("node")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Node", description = "Who this node is")
public class NodeResource {

    @Inject
    NodeConfig node;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PREDICTOR, Roles.PARTICIPANT})
    @Operation(operationId = "getNode", summary = "This node's name, role (ttp or worker) and grid protocol version")
    public JsonObject get() {
        return Json.createObjectBuilder().add("name", node.name()).add("role", node.role().name().toLowerCase())
                .add("protocolVersion", io.synergos.websocket.protocol.GridProtocol.VERSION).build();
    }
}
