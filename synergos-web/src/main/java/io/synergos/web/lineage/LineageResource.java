package io.synergos.web.lineage;

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
public class LineageResource {

    @Inject
    LineageService lineage;

    /** The data, run and contributions behind a model version, and whether it is served. */
    @GET
    @Path("models/{versionId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public LineageGraph model(@PathParam("versionId") long versionId) {
        return lineage.ofModelVersion(versionId);
    }

    /** Which data made the model a project serves. */
    @GET
    @Path("projects/{projectId}/production")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public LineageGraph production(@PathParam("projectId") long projectId) {
        return lineage.ofProduction(projectId);
    }

    /** Which runs and models a catalogued dataset fed. */
    @GET
    @Path("catalog/{entryId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public LineageGraph catalogEntry(@PathParam("entryId") long entryId) {
        return lineage.ofCatalogEntry(entryId);
    }
}
