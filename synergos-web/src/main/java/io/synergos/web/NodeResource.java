package io.synergos.web;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.node.NodeConfig;
import io.synergos.node.tls.NodeTls;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who this node is: role, name, protocol version, TLS and its certificate. Also the launcher's readiness probe. */
@Path("node")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Node", description = "Who this node is")
public class NodeResource {

    @Inject
    NodeConfig node;

    @Inject
    NodeTls tls;

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PREDICTOR, Roles.PARTICIPANT})
    @Operation(operationId = "getNode", summary = "This node's name, role (ttp or worker), grid protocol version, "
            + "TLS and its certificate's validity")
    public JsonObject get() {
        JsonObjectBuilder security = Json.createObjectBuilder().add("enabled", tls.enabled());
        tls.certificate().ifPresent(certificate -> security
                .add("subject", certificate.getSubjectX500Principal().getName())
                .add("issuer", certificate.getIssuerX500Principal().getName())
                .add("notAfter", certificate.getNotAfter().toInstant().toString())
                .add("daysLeft", Duration.between(Instant.now(), certificate.getNotAfter().toInstant()).toDays()));
        tls.expiryWarning(Instant.now()).ifPresent(warning -> security.add("warning", warning));
        return Json.createObjectBuilder().add("name", node.name()).add("role", node.role().name().toLowerCase())
                .add("protocolVersion", io.synergos.websocket.protocol.GridProtocol.VERSION)
                .add("tls", security).build();
    }
}
