package io.synergos.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.synergos.admin.AdminTasks;
import io.synergos.contribution.AllocationRequest;
import io.synergos.contribution.ContributionRequest;
import io.synergos.orchestration.SearchRequest;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.registry.Stage;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.metadata.RegistryService;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * The dashboard's administrative tasks are guarded by the container, not by the pages: inside the server, on
 * the real EAR, a caller without the admin role is refused every task and nothing is stored. (The browser test
 * DashboardIT shows an admin doing them and a viewer refused.)
 */
@ExtendWith(PostgresWhenRequested.class)
@ExtendWith(ArquillianExtension.class)
class AdminTasksIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWithTests("admin-tasks-tests", AdminTasksIT.class);
    }

    @Inject
    AdminTasks admin;

    @Inject
    RegistryService registry;

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Test
    void everyTaskIsRefusedToACallerWithoutTheAdminRole() {
        long project = registry.createProject("guarded-" + System.nanoTime(), "made by the service, not the task")
                .getId();
        long experiment = registry.createExperiment(project, "lr", ModelType.LOGISTIC_REGRESSION, "", "relu").getId();
        long run = registry.createRun(experiment, "r1", new Hyperparameters()).getId();
        int projects = registry.projects().size();

        List<Executable> tasks = List.of(
                () -> admin.createProject("refused-" + System.nanoTime(), null),
                () -> admin.createExperiment(project, "refused", ModelType.MLP, "8", "relu"),
                () -> admin.createRun(experiment, "refused", new Hyperparameters()),
                () -> admin.startRun(run),
                () -> admin.stopRun(run),
                () -> admin.cancelRun(run),
                () -> admin.cancelJob(1),
                () -> admin.submitSearch(experiment, new SearchRequest("grid", null, null,
                        Map.of("learningRate", List.of(0.1, 0.2)), null, null, null, null)),
                () -> admin.transition(project, 1, Stage.PRODUCTION, "refused"),
                () -> admin.computeContribution(run, ContributionRequest.of("exact")),
                () -> admin.cancelContribution(1),
                () -> admin.overrideFlag(1, "rider", "refused"),
                () -> admin.allocate(1, new AllocationRequest("equal", jakarta.json.Json.createValue(10), null, null,
                        null, null)),
                () -> admin.updateAllocation(1, new AllocationRequest("equal", jakarta.json.Json.createValue(10), null,
                        null, null, null)),
                () -> admin.deleteAllocation(1),
                () -> admin.publishAllocation(1));
        for (Executable task : tasks) {
            assertThrows(EJBAccessException.class, task);
        }

        assertEquals(projects, registry.projects().size(), "no project was created");
        assertEquals(1L, count("select count(e) from Experiment e where e.project.id = ?1", project),
                "no experiment was created");
        assertEquals(1L, count("select count(r) from Run r where r.experiment.id = ?1", experiment),
                "no run was created or queued by a search");
        assertEquals("CREATED", registry.run(run).getStatus().name(), "the run was not started");
        assertEquals(0L, count("select count(c) from Contribution c where c.run.id = ?1", run), "nothing was computed");
        registry.deleteProject(project);
    }

    private long count(String query, long id) {
        return em.createQuery(query, Long.class).setParameter(1, id).getSingleResult();
    }
}
