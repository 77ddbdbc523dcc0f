package io.synergos.web.orchestration;

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
    public Response submit(@PathParam("id") long experimentId, @NotNull SearchRequest request,
                           @Context SecurityContext security) {
        SearchView search = orchestrator.submit(experimentId, request, actor(security));
        return Response.accepted(search).build();
    }

    @GET
    @Path("searches/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public SearchView search(@PathParam("id") long searchId) {
        return orchestrator.search(searchId);
    }

    @POST
    @Path("runs/{id}/jobs")
    @RolesAllowed(Roles.ADMIN)
    public Response submitRun(@PathParam("id") long runId, JobRequest request) {
        return Response.accepted(orchestrator.submitRun(runId, request == null ? null : request.maxAttempts()))
                .build();
    }

    @GET
    @Path("jobs")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public List<JobView> jobs(@QueryParam("status") String status) {
        return orchestrator.jobs(status);
    }

    /** The jobs parked on the dead-letter queue with their last error (browsed, not consumed). */
    @GET
    @Path("dead-letters")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public List<JobQueue.DeadLetter> deadLetters() {
        return queue.deadLetters();
    }

    @GET
    @Path("jobs/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    public JobView job(@PathParam("id") long jobId) {
        return orchestrator.view(jobId);
    }

    /** Cancels a queued job at once; a running one stops at its next round (at once if its grid runs here). */
    @POST
    @Path("jobs/{id}/cancel")
    @RolesAllowed(Roles.ADMIN)
    public JobView cancel(@PathParam("id") long jobId) {
        return admin.cancelJob(jobId);
    }

    private static String actor(SecurityContext security) {
        return security.getUserPrincipal() == null ? "anonymous" : security.getUserPrincipal().getName();
    }
}
