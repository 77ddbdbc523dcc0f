package io.synergos.web.lifecycle;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.CallerScope;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.lifecycle.RunComparison;
import io.synergos.lifecycle.RunRecord;
import io.synergos.lifecycle.RunTracking;
import io.synergos.node.InvalidInputException;
import io.synergos.node.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;

/**
 * Experiment tracking over REST: every run's record, runs side by side, and the best run for a metric. Participants
 * read those of the projects they take part in.
 */
@Path("tracking")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracking", description = "Experiment tracking and run comparison")
public class TrackingResource {

    @Inject
    CallerScope scope;

    @Inject
    RunTracking tracking;

    @GET
    @Path("projects/{id}/runs")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "trackProjectRuns", summary = "Every run of a project as tracked: hyperparameters, data, losses, metrics")
    public List<RunRecord> projectRuns(@PathParam("id") long projectId) {
        scope.project(projectId);
        return tracking.projectRuns(projectId);
    }

    @GET
    @Path("runs/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "trackRun", summary = "One run's tracking record")
    public RunRecord run(@PathParam("id") long runId) {
        scope.run(runId);
        return tracking.run(runId);
    }

    /** {@code runs} (comma-separated ids) narrows the comparison to those runs of the experiment. */
    @GET
    @Path("experiments/{id}/comparison")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "compareRuns", summary = "An experiment's runs side by side on a metric, best first")
    public RunComparison compare(@PathParam("id") long experimentId,
                                 @QueryParam("metric") @DefaultValue("accuracy") String metric,
                                 @QueryParam("runs") String runs) {
        scope.experiment(experimentId);
        return tracking.compare(experimentId, metric, ids(runs));
    }

    @GET
    @Path("experiments/{id}/best-run")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER, Roles.PARTICIPANT})
    @Operation(operationId = "getBestRun", summary = "An experiment's best run for a metric")
    public RunComparison.Row best(@PathParam("id") long experimentId,
                                  @QueryParam("metric") @DefaultValue("accuracy") String metric) {
        scope.experiment(experimentId);
        RunComparison comparison = tracking.compare(experimentId, metric, null);
        if (comparison.best() == null) {
            throw new NotFoundException("no run of experiment " + experimentId + " has a value for " + metric
                    + " yet (evaluate a run first)");
        }
        return comparison.best();
    }

    private static List<Long> ids(String runs) {
        if (runs == null || runs.isBlank()) {
            return null;
        }
        try {
            return Arrays.stream(runs.split(",")).map(String::trim).map(Long::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new InvalidInputException("runs", "must be comma-separated run ids, not '" + runs + "'");
        }
    }
}
