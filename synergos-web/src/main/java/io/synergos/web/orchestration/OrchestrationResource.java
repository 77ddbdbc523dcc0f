package io.synergos.web.orchestration;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.admin.AdminTasks;
import io.synergos.orchestration.JobQueue;
import io.synergos.orchestration.JobView;
import io.synergos.orchestration.Orchestrator;
import io.synergos.orchestration.SearchRequest;
import io.synergos.orchestration.SearchView;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * Orchestration over REST: submit a hyperparameter search or one run as queued jobs (role admin), follow
 * them, cancel them (role admin).
 */
@Path("orchestration")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Orchestration", description = "Hyperparameter searches and run jobs")
public class OrchestrationResource {

    @Inject
    Orchestrator orchestrator;

    @Inject
    AdminTasks admin;

    @Inject
    JobQueue queue;

    public record JobRequest(Integer maxAttempts) {
    }

    @POST
    @Path("experiments/{id}/searches")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "submitSearch", summary = "Submits a hyperparameter search of an experiment as jobs")
    public Response submit(@PathParam("id") long experimentId, @NotNull SearchRequest request,
                           @Context SecurityContext security) {
        SearchView search = orchestrator.submit(experimentId, request, actor(security));
        return Response.accepted(search).build();
    }

    @GET
    @Path("searches/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getSearch", summary = "A search: its jobs and its runs compared on its metric")
    public SearchView search(@PathParam("id") long searchId) {
        return orchestrator.search(searchId);
    }

    @POST
    @Path("runs/{id}/jobs")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "submitRunJob", summary = "Queues one existing run as a job")
    public Response submitRun(@PathParam("id") long runId,
                              @RequestBody(required = false, description = "optional: {\"maxAttempts\": N}") JobRequest request) {
        return Response.accepted(orchestrator.submitRun(runId, request == null ? null : request.maxAttempts()))
                .build();
    }

    @GET
    @Path("jobs")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "listJobs", summary = "Jobs, optionally by status")
    public List<JobView> jobs(@QueryParam("status") String status) {
        return orchestrator.jobs(status);
    }

    /** The jobs parked on the dead-letter queue with their last error (browsed, not consumed). */
    @GET
    @Path("dead-letters")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "listDeadLetters", summary = "The dead-letter queue, browsed")
    public List<JobQueue.DeadLetter> deadLetters() {
        return queue.deadLetters();
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getJob", summary = "One job: status, attempts, the TTP running it, the last error")
    public JobView job(@PathParam("id") long jobId) {
        return orchestrator.view(jobId);
    }

    /** Cancels a queued job at once; a running one stops at its next round (at once if its grid runs here). */
    @POST
    @Path("jobs/{id}/cancel")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "cancelJob", summary = "Cancels a queued or running job")
    public JobView cancel(@PathParam("id") long jobId) {
        return admin.cancelJob(jobId);
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }
}
