package io.synergos.web.contribution;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.synergos.access.CallerScope;
import io.synergos.access.Roles;
import jakarta.annotation.security.RolesAllowed;
import io.synergos.admin.AdminTasks;
import io.synergos.contribution.AllocationRequest;
import io.synergos.contribution.AllocationView;
import io.synergos.contribution.ContributionRequest;
import io.synergos.contribution.ContributionService;
import io.synergos.contribution.ContributionView;
import io.synergos.contribution.ParticipantShare;
import io.synergos.contribution.RewardService;
import io.synergos.node.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Contribution and reward over REST. Computing, overriding a flag, allocating and publishing are admin tasks
 * (refused by the container, through {@link AdminTasks}); results are read by admins and viewers; allocations,
 * with every participant's amount, by admins only; a participant reads its own shares with its control key.
 */
@Path("contribution")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contribution and reward", description = "The value of each participant's data and reward allocations")
public class ContributionResource {

    @Inject
    CallerScope scope;

    @Inject
    AdminTasks admin;

    @Inject
    ContributionService contributions;

    @Inject
    RewardService rewards;

    /** Queues the computation (a job); poll {@code GET /contribution/{id}}. */
    @POST
    @Path("runs/{runId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "computeContribution", summary = "Queues a contribution computation on a trained run")
    public Response compute(@PathParam("runId") long runId, ContributionRequest request) {
        return Response.accepted(admin.computeContribution(runId, request)).build();
    }

    @GET
    @Path("runs/{runId}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "listContributionsOfRun", summary = "A run's contribution computations")
    public List<ContributionView> ofRun(@PathParam("runId") long runId) {
        return contributions.ofRun(runId);
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.VIEWER})
    @Operation(operationId = "getContribution", summary = "One contribution computation: values, flags and evidence, cost")
    public ContributionView get(@PathParam("id") long id) {
        return contributions.view(id);
    }

    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "cancelContribution", summary = "Cancels a contribution computation and the coalition runs it queued")
    public ContributionView cancel(@PathParam("id") long id) {
        return admin.cancelContribution(id);
    }

    /** {@code {"participant": NAME, "reason": "..."}}: a flagged participant's reward is let through. */
    public record OverrideRequest(String participant, String reason) {
    }

    @POST
    @Path("{id}/overrides")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "overrideContributionFlag", summary = "Lets a flagged participant be rewarded, with a reason")
    public ContributionView override(@PathParam("id") long id, OverrideRequest request) {
        if (request == null || request.participant() == null || request.participant().isBlank()) {
            throw new InvalidInputException("participant", "is required: the flagged participant's name");
        }
        return admin.overrideFlag(id, request.participant(), request.reason());
    }

    @POST
    @Path("{id}/allocations")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createAllocation", summary = "A draft reward allocation from a completed computation")
    public Response allocate(@PathParam("id") long id, AllocationRequest request) {
        return Response.status(Response.Status.CREATED).entity(admin.allocate(id, request)).build();
    }

    @GET
    @Path("allocations")
    @Transactional
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "listAllocations", summary = "Reward allocations, optionally of one computation")
    public List<AllocationView> allocations(@QueryParam("contribution") Long contributionId) {
        if (contributionId == null) {
            throw new InvalidInputException("contribution", "is required: the contribution's id");
        }
        return rewards.ofContribution(contributionId);
    }

    @GET
    @Path("allocations/{allocationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "getAllocation", summary = "One reward allocation with every share")
    public AllocationView allocation(@PathParam("allocationId") long allocationId) {
        return rewards.view(allocationId);
    }

    @PUT
    @Path("allocations/{allocationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "updateAllocation", summary = "Changes a draft reward allocation")
    public AllocationView update(@PathParam("allocationId") long allocationId, AllocationRequest request) {
        return admin.updateAllocation(allocationId, request);
    }

    @DELETE
    @Path("allocations/{allocationId}")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "deleteAllocation", summary = "Deletes a draft reward allocation")
    public Response delete(@PathParam("allocationId") long allocationId) {
        admin.deleteAllocation(allocationId);
        return Response.noContent().build();
    }

    @POST
    @Path("allocations/{allocationId}/publish")
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "publishAllocation", summary = "Publishes a reward allocation: immutable, visible to the participants")
    public AllocationView publish(@PathParam("allocationId") long allocationId) {
        return admin.publishAllocation(allocationId);
    }

    /** For finance: {@code format=csv} (one line per participant, then the total) or {@code json}. */
    @GET
    @Path("allocations/{allocationId}/export")
    @Produces({"text/csv", MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "exportAllocation", summary = "A reward allocation for finance, as CSV or JSON")
    public Response export(@PathParam("allocationId") long allocationId, @QueryParam("format") String format) {
        String name = "allocation-" + allocationId;
        if (format == null || format.equals("csv")) {
            return Response.ok(rewards.csv(allocationId), "text/csv")
                    .header("Content-Disposition", "attachment; filename=" + name + ".csv").build();
        }
        if (format.equals("json")) {
            return Response.ok(rewards.view(allocationId), MediaType.APPLICATION_JSON)
                    .header("Content-Disposition", "attachment; filename=" + name + ".json").build();
        }
        throw new InvalidInputException("format", "must be csv or json, not '" + format + "'");
    }

    /**
     * A participant's own shares of published allocations, with why. Another participant's name answers 404, as for
     * a participant that does not exist.
     */
    @GET
    @Path("participants/{name}/allocations")
    @RolesAllowed({Roles.ADMIN, Roles.PARTICIPANT})
    @Operation(operationId = "listParticipantShares", summary = "A participant's own shares of published allocations, with why")
    public List<ParticipantShare> participantShares(@PathParam("name") String name) {
        return rewards.sharesOf(scope.participantNamed(name));
    }
}
