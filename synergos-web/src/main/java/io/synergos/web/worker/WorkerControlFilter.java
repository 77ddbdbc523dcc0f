package io.synergos.web.worker;

import io.synergos.node.NodeConfig;
import io.synergos.worker.ControlKey;
import io.synergos.web.problems.Problem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.Optional;

/**
 * Admits a call to the Worker's control API only with {@code Authorization: SynergosKey <control key>}: headers,
 * run preparation and release are for the TTP this Worker registered with, nobody else. A call forwarded for a virtual
 * Worker ({@link VirtualWorkerFilter}) needs that virtual Worker's key.
 */
@Provider
@WorkerControl
@Priority(Priorities.AUTHENTICATION)
public class WorkerControlFilter implements ContainerRequestFilter {

    @Inject
    NodeConfig node;

    @Override
    public void filter(ContainerRequestContext request) {
        if (node.role() != NodeConfig.Role.WORKER) {
            request.abortWith(Problem.of(Response.Status.NOT_FOUND, "Not found",
                    "node " + node.name() + " is a TTP; the Worker API is served by Workers"));
            return;
        }
        String virtual = (String) request.getProperty(VirtualWorkerFilter.ATTRIBUTE);
        Optional<String> key = node.controlKey(virtual);
        if (key.isEmpty()) {
            request.abortWith(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "No control key",
                    "Worker " + node.name() + " has no control key configured (synergos.worker.key.file or "
                            + "synergos.worker.key), so it accepts no control call"));
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String presented = Objects.requireNonNullElse(ControlKey.of(header), "");
        if (!MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                key.get().getBytes(StandardCharsets.UTF_8))) {
            request.abortWith(Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, "Unauthorized",
                    "the Worker's control API needs 'Authorization: " + ControlKey.SCHEME + " <the "
                            + (virtual == null ? "Worker's" : "virtual Worker " + virtual + "'s") + " control key>'"))
                    .header(HttpHeaders.WWW_AUTHENTICATE, ControlKey.SCHEME + " realm=\"synergos-worker\"").build());
        }
    }
}
