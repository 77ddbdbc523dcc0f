package io.synergos.web.runs;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.CallerScope;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.node.ConflictException;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.run.EvaluationResult;
import io.synergos.persistence.run.PredictionResult;
import io.synergos.persistence.run.RoundResult;
import io.synergos.persistence.run.Run;
import io.synergos.ttp.GridRunner;
import io.synergos.metadata.RegistryService;
import io.synergos.web.registry.RegistryDtos.RunRequest;
import io.synergos.web.registry.RegistryDtos.RunView;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A run: its configuration, and the control of its grid (train, evaluate, predict, stop) with the results
 * every phase records.
 */
@Path("runs/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Runs", description = "Run control and results")
public class RunResource {

    @Inject
    CallerScope scope;

    @Inject
    RegistryService registry;

    @Inject
    GridRunner grids;

    @GET
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "getRun", summary = "One run: status, hyperparameters, the data it read")
    public RunView get(@PathParam("id") long id) {
        return RunView.of(scope.run(id));
    }

    @PUT
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateRun", summary = "Changes a run that has not started")
    public RunView update(@PathParam("id") long id, @Valid @NotNull RunRequest request) {
        return RunView.of(registry.updateRun(id, request.name(), request.hyperparametersOrDefault(),
                request.contributionOrDefault()));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteRun", summary = "Deletes a run with its results")
    public Response delete(@PathParam("id") long id) {
        registry.deleteRun(id);
        return Response.noContent().build();
    }

    /** Starts training: alignment, grid, rounds, export, dismantling. Poll the run for its status. */
    @POST
    @Path("training")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "startTraining", summary = "Starts training: alignment, grid, rounds, export, dismantling")
    @APIResponse(responseCode = "202", description = "Accepted: poll the run", content = @Content(schema = @Schema(implementation = RunView.class)))
    public Response train(@PathParam("id") long id) {
        grids.startTraining(id);
        return Response.accepted(get(id)).build();
    }

    @POST
    @Path("evaluation")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "startEvaluation", summary = "Starts evaluation on the participants' evaluate data")
    @APIResponse(responseCode = "202", description = "Accepted: poll the run", content = @Content(schema = @Schema(implementation = RunView.class)))
    public Response evaluate(@PathParam("id") long id) {
        grids.startEvaluation(id);
        return Response.accepted(get(id)).build();
    }

    /** A participant asks for predictions on its data tagged predict; they stay at its Worker. */
    @POST
    @Path("predictions")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "startPrediction", summary = "Starts predictions on a participant's predict data, kept at its Worker")
    public Response predict(@PathParam("id") long id, @Valid @NotNull PredictionRequest request) {
        scope.run(id);
        scope.participantNamed(request.participant()); // a participant asks for its own predictions only
        grids.startPrediction(id, request.participant());
        return Response.accepted(Json.createObjectBuilder().add("run", id).add("participant", request.participant())
                .add("status", "STARTED").build()).build();
    }

    /** Stops the run's grid: sockets closed, Workers released, the run marked STOPPED. */
    @DELETE
    @Path("grid")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "stopGrid", summary = "Stops a run's grid: sockets closed, Workers released")
    public Response stop(@PathParam("id") long id) {
        if (!grids.stop(id)) {
            throw new ConflictException("run " + id + " has no active grid");
        }
        return Response.accepted().build();
    }

    @GET
    @Path("rounds")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "listRounds", summary = "A run's rounds: global and local losses, durations")
    public List<RoundView> rounds(@PathParam("id") long id) {
        return scope.run(id).getRounds().stream().map(RoundView::of).toList();
    }

    @GET
    @Path("evaluations")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "listEvaluations", summary = "A run's metrics, overall and per Worker")
    public List<EvaluationView> evaluations(@PathParam("id") long id) {
        return scope.run(id).getEvaluations().stream().map(EvaluationView::of).toList();
    }

    @GET
    @Path("predictions")
    @Transactional
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "listPredictions", summary = "A run's predictions, per participant")
    public List<PredictionView> predictions(@PathParam("id") long id) {
        java.util.Set<String> mine = scope.seesAll() ? null : scope.participants();
        return scope.run(id).getPredictions().stream()
                .filter(p -> mine == null || mine.contains(p.getParticipant()))
                .map(PredictionView::of).toList();
    }

    /** The exported global model (format synergos-model, see the README). */
    @GET
    @Path("model")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "downloadRunModel", summary = "Downloads a run's global model")
    public Response model(@PathParam("id") long id) throws java.io.IOException {
        Run run = scope.run(id);
        if (run.getModelPath() == null) {
            throw new NotFoundException("run " + id + " has no trained model");
        }
        return Response.ok(Files.readString(java.nio.file.Path.of(run.getModelPath())), MediaType.APPLICATION_JSON)
                .header("Content-Disposition", "attachment; filename=run-" + id + "-model.json").build();
    }

    public record PredictionRequest(@NotBlank String participant) {
    }

    /** A round's losses and who took part: the trainers that answered, were late and were absent. */
    public record RoundView(int round, double globalLoss, double durationMillis, Map<String, Double> localLosses,
                            List<String> answered, List<String> late, List<String> absent) {
        static RoundView of(RoundResult r) {
            return new RoundView(r.getRound(), r.getGlobalLoss(), r.getDurationMillis(), Map.copyOf(r.getLocalLosses()),
                    r.getAnswered(), r.getLate(), r.getAbsent());
        }
    }

    /** {@code participant} is null for the overall (aggregated) metrics. */
    public record EvaluationView(String participant, long samples, JsonObject metrics, Instant createdAt) {
        static EvaluationView of(EvaluationResult e) {
            return new EvaluationView(e.getParticipant(), e.getSamples(),
                    Json.createReader(new StringReader(e.getMetrics())).readObject(), e.getCreatedAt());
        }
    }

    public record PredictionView(String participant, long predictions, String status, String message,
                                 Instant createdAt) {
        static PredictionView of(PredictionResult p) {
            return new PredictionView(p.getParticipant(), p.getPredictions(), p.getStatus(), p.getMessage(),
                    p.getCreatedAt());
        }
    }
}
