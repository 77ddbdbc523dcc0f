package io.synergos.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.node.ConflictException;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.participant.Participant;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import io.synergos.metadata.RegistryService;
import io.synergos.ttp.RunLedger;
import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import jakarta.validation.ConstraintViolationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The registration services and their JPA mapping, inside the server, on the real EAR. The same tests run
 * on H2 and, in a second pass, on PostgreSQL.
 */
@ExtendWith(PostgresWhenRequested.class)
@ExtendWith(ArquillianExtension.class)
class RegistryServiceIT {

    private static final String KEY = "0123456789abcdef".repeat(4);

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWithTests("registry-tests", RegistryServiceIT.class);
    }

    @Inject
    RegistryService registry;

    @Inject
    RunLedger ledger;

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Test
    void everyRegistrationEntityIsStoredAndReadBack() throws Exception {
        String name = unique("alpha");
        Project project = registry.createProject(name, "first");
        Experiment experiment = registry.createExperiment(project.getId(), "mlp", ModelType.MLP, "16,8", "tanh");
        Hyperparameters h = new Hyperparameters();
        h.setAlgorithm(Hyperparameters.Algorithm.FEDPROX);
        h.setMu(0.01);
        h.setRounds(7);
        h.setLearningRate(0.2);
        Run run = registry.createRun(experiment.getId(), "r1", h);
        Participant participant = registry.createParticipant(unique("bank"), "http://10.0.0.5:8080/synergos", KEY);
        Registration registration = registry.register(project.getId(), participant.getId());
        registry.tag(registration.getId(), DataTag.Tag.TRAIN, List.of("train-2024", "train-2025"));
        registry.tag(registration.getId(), DataTag.Tag.EVALUATE, List.of("holdout"));

        tx.begin();
        try {
            em.clear();
            Project stored = em.find(Project.class, project.getId());
            assertEquals(name, stored.getName());
            Experiment e = stored.getExperiments().get(0);
            assertEquals(ModelType.MLP, e.getModelType());
            assertEquals("16,8", e.getHiddenLayers());
            Run r = e.getRuns().get(0);
            assertEquals(run.getId(), r.getId());
            assertEquals(Hyperparameters.Algorithm.FEDPROX, r.getHyperparameters().getAlgorithm());
            assertEquals(0.01, r.getHyperparameters().getMu());
            assertEquals(7, r.getHyperparameters().getRounds());
            assertEquals(RunStatus.CREATED, r.getStatus());
            Registration reg = stored.getRegistrations().get(0);
            assertEquals("http://10.0.0.5:8080/synergos", reg.getParticipant().getBaseUrl());
            Map<DataTag.Tag, List<String>> tags = new java.util.EnumMap<>(DataTag.Tag.class);
            reg.getTags().forEach(t -> tags.put(t.getTag(), List.copyOf(t.getDatasets())));
            assertEquals(Map.of(DataTag.Tag.TRAIN, List.of("train-2024", "train-2025"),
                    DataTag.Tag.EVALUATE, List.of("holdout")), tags);
        } finally {
            tx.rollback();
        }
    }

    @Test
    void deletingAProjectRemovesExactlyWhatHangsUnderIt() {
        Participant shared = registry.createParticipant(unique("hospital"), "http://127.0.0.1:8280/synergos", KEY);
        Project doomed = populated(unique("doomed"), shared);
        Project kept = populated(unique("kept"), shared);
        long keptRuns = count("select count(r) from Run r where r.experiment.project.id = " + kept.getId());
        long keptTags = count("select count(t) from DataTag t where t.registration.project.id = " + kept.getId());

        registry.deleteProject(doomed.getId());

        assertEquals(0, count("select count(e) from Experiment e where e.project.id = " + doomed.getId()));
        assertEquals(0, count("select count(r) from Run r where r.experiment.project.id = " + doomed.getId()));
        assertEquals(0, count("select count(g) from Registration g where g.project.id = " + doomed.getId()));
        assertEquals(0, count("select count(t) from DataTag t where t.registration.project.id = " + doomed.getId()));
        assertEquals(keptRuns, count("select count(r) from Run r where r.experiment.project.id = " + kept.getId()));
        assertEquals(keptTags, count("select count(t) from DataTag t where t.registration.project.id = " + kept.getId()));
        assertEquals(shared.getId(), registry.participant(shared.getId()).getId(), "the participant stays");
        assertThrows(NotFoundException.class, () -> registry.project(doomed.getId()));
    }

    @Test
    void refusedChangesLeaveWhatIsStoredIntact() {
        String name = unique("unique");
        Project project = registry.createProject(name, "original");
        assertThrows(ConflictException.class, () -> registry.createProject(name, "duplicate"));
        EJBException invalid = assertThrows(EJBException.class, () -> registry.createProject("has spaces!", "x"));
        assertTrue(rootCause(invalid) instanceof ConstraintViolationException, rootCause(invalid).toString());

        Participant participant = registry.createParticipant(unique("p"), "http://127.0.0.1:1/synergos", KEY);
        registry.register(project.getId(), participant.getId());
        assertThrows(ConflictException.class, () -> registry.deleteParticipant(participant.getId()));
        assertThrows(ConflictException.class, () -> registry.register(project.getId(), participant.getId()));

        assertEquals("original", registry.project(project.getId()).getDescription());
        assertEquals(1, count("select count(p) from Project p where p.name = '" + name + "'"));
        assertEquals(1, count("select count(g) from Registration g where g.project.id = " + project.getId()));
    }

    @Test
    void aRunCannotStartTwiceAndABusyRunCannotBeDeleted() {
        Project project = registry.createProject(unique("busy"), "");
        Experiment experiment = registry.createExperiment(project.getId(), "lr", ModelType.LOGISTIC_REGRESSION, "",
                "relu");
        Run run = registry.createRun(experiment.getId(), "r", new Hyperparameters());
        ledger.begin(run.getId(), RunStatus.TRAINING, RunStatus.CREATED);
        assertThrows(ConflictException.class, () -> ledger.begin(run.getId(), RunStatus.TRAINING, RunStatus.CREATED));
        assertThrows(ConflictException.class, () -> registry.deleteRun(run.getId()));
        assertThrows(ConflictException.class, () -> registry.deleteProject(project.getId()));
        ledger.fail(run.getId(), RunStatus.FAILED, "test over");
        registry.deleteProject(project.getId());
        assertThrows(NotFoundException.class, () -> registry.run(run.getId()));
    }

    private Project populated(String name, Participant shared) {
        Project project = registry.createProject(name, "");
        Experiment experiment = registry.createExperiment(project.getId(), "lr", ModelType.LOGISTIC_REGRESSION, "",
                "relu");
        registry.createRun(experiment.getId(), "a", new Hyperparameters());
        registry.createRun(experiment.getId(), "b", new Hyperparameters());
        Registration registration = registry.register(project.getId(), shared.getId());
        registry.tag(registration.getId(), DataTag.Tag.TRAIN, List.of("d1"));
        registry.tag(registration.getId(), DataTag.Tag.PREDICT, List.of("d2"));
        return project;
    }

    private long count(String jpql) {
        return em.createQuery(jpql, Long.class).getSingleResult();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
