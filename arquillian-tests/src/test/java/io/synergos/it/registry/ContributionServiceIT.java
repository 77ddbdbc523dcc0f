package io.synergos.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.contribution.AllocationRequest;
import io.synergos.contribution.AllocationView;
import io.synergos.contribution.ContributionService;
import io.synergos.contribution.ContributionView;
import io.synergos.contribution.RewardService;
import io.synergos.federation.contribution.Assessment;
import io.synergos.federation.contribution.ContributionMetric;
import io.synergos.federation.contribution.ContributionResult;
import io.synergos.federation.contribution.FreeRiderDetector;
import io.synergos.federation.contribution.UpdateStatistics;
import io.synergos.node.ConflictException;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.contribution.ContributionStatus;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import io.synergos.ttp.InTrainingOutcome;
import io.synergos.ttp.KeptUpdates;
import io.synergos.metadata.RegistryService;
import io.synergos.ttp.RunLedger;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contribution results and reward allocations in the server, on the real EAR, on H2 and on PostgreSQL: a run's
 * in-training result recorded with its training's end (values, flags, evidence, kept round updates), allocations
 * that add up to the pool and cannot change once published, and a project deleted with its contributions, their
 * coalition runs and its allocations.
 */
@ExtendWith(PostgresWhenRequested.class)
@ExtendWith(ArquillianExtension.class)
class ContributionServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWithTests("contribution-tests", ContributionServiceIT.class);
    }

    @Inject
    RegistryService registry;

    @Inject
    RunLedger ledger;

    @Inject
    ContributionService contributions;

    @Inject
    RewardService rewards;

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    private static final List<String> PARTICIPANTS = List.of("bank-a", "bank-b", "rider");

    /** A run trained as a grid job records it: rounds with kept updates, then the end with its in-training result. */
    private long trainedRun(long experiment) {
        long run = registry.createRun(experiment, "r-" + System.nanoTime(), new Hyperparameters()).getId();
        ledger.begin(run, RunStatus.TRAINING, RunStatus.CREATED);
        byte[] kept = new KeptUpdates(new double[] {0.1, 0.2}, PARTICIPANTS, new double[][] {{0.3, 0.1}, {0.25, 0.15},
            {0.1, 0.2}}, new long[] {100, 60, 80}).encode();
        ledger.saveRound(run, 0, 0.4, 1.0, Map.of("bank-a", 0.4, "bank-b", 0.5, "rider", 0.69),
                List.of("bank-a", "bank-b", "rider"), List.of(), List.of(), kept);
        ContributionResult result = new ContributionResult("in-training", ContributionMetric.NEG_LOG_LOSS, PARTICIPANTS,
                List.of("bank-a", "bank-b"), -0.69, -0.29, new double[] {0.25, 0.16, -0.01}, new double[3], null, 7);
        Assessment assessment = Assessment.of(excluded -> result, Map.of("rider",
                new UpdateStatistics.Summary("rider", 1, 0.01, 0.0, 0.001)), FreeRiderDetector.Thresholds.DEFAULTS);
        ledger.finishTraining(run, "/tmp/model.json", null, "{\"format\":\"synergos-model\",\"runId\":" + run + "}",
                "[]", new InTrainingOutcome("neg_log_loss", "", "{}", assessment, 12, "{\"rounds\":1}"));
        return run;
    }

    @Test
    void aTrainingsInTrainingResultIsRecordedWithItsFlagsAndRewardsAddUpUntilPublished() throws Exception {
        long project = registry.createProject("contrib-" + System.nanoTime(), null, "neg_log_loss").getId();
        long experiment = registry.createExperiment(project, "lr", ModelType.LOGISTIC_REGRESSION, "", "relu").getId();
        long run = trainedRun(experiment);

        List<ContributionView> recorded = contributions.ofRun(run);
        assertEquals(1, recorded.size());
        ContributionView c = recorded.get(0);
        assertEquals("COMPLETED", c.status());
        assertEquals(0.4, c.gain(), 1e-12);
        assertEquals(List.of("bank-a", "bank-b", "rider"), c.values().stream().map(ContributionView.Value::participant)
                .toList(), "ranked, highest first");
        ContributionView.Value rider = c.values().get(2);
        assertTrue(rider.flagged());
        assertEquals(3, rider.evidence().asJsonArray().size(), "value, step and agreement, each with its figures");
        assertTrue(registry.run(run).isUpdatesKept(), "the round's updates were kept");

        AllocationView draft = rewards.allocate(c.id(), new AllocationRequest("proportional", Json.createValue(100),
                "EUR", 2, null, "first draft"), "alice");
        assertEquals(new BigDecimal("100.00"), draft.total());
        assertEquals(new BigDecimal("0.00"), draft.shares().get(2).amount(), "the flagged rider gets nothing");
        AllocationView tiered = rewards.update(draft.id(), new AllocationRequest("tiered", Json.createValue("90.5"),
                "EUR", 2, List.of(new AllocationRequest.TierRequest("gold", 0.5, Json.createValue(3)),
                new AllocationRequest.TierRequest("silver", 0.0, Json.createValue(1))), null));
        assertEquals(List.of(new BigDecimal("67.88"), new BigDecimal("22.62"), new BigDecimal("0.00")),
                tiered.shares().stream().map(AllocationView.Share::amount).toList(), "3:1, rounded to the cent");
        AllocationView published = rewards.publish(draft.id(), "bob");
        assertEquals("PUBLISHED", published.status());
        assertEquals("bob", published.publishedBy());
        assertConflict(() -> rewards.publish(draft.id(), "bob"));
        assertConflict(() -> rewards.update(draft.id(), new AllocationRequest("equal", Json.createValue(1), null, null,
                null, null)));
        assertConflict(() -> rewards.delete(draft.id()));
        assertEquals(new BigDecimal("90.50"), rewards.view(draft.id()).total(), "unchanged by the refused calls");
        assertTrue(rewards.csv(draft.id()).contains(",TOTAL,90.50,"));

        registry.deleteProject(project);
        assertEquals(0L, em.createQuery("select count(c) from Contribution c where c.id = :c", Long.class)
                .setParameter("c", c.id()).getSingleResult());
    }

    @Test
    void aProjectIsDeletedWithItsContributionsCoalitionRunsAndAllocations() throws Exception {
        long project = registry.createProject("contrib-del-" + System.nanoTime(), null).getId();
        long experiment = registry.createExperiment(project, "lr", ModelType.LOGISTIC_REGRESSION, "", "relu").getId();
        long run = trainedRun(experiment);
        transaction.begin();
        Run valued = em.find(Run.class, run);
        Contribution exact = new Contribution(valued, "exact", "neg_log_loss", "", "{}", "alice");
        exact.moveTo(ContributionStatus.WAITING, "waiting for its coalition trainings");
        em.persist(exact);
        Run coalition = new Run(valued.getExperiment(), "coalition-" + System.nanoTime(), new Hyperparameters());
        coalition.makeCoalition(exact, List.of("bank-a"), valued.getAlignment());
        em.persist(coalition);
        valued.getExperiment().getRuns().add(coalition);
        transaction.commit();
        long contribution = contributions.ofRun(run).get(1).id();
        rewards.allocate(contribution, new AllocationRequest("equal", Json.createValue(10), null, 0, null, null),
                "alice");

        ConflictException refused = assertThrows(ConflictException.class, () -> registry.deleteRun(coalition.getId()));
        assertTrue(refused.getMessage().contains("is a coalition run of contribution"), refused.getMessage());
        registry.deleteProject(project);
        assertEquals(0L, em.createQuery("select count(r) from Run r where r.experiment.id = :e", Long.class)
                .setParameter("e", experiment).getSingleResult());
        assertEquals(0L, em.createQuery("select count(c) from Contribution c where c.id = :c", Long.class)
                .setParameter("c", contribution).getSingleResult(), "its contributions went with it");
    }

    private static void assertConflict(org.junit.jupiter.api.function.Executable call) {
        assertThrows(ConflictException.class, call);
    }
}
