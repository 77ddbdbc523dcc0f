package io.synergos.web.lineage;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.metadata.LineageGraph;
import io.synergos.metadata.LineageService;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Lineage graphs for admins and viewers: up from a model, down from a catalogued dataset. */
@Path("lineage")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Lineage", description = "Which data made a model, which models a dataset fed")
public class LineageResource {

    @Inject
    LineageService lineage;

    /** The data, run and contributions behind a model version, and whether it is served. */
    @GET
    @Path("models/{versionId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getModelLineage", summary = "Which data, run and contributions made a model version")
    public LineageGraph model(@PathParam("versionId") long versionId) {
        return lineage.ofModelVersion(versionId);
    }

    /** Which data made the model a project serves. */
    @GET
    @Path("projects/{projectId}/production")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getProductionLineage", summary = "The lineage of a project's model in Production")
    public LineageGraph production(@PathParam("projectId") long projectId) {
        return lineage.ofProduction(projectId);
    }

    /** Which runs and models a catalogued dataset fed. */
    @GET
    @Path("catalog/{entryId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getCatalogEntryLineage", summary = "Which runs and model versions a catalogued dataset fed")
    public LineageGraph catalogEntry(@PathParam("entryId") long entryId) {
        return lineage.ofCatalogEntry(entryId);
    }
}
