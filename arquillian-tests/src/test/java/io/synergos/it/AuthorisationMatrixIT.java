package io.synergos.it;

import io.synergos.ops.Node;
import io.synergos.ops.Nodes;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every operation of the served OpenAPI document, tried anonymously and as each role, answers what
 * {@code security/authorisation-matrix.tsv} declares; an operation without a row (or a row without an operation)
 * fails the test. A participant is tried on its own objects and on another organisation's, in a project both take
 * part in, which must answer 404 as if they did not exist. Allowed callers are given ids that do not exist and
 * bodies that do not parse wherever the call would change something, so that the matrix changes nothing; the
 * participant's own changes are harmless ones. Nothing may ever answer 500. The TTP also trusts a test identity
 * provider (a key pair made here): its good bearer tokens sign in with their roles, and expired ones, another issuer's
 * or audience's, another key's, altered or unsigned ones are refused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuthorisationMatrixIT {

    private static final String MISSING = "999999";
    private static final List<String> ROLES = List.of("anonymous", "admin", "viewer", "predictor", "participant");

    private static GridFixture grid;
    private static Node worker;
    private static SynergosClient admin;
    private static final Map<String, SynergosClient> callers = new LinkedHashMap<>();
    /** Path parameter values by kind: own objects and another organisation's. */
    private static final Map<String, String> own = new LinkedHashMap<>();
    private static final Map<String, String> foreign = new LinkedHashMap<>();
    private static long orgA;
    private static long orgB;
    private static long sharedProject;
    /** The identity provider's signing key: the TTP accepts bearer tokens it signs (iss ISSUER, aud AUDIENCE). */
    private static java.security.KeyPair identityProvider;
    private static final String ISSUER = "https://idp.hospital.example";
    private static final String AUDIENCE = "synergos-ttp";

    @BeforeAll
    static void start() throws Exception {
        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        identityProvider = rsa.generateKeyPair();
        String pem = "-----BEGIN PUBLIC KEY-----" + java.util.Base64.getEncoder().encodeToString(
                identityProvider.getPublic().getEncoded()) + "-----END PUBLIC KEY-----";
        grid = new GridFixture("authz", 5400, Map.of("synergos.jwt.public-key", pem, "synergos.jwt.issuer", ISSUER,
                "synergos.jwt.audience", AUDIENCE));
        worker = grid.workers.get(0);
        admin = grid.client;
        orgA = admin.createParticipant("org-a", worker.baseUrl(), worker.accessKey());
        orgB = admin.createParticipant("org-b", grid.workers.get(1).baseUrl(), grid.workers.get(1).accessKey());
        // org-a and org-b share a project; org-b alone has another
        sharedProject = admin.createProject("shared", "both take part");
        long onlyB = admin.createProject("b-only", "org-b alone");
        long registrationA = admin.register(sharedProject, orgA);
        long registrationB = admin.register(sharedProject, orgB);
        admin.register(onlyB, orgB);
        admin.tag(registrationA, "train", List.of("wisconsin-train"));
        admin.tag(registrationB, "train", List.of("wisconsin-train"));
        long experimentA = admin.createExperiment(sharedProject, "lr", "LOGISTIC_REGRESSION", "", "relu");
        long experimentB = admin.createExperiment(onlyB, "lr", "LOGISTIC_REGRESSION", "", "relu");
        long runA = admin.createRun(experimentA, "r", Json.createObjectBuilder().add("rounds", 1).build());
        long runB = admin.createRun(experimentB, "r", Json.createObjectBuilder().add("rounds", 1).build());

        own.putAll(Map.of("project", Long.toString(sharedProject), "experiment", Long.toString(experimentA),
                "run", Long.toString(runA), "registration", Long.toString(registrationA),
                "participant", Long.toString(orgA), "name", "org-a"));
        foreign.putAll(Map.of("project", Long.toString(onlyB), "experiment", Long.toString(experimentB),
                "run", Long.toString(runB), "registration", Long.toString(registrationB),
                "participant", Long.toString(orgB), "name", "org-b"));

        Nodes.addUser(grid.ttp, "viewer1", "viewer-pass-1", List.of("viewer"));
        Nodes.addUser(grid.ttp, "predictor1", "predictor-pass-1", List.of("predictor"));
        Nodes.addUser(grid.ttp, "alice", "alice-pass-1", List.of("participant"));
        Nodes.addUser(grid.ttp, "mallory", "mallory-pass-1", List.of("participant"));
        callers.put("anonymous", new SynergosClient(grid.ttp.baseUrl()));
        callers.put("admin", admin);
        callers.put("viewer", SynergosClient.asUser(grid.ttp.baseUrl(), "viewer1", "viewer-pass-1"));
        callers.put("predictor", SynergosClient.asUser(grid.ttp.baseUrl(), "predictor1", "predictor-pass-1"));
        // the participant signs in as its Worker does: its name and the Worker's control key
        callers.put("participant", SynergosClient.asParticipant(grid.ttp.baseUrl(), "org-a", worker.accessKey()));
    }

    @AfterAll
    static void stop() {
        if (grid != null) {
            grid.stop();
        }
    }

    record Row(String method, String path, Map<String, String> expected) {
        boolean worker() {
            return expected.isEmpty();
        }

        boolean changes() {
            return !method.equals("GET");
        }

        String key() {
            return method + " " + path;
        }
    }

    @Test
    @Order(1)
    void everyOperationAnswersWhatTheTableDeclaresForEveryRole() throws Exception {
        List<Row> table = table();
        Set<String> declared = table.stream().map(Row::key).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> served = operations();
        Set<String> undeclared = new LinkedHashSet<>(served);
        undeclared.removeAll(declared);
        Set<String> stale = new LinkedHashSet<>(declared);
        stale.removeAll(served);
        assertEquals(Set.of(), undeclared, "operations of the OpenAPI document without a row in the matrix");
        assertEquals(Set.of(), stale, "rows of the matrix for operations the OpenAPI document does not have");

        List<String> wrong = new ArrayList<>();
        int calls = 0;
        // changes last, and deleting the participant's own registration last of all: it ends its part in the project
        List<Row> ordered = table.stream().sorted(Comparator.comparing((Row r) -> r.method().equals("DELETE"))
                .thenComparing(r -> r.path().equals("/registrations/{id}"))).toList();
        for (Row row : ordered) {
            if (row.worker()) {
                calls += checkWorker(row, wrong);
                continue;
            }
            for (String role : ROLES) {
                String expected = row.expected().get(role);
                SynergosClient caller = callers.get(role);
                if (expected.equals("own")) {
                    calls += 2;
                    HttpResponse<String> theirs = call(caller, row, foreign, true);
                    if (theirs.statusCode() != 404) {
                        wrong.add(row.key() + " as participant on another organisation's: expected 404, got "
                                + theirs.statusCode() + " " + theirs.body());
                    }
                    HttpResponse<String> mine = call(caller, row, own, true);
                    if (refused(mine) || hidden(mine)) {
                        wrong.add(row.key() + " as participant on its own: expected it allowed, got "
                                + mine.statusCode() + " " + mine.body());
                    }
                    continue;
                }
                calls++;
                boolean allowed = expected.equals("ok");
                // allowed changes go to ids that do not exist, with a body that does not parse: nothing changes
                HttpResponse<String> r = call(caller, row, allowed && row.changes() ? Map.of() : own, false);
                boolean right = allowed ? !refused(r) : r.statusCode() == Integer.parseInt(expected);
                if (!right || r.statusCode() == 500) {
                    wrong.add(row.key() + " as " + role + ": expected " + expected + ", got " + r.statusCode() + " "
                            + r.body());
                }
            }
        }
        System.out.printf("authorisation matrix: %d operations x %d callers, %d calls%n", table.size(), ROLES.size(),
                calls);
        assertEquals(List.of(), wrong, "answers that differ from the declared matrix");
    }

    @Test
    @Order(2)
    void aParticipantListsOnlyWhatIsItsOwnAndAnOperatorAccountIsBoundByTheAdmin() {
        SynergosClient orgAsWorker = callers.get("participant");
        // (the matrix deleted org-a's registration in the shared project at its very end: register it again)
        admin.register(sharedProject, orgA);
        assertEquals(List.of("shared"), names(orgAsWorker.get("projects")));
        assertEquals(List.of("org-a"), names(orgAsWorker.get("participants")));
        assertEquals(Set.of("org-a"), orgAsWorker.get("projects/" + sharedProject + "/registrations").asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("participant")).collect(Collectors.toSet()),
                "org-b's registration in the same project stays hidden");
        assertFalse(orgAsWorker.get("participants/" + orgA).toString().contains(worker.accessKey()),
                "no control key in any answer");

        // an account with the role participant sees nothing until an admin binds it to a participant
        SynergosClient alice = SynergosClient.asUser(grid.ttp.baseUrl(), "alice", "alice-pass-1");
        assertEquals(List.of(), names(alice.get("projects")));
        assertEquals(404, alice.raw("GET", "projects/" + sharedProject, null, null).statusCode());
        admin.put("participants/" + orgA, Json.createObjectBuilder().add("name", "org-a")
                .add("baseUrl", worker.baseUrl()).add("operator", "alice").build());
        assertEquals(List.of("shared"), names(alice.get("projects")));
        assertEquals("alice", alice.get("participants/" + orgA).asJsonObject().getString("operator"));
        SynergosClient mallory = SynergosClient.asUser(grid.ttp.baseUrl(), "mallory", "mallory-pass-1");
        assertEquals(List.of(), names(mallory.get("participants")));
        assertEquals(404, mallory.raw("GET", "participants/" + orgA, null, null).statusCode());

        // a participant keeps its connection info up to date but cannot rename itself or bind another account
        HttpResponse<String> rename = orgAsWorker.raw("PUT", "participants/" + orgA, "application/json",
                "{\"name\":\"org-z\",\"baseUrl\":\"" + worker.baseUrl() + "\"}");
        assertEquals(400, rename.statusCode(), rename.body());
        assertTrue(rename.body().contains("only the TTP's admin renames a participant"), rename.body());
        HttpResponse<String> bind = alice.raw("PUT", "participants/" + orgA, "application/json",
                "{\"name\":\"org-a\",\"baseUrl\":\"" + worker.baseUrl() + "\",\"operator\":\"mallory\"}");
        assertEquals(400, bind.statusCode(), bind.body());
        assertEquals("alice", admin.get("participants/" + orgA).asJsonObject().getString("operator"),
                "nothing changed");
    }

    @Test
    @Order(3)
    void refusalsSayWhatIsWrongAsProblemDetailsAndTheControlKeyAloneSignsNobodyIn() {
        HttpResponse<String> anonymous = callers.get("anonymous").raw("GET", "projects", null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse(""));
        assertTrue(anonymous.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Basic")),
                anonymous.headers().allValues("WWW-Authenticate").toString());
        assertTrue(anonymous.headers().allValues("WWW-Authenticate").stream().anyMatch(c -> c.startsWith("Bearer")),
                "bearer tokens are offered too");
        assertTrue(anonymous.body().contains("sign in first"), anonymous.body());

        HttpResponse<String> viewer = callers.get("viewer").raw("DELETE", "projects/" + sharedProject, null, null);
        assertEquals(403, viewer.statusCode());
        assertTrue(viewer.body().contains("'viewer1' has no role that may call DELETE /projects/" + sharedProject),
                viewer.body());
        assertEquals("shared", admin.get("projects/" + sharedProject).asJsonObject().getString("name"), "still there");

        assertEquals(401, new SynergosClient(grid.ttp.baseUrl(), worker.accessKey()).raw("GET", "projects", null, null)
                .statusCode(), "a Worker's control key is presented with its participant's name, never alone");
        assertEquals(401, SynergosClient.withControlKey(grid.ttp.baseUrl(), worker.accessKey()).raw("GET", "projects",
                null, null).statusCode(), "nor as a Worker's control call");
        assertEquals(401, SynergosClient.asParticipant(grid.ttp.baseUrl(), "org-a", grid.workers.get(1).accessKey())
                .raw("GET", "projects", null, null).statusCode(), "another Worker's key for org-a");
        assertEquals(401, SynergosClient.asUser(grid.ttp.baseUrl(), "viewer1", "wrong").raw("GET", "projects", null,
                null).statusCode());
    }

    @Test
    @Order(4)
    void aWorkersOwnApiAsksForSignInToo() {
        for (String path : List.of("projects", "node", "participants")) {
            assertEquals(401, new SynergosClient(worker.baseUrl()).raw("GET", path, null, null).statusCode(), path);
        }
        assertEquals(200, SynergosClient.asAdmin(worker).raw("GET", "node", null, null).statusCode());
    }

    @Test
    @Order(5)
    void bearerTokensFromTheIdentityProviderAreAcceptedAndEveryFlawedOneRefused() throws Exception {
        long now = java.time.Instant.now().getEpochSecond();
        JsonObject good = claims("carol@hospital", List.of("admin"), ISSUER, AUDIENCE, now + 300);
        assertEquals(200, bearer(sign(good, identityProvider)).raw("GET", "projects", null, null).statusCode(),
                "a good token signs carol in as an admin");
        HttpResponse<String> viewerToken = bearer(sign(claims("dave@hospital", List.of("viewer"), ISSUER, AUDIENCE,
                now + 300), identityProvider)).raw("DELETE", "projects/" + sharedProject, null, null);
        assertEquals(403, viewerToken.statusCode());
        assertTrue(viewerToken.body().contains("'dave@hospital' has no role"), "the token's subject is the caller: "
                + viewerToken.body());

        java.security.KeyPairGenerator rsa = java.security.KeyPairGenerator.getInstance("RSA");
        rsa.initialize(2048);
        java.security.KeyPair stranger = rsa.generateKeyPair();
        String signed = sign(good, identityProvider);
        String[] parts = signed.split("\\.");
        String elevated = parts[0] + "." + b64(Json.createObjectBuilder(good).add("sub", "mallory").build().toString())
                + "." + parts[2];
        Map<String, String> flawed = new LinkedHashMap<>();
        flawed.put("expired", sign(claims("carol@hospital", List.of("admin"), ISSUER, AUDIENCE, now - 120),
                identityProvider));
        flawed.put("another issuer", sign(claims("carol@hospital", List.of("admin"), "https://idp.elsewhere.example",
                AUDIENCE, now + 300), identityProvider));
        flawed.put("another audience", sign(claims("carol@hospital", List.of("admin"), ISSUER, "another-service",
                now + 300), identityProvider));
        flawed.put("signed by another key", sign(good, stranger));
        flawed.put("changed after signing", elevated);
        flawed.put("unsigned (alg none)", b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(good.toString()) + ".");
        flawed.put("not a token at all", "not-a-token");
        for (Map.Entry<String, String> token : flawed.entrySet()) {
            assertEquals(401, bearer(token.getValue()).raw("GET", "projects", null, null).statusCode(),
                    "a token " + token.getKey() + " is refused");
        }
        HttpResponse<String> noRole = bearer(sign(claims("erin@hospital", List.of(), ISSUER, AUDIENCE, now + 300),
                identityProvider)).raw("GET", "projects", null, null);
        assertEquals(403, noRole.statusCode(), "a good token without a role signs in but may call nothing");
        assertEquals(403, bearer(sign(claims("erin@hospital", List.of("predictor"), ISSUER, AUDIENCE, now + 300),
                identityProvider)).raw("GET", "projects", null, null).statusCode());
    }

    @Test
    @Order(6)
    void theOpenApiDocumentIsAContractAndLintsCleanWithSpectral() throws Exception {
        String document = openApi();
        JsonObject paths = Json.createReader(new StringReader(document)).readObject().getJsonObject("paths");
        List<String> incomplete = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            for (Map.Entry<String, JsonValue> op : path.getValue().asJsonObject().entrySet()) {
                JsonObject operation = op.getValue().asJsonObject();
                String where = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                if (!operation.containsKey("operationId") || !ids.add(operation.getString("operationId"))) {
                    incomplete.add(where + ": no operationId, or one used twice");
                }
                if (!operation.containsKey("tags") || operation.getJsonArray("tags").isEmpty()
                        || operation.getString("summary", "").isBlank()) {
                    incomplete.add(where + ": no tag or summary");
                }
                // the document-wide requirement (an account or a bearer token) applies where an operation names none
                if (path.getKey().contains("/worker/") && !operation.toString().contains("controlKey")) {
                    incomplete.add(where + ": a Worker's control API without its control-key requirement");
                }
                JsonObject responses = operation.getJsonObject("responses");
                for (String status : List.of("400", "401", "403", "404", "500")) {
                    if (responses == null || !responses.containsKey(status) || !responses.getJsonObject(status)
                            .getJsonObject("content").containsKey("application/problem+json")) {
                        incomplete.add(where + ": no problem+json " + status);
                    }
                }
            }
        }
        assertEquals(List.of(), incomplete);
        assertEquals(96, ids.size(), "every operation has its own operationId");

        java.nio.file.Path tools = grid.nodes.home().resolve("tools/openapi");
        java.nio.file.Path spectral = tools.resolve("node_modules/.bin/spectral");
        if (!java.nio.file.Files.isExecutable(spectral)) {
            boolean npm = run(tools, List.of("npm", "--version")) != null;
            if (!npm) {
                System.out.println("*** SKIPPED: linting the OpenAPI document with Spectral needs npm on the PATH ***");
                org.junit.jupiter.api.Assumptions.abort("npm is not installed: Spectral lint skipped");
            }
            String installed = run(tools, List.of("npm", "ci", "--no-audit", "--no-fund", "--silent"));
            assertTrue(java.nio.file.Files.isExecutable(spectral), "npm ci installed Spectral: " + installed);
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("synergos-openapi", ".json");
        java.nio.file.Files.writeString(file, document);
        String lint = run(tools, List.of(spectral.toString(), "lint", file.toString(), "--ruleset",
                tools.resolve(".spectral.yaml").toString(), "--fail-severity", "warn", "--format", "text"));
        System.out.println("Spectral (spectral:oas) on the served OpenAPI document: " + (lint == null ? "failed"
                : lint.isBlank() ? "no problem" : lint));
        assertTrue(lint != null, "Spectral found problems (see the output above)");
    }

    /** Runs a command in {@code dir}; its output when it exits 0, null when it fails or cannot start. */
    private static String run(java.nio.file.Path dir, List<String> command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                System.out.println(String.join(" ", command) + " failed:\n" + out);
                return null;
            }
            return out.strip();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static JsonObject claims(String subject, List<String> groups, String issuer, String audience,
                                     long expires) {
        return Json.createObjectBuilder().add("sub", subject).add("iss", issuer).add("aud", audience)
                .add("groups", Json.createArrayBuilder(groups)).add("iat", expires - 600).add("exp", expires).build();
    }

    /** A compact JWS, RS256, as an identity provider issues it. */
    private static String sign(JsonObject claims, java.security.KeyPair key) throws Exception {
        String input = b64("{\"alg\":\"RS256\",\"typ\":\"JWT\"}") + "." + b64(claims.toString());
        java.security.Signature rs256 = java.security.Signature.getInstance("SHA256withRSA");
        rs256.initSign(key.getPrivate());
        rs256.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
    }

    private static String b64(String json) {
        return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static SynergosClient bearer(String token) {
        return new SynergosClient(grid.ttp.baseUrl(), token);
    }

    // --- the calls ---

    private static int checkWorker(Row row, List<String> wrong) {
        String path = row.path().replace("{dataset}", "wisconsin-train").replace("{name}", "wisconsin-train")
                .replace("{run}", MISSING).substring(1);
        String body = row.changes() ? "{" : null;
        HttpResponse<String> anonymous = new SynergosClient(worker.baseUrl()).raw(row.method(), path,
                body == null ? null : "application/json", body);
        if (anonymous.statusCode() != 401) {
            wrong.add(row.key() + " on a Worker without its control key: expected 401, got " + anonymous.statusCode());
        }
        HttpResponse<String> keyed = SynergosClient.withControlKey(worker.baseUrl(), worker.accessKey()).raw(row.method(), path,
                body == null ? null : "application/json", body);
        if (refused(keyed)) {
            wrong.add(row.key() + " on a Worker with its control key: expected it allowed, got " + keyed.statusCode()
                    + " " + keyed.body());
        }
        return 2;
    }

    /**
     * Calls the row's operation. {@code ids} resolves the path's parameters (an empty map: ids that do not exist);
     * {@code validBody}: a body the participant's operations accept, else one that does not parse.
     */
    private static HttpResponse<String> call(SynergosClient caller, Row row, Map<String, String> ids,
                                             boolean validBody) {
        String path = resolve(row.path(), ids);
        String body = null;
        if (!row.method().equals("GET") && !row.method().equals("DELETE")) {
            body = validBody ? participantBody(row, ids) : "{";
        }
        return caller.raw(row.method(), path.substring(1), body == null ? null : "application/json", body);
    }

    /** Harmless bodies for what a participant may change: the same connection info, a tag, a registration. */
    private static String participantBody(Row row, Map<String, String> ids) {
        return switch (row.key()) {
            case "PUT /participants/{id}" -> Json.createObjectBuilder().add("name", ids.get("name"))
                    .add("baseUrl", (ids == own ? worker : grid.workers.get(1)).baseUrl()).build().toString();
            case "POST /projects/{id}/registrations" -> "{\"participantId\":" + ids.get("participant") + "}";
            case "PUT /registrations/{id}/tags/{tag}" -> "{\"datasets\":[\"wisconsin-train\"]}";
            case "POST /runs/{id}/predictions" -> "{\"participant\":\"" + ids.get("name") + "\"}";
            default -> "{}";
        };
    }

    private static String resolve(String template, Map<String, String> ids) {
        String kind = template.startsWith("/projects/") || template.startsWith("/tracking/projects/")
                || template.startsWith("/serving/projects/") || template.startsWith("/registry/projects/")
                || template.startsWith("/lineage/projects/") ? "project"
                : template.startsWith("/experiments/") || template.startsWith("/tracking/experiments/")
                || template.startsWith("/orchestration/experiments/") ? "experiment"
                : template.startsWith("/runs/") || template.startsWith("/tracking/runs/")
                || template.startsWith("/contribution/runs/") || template.startsWith("/orchestration/runs/") ? "run"
                : template.startsWith("/registrations/") ? "registration"
                : template.startsWith("/participants/") ? "participant" : "other";
        Matcher m = Pattern.compile("\\{([A-Za-z]+)}").matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "name" -> ids.getOrDefault("name", "no-such-participant");
                case "tag" -> "train";
                case "dataset" -> "wisconsin-train";
                case "number" -> "1";
                case "id", "projectId", "runId" -> ids.getOrDefault(kind, MISSING);
                default -> MISSING;
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static boolean refused(HttpResponse<String> r) {
        return r.statusCode() == 401 || r.statusCode() == 403 || r.statusCode() == 500;
    }

    /** A 404 that is the participant's scope saying no (its own object must never answer so). */
    private static boolean hidden(HttpResponse<String> r) {
        return r.statusCode() == 404 && own.entrySet().stream().anyMatch(e -> r.body().contains(
                e.getKey().equals("name") ? "no participant '" + e.getValue() + "'"
                        : "no " + e.getKey() + " with id " + e.getValue() + "\""));
    }

    // --- the table and the document ---

    private static List<Row> table() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AuthorisationMatrixIT.class.getResourceAsStream("/security/authorisation-matrix.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.trim().split("\\s+");
                Map<String, String> expected = new LinkedHashMap<>();
                if (!cells[2].equals("worker")) {
                    assertEquals(7, cells.length, "a row names every caller: " + line);
                    for (int i = 0; i < ROLES.size(); i++) {
                        assertTrue(Set.of("401", "403", "ok", "own").contains(cells[2 + i]), "unknown cell: " + line);
                        expected.put(ROLES.get(i), cells[2 + i]);
                    }
                }
                rows.add(new Row(cells[0], cells[1], expected));
            }
        }
        return rows;
    }

    private static String openApi() throws Exception {
        HttpResponse<String> r = grid.client.raw("GET", "openapi?format=JSON", null, null);
        assertEquals(200, r.statusCode());
        return r.body();
    }

    /** Every operation of the served OpenAPI document, as "METHOD /path" relative to /api. */
    private static Set<String> operations() throws Exception {
        JsonObject paths = Json.createReader(new StringReader(openApi())).readObject().getJsonObject("paths");
        Set<String> operations = new LinkedHashSet<>();
        for (Map.Entry<String, JsonValue> path : paths.entrySet()) {
            String relative = path.getKey().replaceFirst("^/synergos/api", "").replaceFirst("^/api", "");
            for (String method : path.getValue().asJsonObject().keySet()) {
                if (Set.of("get", "put", "post", "delete", "patch", "head", "options").contains(method)) {
                    operations.add(method.toUpperCase(Locale.ROOT) + " " + relative);
                }
            }
        }
        assertTrue(operations.size() > 50, "the document lists the API: " + operations.size());
        return operations;
    }

    private static List<String> names(JsonValue list) {
        return list.asJsonArray().getValuesAs(JsonObject.class).stream().map(o -> o.getString("name")).toList();
    }
}
