package io.synergos.it;

import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The data catalog across real nodes: two Workers publish their datasets from their own files to the TTP's catalog;
 * search by text, column and facet within what each caller may see; versions that follow the file; every bad input
 * refused with nothing changed; withdrawal of a dataset in use; the index after a TTP restart.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CatalogIT {

    private static GridFixture grid;
    private static Node workerA;
    private static Node workerB;
    private static SynergosClient admin;
    private static SynergosClient viewer;
    private static SynergosClient clinicA;
    private static SynergosClient clinicB;
    private static long participantA;
    private static long participantB;
    private static long catalogRun;
    private static OpenLineageReceiver lineageReceiver;

    @BeforeAll
    static void start() throws Exception {
        lineageReceiver = new OpenLineageReceiver();
        grid = new GridFixture("it-catalog", 5100, java.util.Map.of("synergos.openlineage.url",
                lineageReceiver.url()));
        workerA = grid.workers.get(0);
        workerB = grid.workers.get(1);
        participantA = grid.client.createParticipant("clinic-a", workerA.baseUrl(), workerA.accessKey());
        participantB = grid.client.createParticipant("clinic-b", workerB.baseUrl(), workerB.accessKey());
        admin = SynergosClient.asAdmin(grid.ttp);
        Nodes.addUser(grid.ttp, "viewer1", "viewer-pass-1", List.of("viewer"));
        viewer = SynergosClient.asUser(grid.ttp.baseUrl(), "viewer1", "viewer-pass-1");
        clinicA = SynergosClient.asParticipant(grid.ttp.baseUrl(), "clinic-a", workerA.accessKey());
        clinicB = SynergosClient.asParticipant(grid.ttp.baseUrl(), "clinic-b", workerB.accessKey());

        publish(workerA, "clinic-a", "wisconsin-train", entry("Breast cancer biopsies, Wisconsin",
                "Cell nuclei measured on fine-needle aspirates, with the diagnosis", "oncology", "public")
                .add("keywords", Json.createArrayBuilder().add("diagnosis").add("pathology"))
                .add("rowGranularity", 50));
        publish(workerA, "clinic-a", "ljubljana-train", entry("Breast cancer recurrence, Ljubljana",
                "Recurrence after surgery, categorical clinical features", "oncology", "private"));
        publish(workerB, "clinic-b", "cpu-train", entry("Computer hardware performance",
                "Relative CPU performance by vendor and cycle time", "hardware", "public"));
    }

    @AfterAll
    static void stop() {
        if (grid != null) {
            grid.stop();
        }
        if (lineageReceiver != null) {
            lineageReceiver.close();
        }
    }

    @Test
    @Order(1)
    void publishedEntriesCarryTheSchemaARoundedCountAndAVersionButNoRows() {
        JsonObject wisconsin = only(admin, "wisconsin");
        assertEquals("clinic-a", wisconsin.getString("owner"));
        assertEquals("classification", wisconsin.getString("task"));
        assertEquals(0, wisconsin.getJsonNumber("rowCount").longValue() % 50, "rounded to the owner's granularity");
        assertEquals(64, wisconsin.getString("version").length());
        JsonObject radius = wisconsin.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("mean_radius")).findFirst().orElseThrow();
        assertEquals("numeric", radius.getString("type"));
        JsonObject ljubljana = only(admin, "recurrence");
        JsonObject age = ljubljana.getJsonArray("columns").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("age")).findFirst().orElseThrow();
        assertEquals("categorical", age.getString("type"));
        assertTrue(age.getInt("categories") > 1, age.toString());
        assertEquals("PUBLISHED", admin.get("catalog/datasets/" + wisconsin.getJsonNumber("id") + "/audit")
                .asJsonArray().getJsonObject(0).getString("action"));
    }

    @Test
    @Order(2)
    void searchFindsByTextTypoColumnAndFacetWithCounts() {
        assertEquals(Set.of("wisconsin-train", "ljubljana-train"), names(search(admin, "cancer")));
        assertEquals(Set.of("wisconsin-train", "ljubljana-train"), names(search(admin, "cancr")), "a typo is forgiven");
        assertEquals(Set.of("wisconsin-train"), names(search(admin, "column:mean_radius AND type:numeric cancer")));
        assertEquals(Set.of(), names(search(admin, "column:mean_radius type:categorical")),
                "the column and its type go together");
        assertEquals(Set.of("cpu-train"), names(search(admin, "task:regression")));
        assertEquals(Set.of("wisconsin-train", "ljubljana-train"), names(search(admin, "domain:Oncology")));
        assertEquals(Set.of("wisconsin-train"), names(search(admin, "keyword:pathology")));
        JsonObject all = search(admin, "");
        assertEquals(3, all.getInt("total"));
        assertEquals(2, all.getJsonObject("facets").getJsonObject("owner").getInt("clinic-a"));
        assertEquals(1, all.getJsonObject("facets").getJsonObject("task").getInt("regression"));
        JsonArray ranked = search(admin, "wisconsin").getJsonArray("hits");
        assertEquals("wisconsin-train", ranked.getJsonObject(0).getString("name"), "the title match ranks first");
        assertEquals(3, search(viewer, "").getInt("total"), "a viewer reads the whole catalog");
    }

    @Test
    @Order(3)
    void aParticipantNeverFindsAnotherOrganisationsPrivateEntry() {
        assertEquals(Set.of("wisconsin-train"), names(searchAs(clinicB, "clinic-b", "cancer")));
        assertEquals(Set.of("wisconsin-train", "cpu-train"), names(searchAs(clinicB, "clinic-b", "")));
        assertEquals(Set.of("wisconsin-train", "ljubljana-train"), names(searchAs(clinicA, "clinic-a", "cancer")),
                "its own private entry");
        assertEquals(404, clinicB.raw("GET", "catalog/participants/clinic-a/search?q=cancer", null, null).statusCode(),
                "another participant's key");
        assertEquals(401, new SynergosClient(grid.ttp.baseUrl()).raw("GET", "catalog/datasets?q=x", null, null)
                .statusCode());

        // the DCAT export for external catalogs holds the public entries only
        JsonObject dcat = admin.get("catalog/dcat").asJsonObject();
        assertEquals("dcat:Catalog", dcat.getString("@type"));
        Set<String> exported = dcat.getJsonArray("dcat:dataset").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("dct:identifier")).collect(Collectors.toSet());
        assertEquals(Set.of("clinic-a/wisconsin-train", "clinic-b/cpu-train"), exported);
        JsonObject first = dcat.getJsonArray("dcat:dataset").getJsonObject(0);
        assertEquals("dcat:Dataset", first.getString("@type"));
        assertTrue(first.getJsonObject("csvw:tableSchema").getJsonArray("csvw:column").size() > 5, first.toString());
    }

    @Test
    @Order(4)
    void badInputIsRefusedWithWhatIsWrongAndNothingChanges() {
        String before = search(admin, "").toString();
        assertProblem(workerA, "POST", "wisconsin-train", entry("again", null, null, "public"), 409,
                "already has a catalog entry named 'wisconsin-train'");
        assertProblem(workerA, "POST", "wine-train", entry("Wine", null, null, "public").add("label", "colour"), 400,
                "no label column 'colour'");
        assertProblem(workerA, "POST", "ljubljana-evaluate", entry("L", null, null, "public")
                .add("types", Json.createObjectBuilder().add("age", "numeric")), 400, "column 'age'");
        assertProblem(workerA, "POST", "wine-train", entry("x".repeat(201), null, null, "public"), 400,
                "title must be at most 200 characters");
        assertProblem(workerA, "POST", "wine-train", entry("Wine", null, null, "secret"), 400,
                "visibility 'secret' does not exist");
        assertEquals(before, search(admin, "").toString(), "nothing was stored");

        HttpResponse<String> facet = admin.raw("GET", "catalog/datasets?q=" + enc("cancer colour:red"), null, null);
        assertEquals(400, facet.statusCode());
        assertTrue(facet.body().contains("position 8") && facet.body().contains("unknown facet 'colour'"),
                facet.body());
        HttpResponse<String> quote = admin.raw("GET", "catalog/datasets?q=" + enc("cancer \"breast"), null, null);
        assertEquals(400, quote.statusCode());
        assertTrue(quote.body().contains("position 8"), quote.body());

        // a non-owner edits: another participant's key, a viewer
        SynergosClient wrongKey = SynergosClient.withControlKey(workerB.baseUrl(), workerB.accessKey());
        HttpResponse<String> foreign = wrongKey.raw("PUT", "worker/catalog/wisconsin-train", "application/json",
                entry("mine now", null, null, "public").add("participant", "clinic-a")
                        .add("catalog", grid.ttp.baseUrl()).build().toString());
        assertEquals(400, foreign.statusCode(), foreign.body());
        assertTrue(foreign.body().contains("did not accept this Worker as participant 'clinic-a' (HTTP 401)"),
                foreign.body());
        long id = only(admin, "wisconsin").getJsonNumber("id").longValue();
        assertEquals(403, viewer.raw("PUT", "catalog/datasets/" + id, "application/json", "{\"title\":\"x\"}")
                .statusCode());
        assertEquals(before, search(admin, "").toString(), "nothing changed");
    }

    @Test
    @Order(5)
    void changingTheFileMakesANewVersionAndTheAuditSaysWhatChanged() throws Exception {
        JsonObject cpu = only(admin, "hardware");
        Path file = workerB.dataDir().resolve("cpu-train.csv");
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, lines.get(1) + "\n", StandardOpenOption.APPEND);
        HttpResponse<String> changed = workerApi(workerB).raw("PUT", "worker/catalog/cpu-train", "application/json",
                entry("Computer hardware performance", null, null, "public").add("participant", "clinic-b")
                        .add("catalog", grid.ttp.baseUrl()).build().toString());
        assertEquals(200, changed.statusCode(), changed.body());
        JsonObject after = only(admin, "hardware");
        assertNotEquals(cpu.getString("version"), after.getString("version"));
        assertEquals(cpu.getJsonNumber("rowCount").longValue() + 1, after.getJsonNumber("rowCount").longValue());
        JsonArray audit = admin.get("catalog/datasets/" + after.getJsonNumber("id") + "/audit").asJsonArray();
        JsonObject last = audit.getJsonObject(audit.size() - 1);
        assertEquals("CHANGED", last.getString("action"));
        assertEquals("participant clinic-b", last.getString("actor"));
        assertTrue(last.getString("changes").contains("version: '" + cpu.getString("version")), last.toString());

        JsonObject byAdmin = admin.put("catalog/datasets/" + after.getJsonNumber("id"), Json.createObjectBuilder()
                .add("description", "CPU benchmarks, 1987").build());
        assertEquals("CPU benchmarks, 1987", byAdmin.getString("description"));
        assertEquals(Set.of("cpu-train"), names(search(admin, "benchmarks")), "the index follows the change");
        JsonArray again = admin.get("catalog/datasets/" + after.getJsonNumber("id") + "/audit").asJsonArray();
        assertEquals("admin", again.getJsonObject(again.size() - 1).getString("actor"));
    }

    @Test
    @Order(6)
    void aRunRegisteredFromTheCatalogRecordsItsVersionsAndCatchesAChangedFile() throws Exception {
        JsonObject wisconsin = only(admin, "column:mean_radius");
        long entry = wisconsin.getJsonNumber("id").longValue();
        long project = grid.client.createProject("catalog-run", "trains on a catalog entry");
        long experiment = grid.client.createExperiment(project, "lr", "LOGISTIC_REGRESSION", "", "relu");
        long registrationA = grid.client.register(project, participantA);
        grid.client.tag(registrationA, "train", List.of("catalog:" + entry));
        long registrationB = grid.client.register(project, participantB);
        HttpResponse<String> foreign = grid.client.raw("PUT", "registrations/" + registrationB + "/tags/train",
                "application/json", "{\"datasets\":[\"catalog:" + entry + "\"]}");
        assertEquals(400, foreign.statusCode());
        assertTrue(foreign.body().contains("names catalog entry " + entry + ", which is not one of clinic-b's entries"),
                foreign.body());
        grid.client.tag(registrationB, "train", List.of("wisconsin-train"));

        JsonObject trained = train(experiment, "from-catalog");
        catalogRun = trained.getInt("id");
        assertEquals("TRAINED", trained.getString("status"), trained.toString());
        List<JsonObject> used = trained.getJsonArray("datasets").getValuesAs(JsonObject.class);
        JsonObject a = used.stream().filter(u -> u.getString("participant").equals("clinic-a")).findFirst()
                .orElseThrow();
        assertEquals("wisconsin-train", a.getString("dataset"), "catalog:" + entry + " resolved to the entry's file");
        assertEquals(entry, a.getJsonNumber("catalogEntry").longValue());
        assertEquals(wisconsin.getString("version"), a.getString("version"), "the version the run read");
        assertFalse(a.getBoolean("mismatch"));
        JsonObject b = used.stream().filter(u -> u.getString("participant").equals("clinic-b")).findFirst()
                .orElseThrow();
        assertFalse(b.containsKey("catalogEntry") && !b.isNull("catalogEntry"),
                "clinic-b's copy is not catalogued: " + b);
        assertEquals(64, b.getString("version").length());

        // lineage both ways: the data behind the production model, and the models a catalogued dataset fed
        admin.post("registry/projects/" + project + "/versions/1/transitions", Json.createObjectBuilder()
                .add("stage", "PRODUCTION").add("reason", "trained on catalogued data").build());
        JsonObject up = admin.get("lineage/projects/" + project + "/production").asJsonObject();
        Set<String> upNodes = ids(up);
        String datasetNode = "dataset:clinic-a/wisconsin-train@" + wisconsin.getString("version").substring(0, 12);
        assertTrue(upNodes.containsAll(Set.of("catalog:" + entry, datasetNode, "run:" + trained.getInt("id"),
                "serving:" + project)), upNodes.toString());
        assertTrue(up.getJsonArray("edges").getValuesAs(JsonObject.class).stream().anyMatch(e ->
                e.getString("from").equals(datasetNode) && e.getString("to").equals("run:" + trained.getInt("id"))),
                up.toString());
        JsonObject down = admin.get("lineage/catalog/" + entry).asJsonObject();
        assertTrue(down.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().anyMatch(n ->
                n.getString("kind").equals("model-version") && n.getJsonObject("properties").getString("stage")
                        .equals("PRODUCTION")), down.toString());
        assertTrue(ids(down).contains("serving:" + project), down.toString());
        assertEquals(404, admin.raw("GET", "lineage/catalog/999999", null, null).statusCode());

        // the model version and its run are catalogued by themselves: type, hyperparameters, data versions, stage
        JsonArray models = admin.get("catalog/models?dataset=catalog:" + entry).asJsonArray();
        assertEquals(1, models.size(), models.toString());
        JsonObject model = models.getJsonObject(0);
        assertEquals("PRODUCTION", model.getString("stage"));
        assertTrue(model.getBoolean("served"));
        assertEquals("LOGISTIC_REGRESSION", model.getString("modelType"));
        assertEquals(2, model.getJsonObject("hyperparameters").getInt("rounds"));
        assertEquals(64, model.getString("checksum").length());
        assertTrue(model.getJsonArray("datasets").getValuesAs(JsonObject.class).stream().anyMatch(u ->
                u.getString("version").equals(wisconsin.getString("version"))), model.toString());
        assertEquals(0, admin.get("catalog/models?stage=ARCHIVED").asJsonArray().size());
        HttpResponse<String> badStage = admin.raw("GET", "catalog/models?stage=LIVE", null, null);
        assertEquals(400, badStage.statusCode());
        assertTrue(badStage.body().contains("stage must be NONE, STAGING, PRODUCTION or ARCHIVED, not 'LIVE'"),
                badStage.body());
        JsonObject experimentEntry = admin.get("catalog/experiments?project=" + project).asJsonArray().getJsonObject(0);
        assertEquals("LOGISTIC_REGRESSION", experimentEntry.getString("modelType"));
        JsonObject runEntry = experimentEntry.getJsonArray("runs").getJsonObject(0);
        assertEquals("from-catalog", runEntry.getString("name"));
        assertEquals(1, runEntry.getInt("modelVersion"));
        assertEquals(2, runEntry.getJsonArray("datasets").size(), "both participants' data, with versions");

        // evaluation records the exact evaluate data too, beside the training data
        publish(workerA, "clinic-a", "wisconsin-evaluate", entry("Wisconsin biopsies withheld for evaluation", null,
                "oncology", "private"));
        long evaluateEntry = only(admin, "withheld").getJsonNumber("id").longValue();
        grid.client.tag(registrationA, "evaluate", List.of("catalog:" + evaluateEntry));
        grid.client.post("runs/" + catalogRun + "/evaluation", Json.createObjectBuilder().build());
        JsonObject evaluated = grid.client.awaitStatus(catalogRun, java.time.Duration.ofMinutes(3),
                Set.of("EVALUATED", "FAILED"));
        assertEquals("EVALUATED", evaluated.getString("status"), evaluated.toString());
        List<JsonObject> recorded = evaluated.getJsonArray("datasets").getValuesAs(JsonObject.class);
        assertEquals(3, recorded.size(), recorded.toString());
        JsonObject evaluate = recorded.stream().filter(u -> u.getString("tag").equals("evaluate")).findFirst()
                .orElseThrow();
        assertEquals("wisconsin-evaluate", evaluate.getString("dataset"));
        assertEquals(evaluateEntry, evaluate.getJsonNumber("catalogEntry").longValue());
        assertEquals(64, evaluate.getString("version").length());
        assertTrue(admin.get("lineage/models/" + model.getJsonNumber("id")).asJsonObject().getJsonArray("edges")
                .getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("relation").equals("evaluated")));
        // data a run only evaluated on fed no model: the run shows with its 'evaluated' edge, its model does not
        assertEquals(0, admin.get("catalog/models?dataset=catalog:" + evaluateEntry).asJsonArray().size(),
                "no model was trained on the evaluate data");
        JsonObject evaluatedDown = admin.get("lineage/catalog/" + evaluateEntry).asJsonObject();
        assertTrue(ids(evaluatedDown).contains("run:" + catalogRun), evaluatedDown.toString());
        assertTrue(evaluatedDown.getJsonArray("edges").getValuesAs(JsonObject.class).stream().anyMatch(e ->
                e.getString("relation").equals("evaluated") && e.getString("to").equals("run:" + catalogRun)),
                evaluatedDown.toString());
        assertTrue(evaluatedDown.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().noneMatch(n ->
                n.getString("kind").equals("model-version")), evaluatedDown.toString());

        Path file = workerA.dataDir().resolve("wisconsin-train.csv");
        List<String> lines = Files.readAllLines(file);
        Files.writeString(file, lines.get(1) + "\n", StandardOpenOption.APPEND);
        JsonObject refused = train(experiment, "changed-file");
        assertEquals("FAILED", refused.getString("status"));
        assertTrue(refused.getString("statusReason").contains("clinic-a's dataset 'wisconsin-train' changed on disk "
                + "since it was catalogued (catalog entry " + entry + " has version " + wisconsin.getString("version")
                .substring(0, 12)), refused.getString("statusReason"));

        grid.client.put("projects/" + project, Json.createObjectBuilder().add("name", "catalog-run")
                .add("catalogVersionPolicy", "warn").build());
        JsonObject warned = train(experiment, "warned");
        assertEquals("TRAINED", warned.getString("status"), warned.toString());
        assertTrue(warned.getJsonArray("datasets").getValuesAs(JsonObject.class).stream()
                .anyMatch(u -> u.getBoolean("mismatch")), warned.toString());
        assertEquals(400, grid.client.raw("PUT", "projects/" + project, "application/json",
                "{\"name\":\"catalog-run\",\"catalogVersionPolicy\":\"ignore\"}").statusCode());
    }

    @Test
    @Order(7)
    void openLineageEventsForEachTrainingArriveAndValidateAgainstTheSchema() {
        // the TTP sends to the receiver this test started (synergos.openlineage.url); every node of the other test
        // classes runs without one, and sends nothing
        String job = "catalog-run.lr.from-catalog.training";
        List<JsonObject> trained = lineageReceiver.await(job, 2);
        assertEquals(List.of("START", "COMPLETE"), trained.stream().map(e -> e.getString("eventType")).toList());
        assertEquals(trained.get(0).getJsonObject("run").getString("runId"),
                trained.get(1).getJsonObject("run").getString("runId"), "one OpenLineage run per phase");
        JsonObject complete = trained.get(1);
        JsonObject wisconsin = complete.getJsonArray("inputs").getValuesAs(JsonObject.class).stream()
                .filter(d -> d.getString("namespace").equals("synergos://clinic-a")).findFirst().orElseThrow();
        assertEquals("wisconsin-train", wisconsin.getString("name"));
        JsonObject facets = wisconsin.getJsonObject("facets");
        assertEquals(64, facets.getJsonObject("version").getString("datasetVersion").length(),
                "the version the run read");
        assertTrue(facets.getJsonObject("schema").getJsonArray("fields").getValuesAs(JsonObject.class).stream()
                .anyMatch(f -> f.getString("name").equals("mean_radius") && f.getString("type").equals("numeric")),
                "the catalog's schema: " + facets);
        assertTrue(complete.getJsonArray("inputs").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("namespace").equals("synergos://clinic-b")), complete.toString());
        assertEquals("models/catalog-run/v1", complete.getJsonArray("outputs").getJsonObject(0).getString("name"));

        List<JsonObject> refused = lineageReceiver.await("catalog-run.lr.changed-file.training", 2);
        assertEquals(List.of("START", "FAIL"), refused.stream().map(e -> e.getString("eventType")).toList());
        assertTrue(refused.get(1).getJsonObject("run").getJsonObject("facets").getJsonObject("errorMessage")
                .getString("message").contains("changed on disk"), refused.get(1).toString());

        for (JsonObject event : lineageReceiver.all()) {
            assertEquals(List.of(), OpenLineageReceiver.validate(event.toString()), event.toString());
        }
        // the schema does refuse what the standard refuses
        String broken = Json.createObjectBuilder(complete).remove("run").build().toString();
        assertFalse(OpenLineageReceiver.validate(broken).isEmpty(), "an event without its run is invalid");
        String badFacet = complete.toString().replace("\"datasetVersion\"", "\"datasetVersionX\"");
        assertFalse(OpenLineageReceiver.validate(badFacet).isEmpty(), "a version facet without datasetVersion");
    }

    private static JsonObject train(long experiment, String name) {
        long run = grid.client.createRun(experiment, name, Json.createObjectBuilder().add("rounds", 2)
                .add("localEpochs", 1).build());
        grid.client.post("runs/" + run + "/training", Json.createObjectBuilder().build());
        return grid.client.awaitStatus(run, java.time.Duration.ofMinutes(3), Set.of("TRAINED", "FAILED", "STOPPED"));
    }

    @Test
    @Order(8)
    void aDatasetInUseIsWithdrawnOnlyWhenForced() {
        long project = grid.client.createProject("catalog-use", "uses wisconsin");
        long registration = grid.client.register(project, participantA);
        grid.client.tag(registration, "train", List.of("wisconsin-train"));
        String withdraw = "worker/catalog/wisconsin-train?participant=clinic-a&catalog=" + enc(grid.ttp.baseUrl());
        HttpResponse<String> refused = workerApi(workerA).raw("DELETE", withdraw, null, null);
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("project 'catalog-use' registration " + registration + " (train)"),
                refused.body());
        assertEquals(Set.of("wisconsin-train"), names(search(admin, "keyword:pathology")), "still there");
        HttpResponse<String> forced = workerApi(workerA).raw("DELETE", withdraw + "&force=true", null, null);
        assertEquals(204, forced.statusCode(), forced.body());
        assertEquals(Set.of(), names(search(admin, "keyword:pathology")));
        String warning = grid.client.run(catalogRun).getString("catalogWarning", "");
        assertTrue(warning.contains("which participant clinic-a withdrew by force at")
                && warning.contains("(clinic-a/wisconsin-train)"), "the run that trained on it is marked: " + warning);
    }

    @Test
    @Order(9)
    void theIndexSurvivesARestartOfTheTtpAndIsRebuiltWhenLost() throws Exception {
        Set<String> before = names(search(admin, ""));
        assertFalse(before.isEmpty());
        grid.nodes.stop(grid.ttp.name());
        grid.nodes.start(grid.ttp.name(), "ttp", null, grid.ttp.portOffset(), Nodes.Database.H2, false);
        assertEquals(before, names(search(admin, "")));
        assertEquals(Set.of("ljubljana-train"), names(search(admin, "recurrence")));

        // an index lost with its disk is rebuilt from the database at the next start
        grid.nodes.stop(grid.ttp.name());
        Path index = grid.ttp.baseDir().resolve("data/synergos-search");
        assertTrue(Files.isDirectory(index), "the index lives in the node's data dir: " + index);
        try (var files = Files.walk(index)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        assertFalse(Files.exists(index), "the index is gone");
        grid.nodes.start(grid.ttp.name(), "ttp", null, grid.ttp.portOffset(), Nodes.Database.H2, false);
        assertEquals(before, grid.client.await(() -> names(search(admin, "")), before::equals,
                java.time.Duration.ofSeconds(60), "the rebuilt index"));
    }

    @Test
    @Order(10)
    void theLauncherPublishesChangesAndWithdrawsFromTheWorkersNode() throws Exception {
        String[] common = {"--node", workerB.name(), "--participant", "clinic-b", "--ttp", grid.ttp.baseUrl(),
                "--dataset", "wine-train"};
        assertEquals(1, launcher(common, "catalog", "publish", "--title", "Wine", "--label", "no-such-column"),
                "refused: the label is not a column");
        assertEquals(Set.of(), names(search(admin, "vinho")));
        assertEquals(0, launcher(common, "catalog", "publish", "--title", "Vinho verde wine quality",
                "--keywords", "wine,quality", "--domain", "food", "--visibility", "public", "--row-granularity", "100"));
        JsonObject wine = only(admin, "vinho");
        assertEquals("clinic-b", wine.getString("owner"));
        assertEquals(0, wine.getJsonNumber("rowCount").longValue() % 100);
        assertEquals(0, launcher(common, "catalog", "change", "--title", "Vinho verde, red and white",
                "--visibility", "public"));
        assertEquals("Vinho verde, red and white", only(admin, "vinho").getString("title"));
        assertEquals(0, launcher(new String[] {"--node", grid.ttp.name(), "--q", "keyword:wine"}, "catalog", "search"));
        assertEquals(0, launcher(common, "catalog", "withdraw"));
        assertEquals(Set.of(), names(search(admin, "vinho")));
    }

    private static int launcher(String[] options, String... words) throws Exception {
        String[] args = new String[words.length + options.length];
        System.arraycopy(words, 0, args, 0, words.length);
        System.arraycopy(options, 0, args, words.length, options.length);
        return io.synergos.ops.Launcher.run(args);
    }

    // --- helpers ---

    private static JsonObjectBuilder entry(String title, String description, String domain, String visibility) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("title", title).add("visibility", visibility);
        if (description != null) {
            b.add("description", description);
        }
        if (domain != null) {
            b.add("domain", domain);
        }
        return b;
    }

    private static SynergosClient workerApi(Node worker) {
        return SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey());
    }

    private static void publish(Node worker, String participant, String dataset, JsonObjectBuilder entry) {
        HttpResponse<String> r = workerApi(worker).raw("POST", "worker/catalog/" + dataset, "application/json",
                entry.add("participant", participant).add("catalog", grid.ttp.baseUrl()).build().toString());
        assertEquals(201, r.statusCode(), r.body());
    }

    private static void assertProblem(Node worker, String method, String dataset, JsonObjectBuilder entry, int status,
                                      String detail) {
        HttpResponse<String> r = workerApi(worker).raw(method, "worker/catalog/" + dataset, "application/json",
                entry.add("participant", "clinic-a").add("catalog", grid.ttp.baseUrl()).build().toString());
        assertEquals(status, r.statusCode(), r.body());
        assertTrue(r.body().contains(detail), r.body());
    }

    private static JsonObject search(SynergosClient client, String q) {
        return client.get("catalog/datasets?q=" + enc(q)).asJsonObject();
    }

    private static JsonObject searchAs(SynergosClient client, String participant, String q) {
        return client.get("catalog/participants/" + participant + "/search?q=" + enc(q)).asJsonObject();
    }

    private static JsonObject only(SynergosClient client, String q) {
        JsonArray hits = search(client, q).getJsonArray("hits");
        assertTrue(!hits.isEmpty(), "no hit for " + q);
        return hits.getJsonObject(0);
    }

    private static Set<String> ids(JsonObject graph) {
        return graph.getJsonArray("nodes").getValuesAs(JsonObject.class).stream().map(n -> n.getString("id"))
                .collect(Collectors.toSet());
    }

    private static Set<String> names(JsonObject result) {
        return result.getJsonArray("hits").getValuesAs(JsonObject.class).stream().map(h -> h.getString("name"))
                .collect(Collectors.toSet());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
