package io.synergos.web.catalog;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.CallerScope;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.metadata.CatalogEntryRequest;
import io.synergos.metadata.CatalogEntryView;
import io.synergos.metadata.CatalogPublication;
import io.synergos.metadata.CatalogSearchResult;
import io.synergos.metadata.CatalogService;
import io.synergos.node.InvalidInputException;
import io.synergos.persistence.catalog.CatalogAudit;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import java.util.List;

/**
 * The data catalog at the TTP. A participant publishes, changes, withdraws and searches with its Worker's control key
 * ({@code /catalog/participants/{name}/...}, normally called by its Worker); TTP admins and viewers search and read
 * everything, admins also change and withdraw ({@code /catalog/datasets/...}, HTTP Basic, see web.xml).
 */
@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data catalog", description = "Dataset metadata, search, DCAT, catalogued experiments and models")
public class CatalogResource {

    @Inject
    CallerScope scope;

    @Inject
    CatalogService catalog;

    @Inject
    io.synergos.metadata.ArtefactCatalog artefacts;

    @Context
    SecurityContext security;

    @POST
    @Path("participants/{name}/datasets")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "publishCatalogEntry", summary = "Publishes a participant's dataset in the catalog (sent by its Worker)")
    public Response publish(@PathParam("name") String name, @jakarta.validation.Valid CatalogPublication publication) {
        String owner = scope.participantNamed(name);
        CatalogPublication p = required(publication);
        return Response.status(Response.Status.CREATED)
                .entity(catalog.publish(owner, p.entry(), p.profile(), "participant " + owner)).build();
    }

    @PUT
    @Path("participants/{name}/datasets/{dataset}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "changeCatalogEntry", summary = "Changes a participant's catalog entry, with a new profile of its file")
    public CatalogEntryView change(@PathParam("name") String name, @PathParam("dataset") String dataset,
                                   @jakarta.validation.Valid CatalogPublication publication) {
        String owner = scope.participantNamed(name);
        CatalogPublication p = required(publication);
        if (!dataset.equals(p.profile().name())) {
            throw new InvalidInputException("profile.name", "is '" + p.profile().name() + "' but the path names '"
                    + dataset + "'");
        }
        return catalog.change(owner, dataset, p.entry(), p.profile(), "participant " + owner);
    }

    @DELETE
    @Path("participants/{name}/datasets/{dataset}")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "withdrawCatalogEntry", summary = "Withdraws a participant's catalog entry (force=true while registrations use it)")
    public Response withdraw(@PathParam("name") String name, @PathParam("dataset") String dataset,
                             @QueryParam("force") @DefaultValue("false") boolean force) {
        String owner = scope.participantNamed(name);
        catalog.withdraw(owner, dataset, force, "participant " + owner);
        return Response.noContent().build();
    }

    /** Search as a participant: public entries, its own, and those registered in its projects. */
    @GET
    @Path("participants/{name}/search")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "searchCatalogAsParticipant", summary = "Searches the catalog as a participant sees it: public, its own, its projects'")
    public CatalogSearchResult searchAs(@PathParam("name") String name, @QueryParam("q") String q,
                                        @QueryParam("offset") @DefaultValue("0") int offset,
                                        @QueryParam("limit") @DefaultValue("20") int limit) {
        String participant = scope.participantNamed(name);
        return catalog.search(q, CatalogService.Caller.participant(participant), offset, limit);
    }

    /** Search everything (admins and viewers). {@code q}: words and facets, e.g. {@code column:age type:numeric}. */
    @GET
    @Path("datasets")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "searchCatalog", summary = "Searches every catalog entry by words and facets, with facet counts")
    public CatalogSearchResult search(@QueryParam("q") String q, @QueryParam("offset") @DefaultValue("0") int offset,
                                      @QueryParam("limit") @DefaultValue("20") int limit) {
        return catalog.search(q, staff(), offset, limit);
    }

    @GET
    @Path("datasets/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getCatalogEntry", summary = "One catalog entry with its schema and version")
    public CatalogEntryView get(@PathParam("id") long id) {
        return catalog.get(id, staff());
    }

    @GET
    @Path("datasets/{id}/audit")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getCatalogEntryAudit", summary = "Who published, changed or withdrew a catalog entry, when, and what changed")
    public List<CatalogAudit> audit(@PathParam("id") long id) {
        return catalog.audit(id);
    }

    /** An admin changes an entry's metadata (not its schema or version, which only its Worker can compute). */
    @PUT
    @Path("datasets/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "changeCatalogEntryAsAdmin", summary = "An admin changes a catalog entry's metadata")
    public CatalogEntryView adminChange(@PathParam("id") long id, @jakarta.validation.Valid CatalogEntryRequest request) {
        CatalogEntryView entry = catalog.get(id, staff());
        if (request == null) {
            throw new InvalidInputException("the body must be the entry's fields to change");
        }
        return catalog.change(entry.owner(), entry.name(), request, null, staff().user());
    }

    @DELETE
    @Path("datasets/{id}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "withdrawCatalogEntryAsAdmin", summary = "An admin withdraws a catalog entry (force=true while registrations use it)")
    public Response adminWithdraw(@PathParam("id") long id, @QueryParam("force") @DefaultValue("false") boolean force) {
        CatalogEntryView entry = catalog.get(id, staff());
        catalog.withdraw(entry.owner(), entry.name(), force, staff().user());
        return Response.noContent().build();
    }

    /**
     * The public entries as a W3C DCAT catalog in JSON-LD, for external catalogs (CKAN, DataHub, data.europa.eu
     * harvesters): private and project-only entries are never exported.
     */
    @GET
    @Path("dcat")
    @Produces({"application/ld+json", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getDcatCatalog", summary = "The public catalog entries as W3C DCAT JSON-LD")
    public jakarta.json.JsonObject dcat(@Context jakarta.ws.rs.core.UriInfo uri) {
        return io.synergos.metadata.Dcat.catalog(catalog.publicEntries(), uri.getBaseUri().toString());
    }

    /** Rebuilds the search index from the database (admin). */
    @POST
    @Path("datasets/reindex")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "reindexCatalog", summary = "Rebuilds the search index from the database")
    public jakarta.json.JsonObject reindex() {
        long start = System.nanoTime();
        long indexed = catalog.reindex();
        return jakarta.json.Json.createObjectBuilder().add("indexed", indexed)
                .add("millis", (System.nanoTime() - start) / 1_000_000).build();
    }

    private CatalogService.Caller staff() {
        return CatalogService.Caller.staff(security.getUserPrincipal() == null ? "anonymous"
                : security.getUserPrincipal().getName());
    }

    private static CatalogPublication required(CatalogPublication p) {
        if (p == null || p.entry() == null || p.profile() == null) {
            throw new InvalidInputException("the body must be {\"entry\": ..., \"profile\": ...} as a Worker sends it");
        }
        return p;
    }

    /** Experiments and their runs, catalogued automatically: type, hyperparameters, dataset versions, metrics. */
    @GET
    @Path("experiments")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "listCatalogedExperiments", summary = "Experiments and their runs, catalogued automatically")
    public List<io.synergos.metadata.ArtefactCatalog.ExperimentEntry> experiments(@QueryParam("project") Long project) {
        return artefacts.experiments(project);
    }

    /**
     * Model versions, catalogued automatically, newest first: {@code stage}, {@code dataset} (a catalog entry, as
     * {@code catalog:ID} or ID: the versions trained on it) and {@code type} narrow the list.
     */
    @GET
    @Path("models")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "listCatalogedModels", summary = "Model versions, catalogued automatically, by stage, dataset and type")
    public List<io.synergos.metadata.ArtefactCatalog.ModelEntry> models(@QueryParam("stage") String stage,
                                                                     @QueryParam("dataset") String dataset,
                                                                     @QueryParam("type") String type) {
        Long entry = null;
        if (dataset != null && !dataset.isBlank()) {
            entry = io.synergos.metadata.CatalogRefs.parse(dataset);
            if (entry == null) {
                throw new InvalidInputException("dataset", "must name a catalog entry as catalog:ID or ID, not '"
                        + dataset + "'");
            }
        }
        return artefacts.models(stage, entry, type);
    }
}
