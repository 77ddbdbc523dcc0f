package io.synergos.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.RunStatus;
import io.synergos.ttp.GridRunner;
import io.synergos.ttp.LiveGrid;
import io.synergos.ttp.LiveGrids;
import io.synergos.metadata.RegistryService;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A grid phase starts only after the transaction that asked for it commits, and never when it rolls back:
 * inside the server, on the real EAR, a training requested inside a user transaction has not begun while that
 * transaction is open (the run reads TRAINING only inside it, and no phase has run), begins once it commits,
 * and a rolled-back request leaves the run as it was and startable.
 */
@ExtendWith(PostgresWhenRequested.class)
@ExtendWith(ArquillianExtension.class)
class GridRunnerIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWithTests("grid-runner-tests", GridRunnerIT.class);
    }

    @Inject
    GridRunner grids;

    @Inject
    RegistryService registry;

    @Inject
    LiveGrids live;

    @Resource
    UserTransaction transaction;

    @Test
    void aPhaseStartsAfterTheRequestingTransactionCommitsAndNeverAfterARollback() throws Exception {
        long project = registry.createProject("after-commit-" + System.nanoTime(), null).getId();
        long experiment = registry.createExperiment(project, "lr", ModelType.LOGISTIC_REGRESSION, "", "relu").getId();
        long run = registry.createRun(experiment, "r1", new Hyperparameters()).getId();
        List<LiveGrid> ends = new CopyOnWriteArrayList<>();
        CountDownLatch ended = new CountDownLatch(1);
        Runnable unsubscribe = live.listen(grid -> {
            if (grid.runId() == run && grid.ended() != null) {
                ends.add(grid);
                ended.countDown();
            }
        });
        try {
            transaction.begin();
            grids.startTraining(run);
            assertEquals(RunStatus.TRAINING, registry.run(run).getStatus(), "inside the transaction: TRAINING");
            transaction.rollback();
            assertEquals(RunStatus.CREATED, registry.run(run).getStatus(), "the rollback undid the start");
            assertFalse(grids.isActive(run), "no grid was reserved after the rollback");
            assertFalse(ended.await(300, TimeUnit.MILLISECONDS), "no phase ran after the rollback: " + ends);

            transaction.begin();
            grids.startTraining(run);
            assertTrue(ends.isEmpty(), "nothing ran while the transaction was open");
            transaction.commit();
            assertTrue(ended.await(30, TimeUnit.SECONDS), "the phase ran after the commit");
            // this project has no participant, so the phase that ran ends FAILED with the reason
            assertEquals("FAILED", ends.get(0).ended());
            assertEquals(RunStatus.FAILED, registry.run(run).getStatus());
            assertTrue(registry.run(run).getStatusReason().contains("no registered participant has a dataset tagged "
                    + "train"), registry.run(run).getStatusReason());
        } finally {
            unsubscribe.run();
            registry.deleteProject(project);
        }
    }
}
