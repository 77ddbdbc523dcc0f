package io.synergos.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A TTP node keeps what it registered across a restart: in its H2 file by default, and in PostgreSQL when
 * started with the launcher's database options (configuration alone, same EAR).
 */
class NodePersistenceIT {

    private final Nodes nodes = Nodes.fromSystemProperty();

    @Test
    void theEmbeddedH2FileSurvivesARestart() {
        survivesRestart("it-h2-ttp", 1700, Nodes.Database.H2);
    }

    @Test
    void postgresqlWorksByConfigurationAlone() {
        if (!Databases.postgresReachable()) {
            System.out.println("*** " + Databases.skipMessage() + " ***");
        }
        Assumptions.assumeTrue(Databases.postgresReachable(), Databases.skipMessage());
        survivesRestart("it-pg-ttp", 1800, new Nodes.Database("postgresql", Databases.POSTGRES_URL,
                Databases.POSTGRES_USER, null));
    }

    private void survivesRestart(String name, int offset, Nodes.Database db) {
        Node ttp = nodes.start(name, "ttp", null, offset, db, true);
        try {
            SynergosClient client = SynergosClient.asAdmin(ttp);
            long project = client.createProject(name + "-" + System.nanoTime(), "kept across restarts");
            long experiment = client.createExperiment(project, "e", "MLP", "8", "tanh");
            nodes.stop(name);
            nodes.start(name, "ttp", null, offset, db, false);
            JsonObject stored = client.get("experiments/" + experiment).asJsonObject();
            assertEquals(project, stored.getJsonNumber("projectId").longValue());
            assertEquals("8", stored.getString("hiddenLayers"));
            assertEquals("kept across restarts", client.get("projects/" + project).asJsonObject()
                    .getString("description"));
        } finally {
            nodes.stop(name);
        }
    }
}
