package io.synergos.web.lifecycle;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.lifecycle.ModelRegistry;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.registry.ModelVersion;
import io.synergos.persistence.registry.Stage;
import io.synergos.persistence.registry.StageTransition;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.serving.ModelServer;
import io.synergos.web.registry.RegistryDtos.RunView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/**
 * The model registry of a project: versions with lineage, artefact download, audited stage transitions
 * (role admin) and restoring a version into a new run (role admin).
 */
@Path("registry/projects/{projectId}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Model registry", description = "Model versions, stages and artefacts")
public class ModelRegistryResource {

    @Inject
    ModelRegistry registry;

    @Inject
    ModelServer server;

    public record TransitionRequest(@NotNull(message = "is required: NONE, STAGING, PRODUCTION or ARCHIVED") Stage stage,
                                    @NotBlank(message = "is required: say why the version changes stage")
                                    @Size(max = 2000) String reason) {
    }

    public record RestoreRequest(@NotBlank(message = "is required: the new run's name") @Size(max = 100) String name,
                                 @Valid Hyperparameters hyperparameters) {
    }

    public record TransitionView(long id, int version, Stage from, Stage to, String actor, Instant at, String reason) {
        static TransitionView of(StageTransition t) {
            return new TransitionView(t.getId(), t.getModelVersion().getNumber(), t.getFromStage(), t.getToStage(),
                    t.getActor(), t.getAt(), t.getReason());
        }
    }

    /** A contribution computation of the version's run, in its lineage: method, status and each value. */
    public record ContributionSummary(long id, String method, String metric, String status, Instant finishedAt,
                                      List<ValueSummary> values) {
        static ContributionSummary of(Contribution c) {
            return new ContributionSummary(c.getId(), c.getMethod(), c.getMetric(), c.getStatus().name(),
                    c.getFinishedAt(), c.getValues().stream().map(v -> new ValueSummary(v.getParticipant(), v.getValue(),
                    v.getShare(), v.isFlagged())).toList());
        }
    }

    public record ValueSummary(String participant, double value, double share, boolean flagged) {
    }

    /** {@code contributions}: the contribution computations of the version's run, newest first. */
    public record VersionView(long id, long projectId, int version, Stage stage, Instant createdAt, long runId,
                              String checksum, JsonObject lineage, JsonObject metrics,
                              List<TransitionView> transitions, List<ContributionSummary> contributions) {
        static VersionView of(ModelVersion v, List<Contribution> contributions) {
            return new VersionView(v.getId(), v.getProject().getId(), v.getNumber(), v.getStage(), v.getCreatedAt(),
                    v.getRun().getId(), v.getChecksum(), json(v.getLineage()), json(v.getMetrics()),
                    v.getTransitions().stream().map(TransitionView::of).toList(),
                    contributions.stream().map(ContributionSummary::of).toList());
        }
    }

    private VersionView view(ModelVersion v) {
        return VersionView.of(v, registry.contributions(v));
    }

    @GET
    @Path("versions")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "listModelVersions", summary = "A project's model versions with stage, lineage and metrics")
    public List<VersionView> versions(@PathParam("projectId") long projectId) {
        return registry.versions(projectId).stream().map(this::view).toList();
    }

    @GET
    @Path("versions/{number}")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getModelVersion", summary = "One model version with its transitions and contributions")
    public VersionView version(@PathParam("projectId") long projectId, @PathParam("number") int number) {
        return view(registry.version(projectId, number));
    }

    /** The artefact ({@code synergos-model} JSON); its SHA-256 is the ETag and the version's checksum. */
    @GET
    @Path("versions/{number}/artefact")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "downloadModelArtefact", summary = "Downloads a model version's artefact; the ETag is its SHA-256")
    public Response artefact(@PathParam("projectId") long projectId, @PathParam("number") int number) {
        ModelVersion v = registry.version(projectId, number);
        return Response.ok(v.getArtefact(), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=project-" + projectId + "-model-v" + number
                        + ".json")
                .header("ETag", "\"" + v.getChecksum() + "\"").build();
    }

    @GET
    @Path("audit")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getModelRegistryAudit", summary = "Every stage transition of a project's model versions")
    public List<TransitionView> audit(@PathParam("projectId") long projectId) {
        return registry.auditTrail(projectId).stream().map(TransitionView::of).toList();
    }

    /** Moves a version to another stage; a promotion swaps the served model before this returns. */
    @POST
    @Path("versions/{number}/transitions")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "transitionModelVersion", summary = "Moves a model version to another stage, with a reason")
    public VersionView transition(@PathParam("projectId") long projectId, @PathParam("number") int number,
                                  @Valid @NotNull TransitionRequest request, @Context SecurityContext security) {
        registry.transition(projectId, number, request.stage(), actor(security), request.reason());
        server.reload(projectId);
        return view(registry.versionWithHistory(projectId, number));
    }

    /** A new run of the version's experiment that starts from the version's parameters. */
    @POST
    @Path("versions/{number}/runs")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "restoreModelVersion", summary = "A new run that starts from a model version's parameters")
    public Response restore(@PathParam("projectId") long projectId, @PathParam("number") int number,
                            @Valid @NotNull RestoreRequest request) {
        RunView run = RunView.of(registry.restore(projectId, number, request.name(), request.hyperparameters()));
        return Response.status(Response.Status.CREATED).entity(run).build();
    }

    static String actor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }

    private static JsonObject json(String text) {
        return text == null ? null : Json.createReader(new StringReader(text)).readObject();
    }
}
