package io.synergos.web.lifecycle;

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

/** Experiment tracking over REST: every run's record, runs side by side, and the best run for a metric. */
@Path("tracking")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource {

    @Inject
    RunTracking tracking;

    @GET
    @Path("projects/{id}/runs")
    public List<RunRecord> projectRuns(@PathParam("id") long projectId) {
        return tracking.projectRuns(projectId);
    }

    @GET
    @Path("runs/{id}")
    public RunRecord run(@PathParam("id") long runId) {
        return tracking.run(runId);
    }

    /** {@code runs} (comma-separated ids) narrows the comparison to those runs of the experiment. */
    @GET
    @Path("experiments/{id}/comparison")
    public RunComparison compare(@PathParam("id") long experimentId,
                                 @QueryParam("metric") @DefaultValue("accuracy") String metric,
                                 @QueryParam("runs") String runs) {
        return tracking.compare(experimentId, metric, ids(runs));
    }

    @GET
    @Path("experiments/{id}/best-run")
    public RunComparison.Row best(@PathParam("id") long experimentId,
                                  @QueryParam("metric") @DefaultValue("accuracy") String metric) {
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
