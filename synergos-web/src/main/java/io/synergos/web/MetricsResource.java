package io.synergos.web;

import io.synergos.access.Roles;
import io.synergos.operations.NodeMetrics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The node's own metrics in Prometheus' text format, for a Prometheus that signs in as a viewer (README, "Operations":
 * a scrape configuration). The server's metrics (JVM, datasource pool, HTTP) are at /metrics on the management
 * interface.
 */
@Path("metrics")
@Tag(name = "Node", description = "Who this node is")
public class MetricsResource {

    @Inject
    NodeMetrics metrics;

    @GET
    @Produces("text/plain; version=0.0.4; charset=utf-8")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getMetrics", summary = "This node's metrics (rounds, grids, jobs, serving, Workers' "
            + "lateness) in Prometheus' text format")
    public String get() {
        return metrics.scrape();
    }
}
