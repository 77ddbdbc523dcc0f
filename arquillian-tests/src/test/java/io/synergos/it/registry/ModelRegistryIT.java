package io.synergos.it.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.lifecycle.ModelRegistry;
import io.synergos.lifecycle.RunComparison;
import io.synergos.lifecycle.RunTracking;
import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.participant.Participant;
import io.synergos.persistence.participant.Registration;
import io.synergos.persistence.project.Experiment;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.project.Project;
import io.synergos.persistence.registry.ModelVersion;
import io.synergos.persistence.registry.Stage;
import io.synergos.persistence.registry.StageTransition;
import io.synergos.persistence.run.Hyperparameters;
import io.synergos.persistence.run.Run;
import io.synergos.persistence.run.RunStatus;
import io.synergos.metadata.RegistryService;
import io.synergos.ttp.RunLedger;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The model registry and experiment tracking EJBs with their JPA mapping, inside the server on the real EAR,
 * on H2 and then on PostgreSQL: registration from the training ledger, version numbering, every transition and
 * the refused ones, the single Production slot under concurrent promotions, comparison, and deletion rules.
 */
@ExtendWith(PostgresWhenRequested.class)
@ExtendWith(ArquillianExtension.class)
class ModelRegistryIT {

    private static final String KEY = "0123456789abcdef".repeat(4);

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWithTests("model-registry-tests", ModelRegistryIT.class);
    }

    @Inject
    RegistryService registry;

    @Inject
    RunLedger ledger;

    @Inject
    ModelRegistry models;

    @Inject
    RunTracking tracking;

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    @Test
    void trainedModelsBecomeNumberedVersionsWithLineageAndChecksum() throws Exception {
        Fixture f = fixture(3);
        for (int i = 0; i < 3; i++) {
            assertEquals(i + 1, train(f.runs.get(i), 0.5 - 0.1 * i));
        }
        List<ModelVersion> versions = models.versions(f.project);
        assertEquals(List.of(1, 2, 3), versions.stream().map(ModelVersion::getNumber).toList());
        ModelVersion v2 = versions.get(1);
        assertEquals(f.runs.get(1), v2.getRun().getId());
        assertEquals(Stage.NONE, v2.getStage());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(artefact(f.runs.get(1)).getBytes(StandardCharsets.UTF_8))), v2.getChecksum());
        String lineage = v2.getLineage();
        assertTrue(lineage.contains("\"runId\":" + f.runs.get(1)), lineage);
        assertTrue(lineage.contains("\"train\":[\"bank-train\"]"), lineage);
        assertTrue(lineage.contains("\"learningRate\":0.2"), lineage);
        assertTrue(lineage.contains("\"finalLoss\":0.4"), lineage);
        assertEquals(RunStatus.TRAINED, registry.run(f.runs.get(1)).getStatus());

        // a separate project numbers its versions from 1
        Fixture other = fixture(1);
        assertEquals(1, train(other.runs.get(0), 0.3));
    }

    @Test
    void transitionsFollowTheLifecycleAndAreAudited() {
        Fixture f = fixture(2);
        train(f.runs.get(0), 0.4);
        train(f.runs.get(1), 0.3);
        models.transition(f.project, 1, Stage.STAGING, "alice", "looks good");
        models.transition(f.project, 1, Stage.PRODUCTION, "alice", "approved");
        models.transition(f.project, 2, Stage.PRODUCTION, "bob", "better");
        assertEquals(Stage.ARCHIVED, models.version(f.project, 1).getStage());
        assertEquals(Stage.PRODUCTION, models.version(f.project, 2).getStage());
        assertEquals(2, models.production(f.project).getNumber());

        assertThrows(ConflictException.class, () -> models.transition(f.project, 1, Stage.PRODUCTION, "eve", "back"));
        assertThrows(ConflictException.class, () -> models.transition(f.project, 2, Stage.PRODUCTION, "eve", "again"));
        assertThrows(InvalidInputException.class, () -> models.transition(f.project, 2, Stage.STAGING, "eve", " "));
        assertThrows(InvalidInputException.class, () -> models.transition(f.project, 2, null, "eve", "no stage"));
        assertThrows(NotFoundException.class, () -> models.transition(f.project, 7, Stage.STAGING, "eve", "none"));
        Fixture other = fixture(0);
        assertThrows(NotFoundException.class,
                () -> models.transition(other.project, 2, Stage.STAGING, "eve", "a version of another project"));

        List<StageTransition> audit = models.auditTrail(f.project);
        assertEquals(List.of("1 NONE>STAGING alice looks good", "1 STAGING>PRODUCTION alice approved",
                "1 PRODUCTION>ARCHIVED bob replaced in production by version 2: better",
                "2 NONE>PRODUCTION bob better"), audit.stream().map(t -> t.getModelVersion().getNumber() + " "
                + t.getFromStage() + ">" + t.getToStage() + " " + t.getActor() + " " + t.getReason()).toList());
        audit.forEach(t -> assertTrue(t.getAt() != null));

        models.transition(f.project, 2, Stage.ARCHIVED, "bob", "retired");
        assertEquals(null, models.production(f.project), "no Production version is a valid state");
        models.transition(f.project, 1, Stage.STAGING, "alice", "review again");
        assertEquals(Stage.STAGING, models.version(f.project, 1).getStage());
    }

    @Test
    void concurrentPromotionsLeaveExactlyOneProductionVersion() throws Exception {
        Fixture f = fixture(4);
        for (long run : f.runs) {
            train(run, 0.5);
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Object>> promotions = new ArrayList<>();
            for (int v = 1; v <= 4; v++) {
                int version = v;
                promotions.add(() -> models.transition(f.project, version, Stage.PRODUCTION, "user" + version,
                        "race " + version));
            }
            for (Future<Object> done : pool.invokeAll(promotions)) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        List<ModelVersion> versions = models.versions(f.project);
        assertEquals(1, versions.stream().filter(v -> v.getStage() == Stage.PRODUCTION).count());
        assertEquals(3, versions.stream().filter(v -> v.getStage() == Stage.ARCHIVED).count());
        // serialised by the project lock: 4 promotions + 3 archivings, each archiving the Production of its time
        assertEquals(7, models.auditTrail(f.project).size());
    }

    @Test
    void comparisonRanksRunsOnTheMetricAndRegisteredRunsAreKept() {
        Fixture f = fixture(3);
        double[] accuracy = {0.71, 0.93, 0.85};
        for (int i = 0; i < 3; i++) {
            train(f.runs.get(i), 0.6 - 0.1 * i);
            ledger.begin(f.runs.get(i), RunStatus.EVALUATING, RunStatus.TRAINED);
            ledger.saveEvaluation(f.runs.get(i), Map.of("bank", "{\"accuracy\":" + accuracy[i] + "}"),
                    Map.of("bank", 10L), "{\"samples\":10,\"accuracy\":" + accuracy[i] + "}", 10);
        }
        RunComparison byAccuracy = tracking.compare(f.experiment, "accuracy", null);
        assertEquals(List.of(f.runs.get(1), f.runs.get(2), f.runs.get(0)),
                byAccuracy.rows().stream().map(RunComparison.Row::runId).toList());
        assertEquals(f.runs.get(1), byAccuracy.best().runId());
        RunComparison byLoss = tracking.compare(f.experiment, "loss", null);
        assertEquals(f.runs.get(2), byLoss.best().runId(), "lowest final loss");
        assertTrue(models.version(f.project, 2).getMetrics().contains("0.93"), "metrics copied onto the version");
        assertThrows(InvalidInputException.class, () -> tracking.compare(f.experiment, "speed", null));

        assertThrows(ConflictException.class, () -> registry.deleteRun(f.runs.get(0)));
        assertEquals(3, models.versions(f.project).size(), "a refused delete keeps everything");
        models.transition(f.project, 1, Stage.PRODUCTION, "alice", "ship");
        registry.deleteProject(f.project);
        assertEquals(0L, em.createQuery("select count(v) from ModelVersion v where v.project.id = :p", Long.class)
                .setParameter("p", f.project).getSingleResult());
        assertEquals(0L, em.createQuery("select count(t) from StageTransition t where t.modelVersion.project.id = :p",
                Long.class).setParameter("p", f.project).getSingleResult());
    }

    private record Fixture(long project, long experiment, List<Long> runs) {
    }

    private Fixture fixture(int runs) {
        Project project = registry.createProject("models-" + UUID.randomUUID().toString().substring(0, 8), "registry");
        Experiment experiment = registry.createExperiment(project.getId(), "lr", ModelType.LOGISTIC_REGRESSION, "", "relu");
        Participant participant = registry.createParticipant("bank-" + UUID.randomUUID().toString().substring(0, 8),
                "http://10.0.0.9:8080/synergos", KEY);
        Registration registration = registry.register(project.getId(), participant.getId());
        registry.tag(registration.getId(), DataTag.Tag.TRAIN, List.of("bank-train"));
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Hyperparameters h = new Hyperparameters();
            h.setLearningRate(0.1 * (i + 1));
            h.setRounds(1);
            ids.add(registry.createRun(experiment.getId(), "run-" + i, h).getId());
        }
        return new Fixture(project.getId(), experiment.getId(), ids);
    }

    /** What a grid job records at the end of training; returns the registered version number. */
    private int train(long run, double finalLoss) {
        ledger.begin(run, RunStatus.TRAINING, RunStatus.CREATED);
        ledger.saveRound(run, 0, finalLoss, 1.0, Map.of("bank", finalLoss), List.of("bank"), List.of(), List.of(), null);
        return ledger.finishTraining(run, "/tmp/run-" + run + ".json", null, artefact(run), "[]", null);
    }

    private static String artefact(long run) {
        return "{\"format\":\"synergos-model\",\"version\":1,\"runId\":" + run + "}";
    }
}
