package io.synergos.admin;

import io.synergos.contribution.AllocationRequest;
import io.synergos.contribution.AllocationView;
import io.synergos.contribution.ContributionRequest;
import io.synergos.contribution.ContributionService;
import io.synergos.contribution.ContributionView;
import io.synergos.contribution.RewardService;
import io.synergos.lifecycle.ModelRegistry;
import io.synergos.metadata.CatalogEntryRequest;
import io.synergos.metadata.CatalogEntryView;
import io.synergos.metadata.CatalogService;
import io.synergos.metadata.DatasetProfile;
import io.synergos.node.InvalidInputException;
import io.synergos.node.NodeConfig;
import io.synergos.persistence.participant.Participant;
import io.synergos.orchestration.JobView;
import io.synergos.orchestration.Orchestrator;
import io.synergos.orchestration.SearchRequest;
import io.synergos.orchestration.SearchView;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.registry.Stage;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.serving.ModelServer;
import io.synergos.ttp.GridRunner;
import io.synergos.metadata.RegistryService;
import io.synergos.ttp.RunPlan;
import io.synergos.ttp.WorkerClient;
import io.synergos.websocket.ttp.GridException;
import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;

/**
 * The administrative tasks of the dashboard and of the REST API's contribution and reward operations (and the
 * REST cancel), each refused by the container unless the
 * caller has the {@code admin} role (a viewer gets {@link jakarta.ejb.EJBAccessException}, whatever the page
 * showed). Each task delegates to the service that owns it, in one transaction, except cancel and stage
 * transitions, which commit before they act on the grid or the served model. The caller's name goes into the
 * audit.
 */
@Stateless
@DeclareRoles({"admin", "viewer"})
@RolesAllowed("admin")
public class AdminTasks {

    @Resource
    SessionContext caller;

    @Inject
    RegistryService registry;

    @Inject
    Orchestrator orchestrator;

    @Inject
    GridRunner grids;

    @Inject
    ModelRegistry models;

    @Inject
    ModelServer server;

    @Inject
    ContributionService contributions;

    @Inject
    RewardService rewards;

    @Inject
    CatalogService catalog;

    @Inject
    NodeConfig node;

    @Inject
    io.synergos.node.tls.NodeTls tls;

    @Inject
    io.synergos.access.ControlKeys controlKeys;

    public long createProject(String name, String description) {
        return registry.createProject(name, description).getId();
    }

    public long createExperiment(long projectId, String name, ModelType type, String hiddenLayers, String activation) {
        return registry.createExperiment(projectId, name, type, hiddenLayers, activation).getId();
    }

    public long createRun(long experimentId, String name, Hyperparameters hyperparameters) {
        return registry.createRun(experimentId, name, hyperparameters).getId();
    }

    /** Starts a run as a queued job: it trains, then evaluates where Workers tagged evaluate data. */
    public JobView startRun(long runId) {
        return orchestrator.submitRun(runId, null);
    }

    /** Stops a run's grid at once (the run ends STOPPED); false when no grid of the run runs on this TTP. */
    public boolean stopRun(long runId) {
        return grids.stop(runId);
    }

    /** Cancels the run's queued or running job, as {@link #cancelJob}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView cancelRun(long runId) {
        return cancelJob(orchestrator.currentJob(runId).id());
    }

    /**
     * Cancels a job: at once if queued; if running, it stops at its next round, and at once if its grid runs on
     * this TTP. The cancel commits before the grid is dismantled, so the run ends CANCELLED, not STOPPED.
     * Returns the job as it is now.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public JobView cancelJob(long jobId) {
        JobView job = orchestrator.cancel(jobId, actor());
        List<Long> running = orchestrator.runningRuns(jobId);
        if (!running.isEmpty()) {
            running.forEach(grids::stop);
            return orchestrator.view(jobId);
        }
        return job;
    }

    /** Queues a contribution computation of a trained run (a job: exact, leave-one-out or in-training). */
    public ContributionView computeContribution(long runId, ContributionRequest request) {
        return contributions.request(runId, request, actor());
    }

    /** Cancels a contribution's job (and its coalition runs' jobs), as {@link #cancelJob}. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ContributionView cancelContribution(long contributionId) {
        ContributionView contribution = contributions.view(contributionId);
        if (contribution.jobId() == null) {
            throw new io.synergos.node.ConflictException("contribution " + contributionId + " has no job to cancel");
        }
        cancelJob(contribution.jobId());
        return contributions.view(contributionId);
    }

    /** Overrides a participant's free-rider flag with a reason, so a reward policy does not exclude it. */
    public ContributionView overrideFlag(long contributionId, String participant, String reason) {
        return contributions.override(contributionId, participant, reason, actor());
    }

    /** Splits a reward pool from a completed contribution: a draft until published. */
    public AllocationView allocate(long contributionId, AllocationRequest request) {
        return rewards.allocate(contributionId, request, actor());
    }

    public AllocationView updateAllocation(long allocationId, AllocationRequest request) {
        return rewards.update(allocationId, request);
    }

    public void deleteAllocation(long allocationId) {
        rewards.delete(allocationId);
    }

    /** Publishes a draft allocation: from then on it is immutable, and its participants can see their shares. */
    public AllocationView publishAllocation(long allocationId) {
        return rewards.publish(allocationId, actor());
    }

    public SearchView submitSearch(long experimentId, SearchRequest request) {
        return orchestrator.submit(experimentId, request, actor());
    }

    /**
     * Moves a model version to another stage (promote, archive, ...), audited with the caller and reason. The
     * transition commits on its own; then this TTP serves the project's Production version, as over REST.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void transition(long projectId, int version, Stage target, String reason) {
        models.transition(projectId, version, target, actor(), reason);
        server.reload(projectId);
    }

    /**
     * Publishes a participant's dataset to the catalog on the owner's behalf: its Worker computes the profile from
     * the file (rows never leave it), reached with the participant's control key; audited with the admin's name.
     */
    public CatalogEntryView publishToCatalog(long participantId, String dataset, CatalogEntryRequest request) {
        Participant participant = registry.participant(participantId);
        RunPlan.WorkerPlan worker = new RunPlan.WorkerPlan(participant.getName(), participant.getBaseUrl(),
                controlKeys.reveal(participant), java.util.Map.of());
        DatasetProfile profile;
        try (WorkerClient client = new WorkerClient(node.connectTimeout(), tls)) {
            profile = client.profile(worker, dataset, request);
        } catch (GridException e) {
            throw new InvalidInputException("dataset", "could not be profiled: " + e.getMessage());
        }
        return catalog.publish(participant.getName(), request, profile, actor());
    }

    /** Changes a catalog entry's metadata (not its profile, which only its Worker computes), audited. */
    public CatalogEntryView changeCatalogEntry(long id, CatalogEntryRequest request) {
        CatalogEntryView entry = catalog.get(id, CatalogService.Caller.staff(actor()));
        return catalog.change(entry.owner(), entry.name(), request, null, actor());
    }

    /** Withdraws a catalog entry; refused while registered unless forced (the runs that used it are marked). */
    public void withdrawCatalogEntry(long id, boolean force) {
        CatalogEntryView entry = catalog.get(id, CatalogService.Caller.staff(actor()));
        catalog.withdraw(entry.owner(), entry.name(), force, actor());
    }

    private String actor() {
        return caller.getCallerPrincipal().getName();
    }
}
