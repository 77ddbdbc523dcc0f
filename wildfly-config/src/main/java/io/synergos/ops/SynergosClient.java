package io.synergos.ops;

import io.synergos.ops.pki.LocalPki;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import javax.net.ssl.SSLContext;

/** A small client of a node's REST control API, as any JAX-RS client would use it. */
public final class SynergosClient {

    private static volatile SSLContext operatorTls;

    /** How long a call may take unless it says otherwise. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final String api;
    private final String authorization;
    private final HttpClient http;

    public SynergosClient(String baseUrl) {
        this(baseUrl, null);
    }

    /** A client that presents {@code bearer}, a bearer token (JWT), on every call. */
    public SynergosClient(String baseUrl, String bearer) {
        this(baseUrl, "Bearer", bearer);
    }

    /**
     * A client of a Worker's control API, presenting its control key as the TTP does ({@code Authorization:
     * SynergosKey <key>}, io.synergos.worker.ControlKey).
     */
    public static SynergosClient withControlKey(String workerBaseUrl, String controlKey) {
        return new SynergosClient(workerBaseUrl, "SynergosKey", controlKey);
    }

    private SynergosClient(String baseUrl, String scheme, String credentials) {
        this(baseUrl, credentials == null ? null : scheme + " " + credentials,
                httpClient(baseUrl, Duration.ofSeconds(5)));
    }

    private SynergosClient(String baseUrl, String authorization, HttpClient http) {
        this.api = baseUrl + "/api/";
        this.authorization = authorization;
        this.http = http;
    }

    /** The same caller, presenting {@code tls} (its client certificate and trusted CAs) instead of the operator's. */
    public SynergosClient withTls(SSLContext tls) {
        return new SynergosClient(api.substring(0, api.length() - "/api/".length()), authorization,
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                        .sslContext(tls).build());
    }

    /**
     * The TLS identity with which the launcher, the demo, the benchmarks and the tests call nodes: the operator's kit
     * of this machine's CA ({@link LocalPki}), made at first use.
     */
    public static SSLContext operatorTls() {
        if (operatorTls == null) {
            synchronized (SynergosClient.class) {
                if (operatorTls == null) {
                    operatorTls = Nodes.fromSystemProperty().pki().operatorContext();
                }
            }
        }
        return operatorTls;
    }

    /**
     * An HTTP/1.1 client for {@code url}: over TLS with the operator's identity when it is https. (HTTP/1.1: the JDK
     * client's HTTP/2 has failed here on a 2 MB answer, "Frame type(32) length(2236474) exceeds MAX_FRAME_SIZE".)
     */
    public static HttpClient httpClient(String url, Duration connectTimeout) {
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout);
        if (url.startsWith("https:")) {
            builder.sslContext(operatorTls());
        }
        return builder.build();
    }

    /** A client that signs in as a user of the node's realm (HTTP Basic), e.g. admin or a predictor. */
    public static SynergosClient asUser(String baseUrl, String user, String password) {
        return new SynergosClient(baseUrl, "Basic", basicCredentials(user, password));
    }

    /** The value of an {@code Authorization} header that signs in with HTTP Basic. */
    public static String basic(String user, String password) {
        return "Basic " + basicCredentials(user, password);
    }

    private static String basicCredentials(String user, String password) {
        return java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * A client that signs in to a TTP as a participant's Worker does: the participant's name and the Worker's control
     * key. It gets the role {@code participant}, bound to that participant.
     */
    public static SynergosClient asParticipant(String ttpBaseUrl, String participant, String controlKey) {
        return asUser(ttpBaseUrl, participant, controlKey);
    }

    /**
     * A client that signs in as the node's generated {@code admin} user, from the node's own machine: with the node's
     * own key, trusting exactly the certificate it presents (see {@link Node#selfTls()}).
     */
    public static SynergosClient asAdmin(Node node) {
        return onNode(asUser(node.baseUrl(), "admin", node.adminPassword()), node);
    }

    /** A client of the Worker's control API presenting its control key, from the Worker's own machine. */
    public static SynergosClient withControlKey(Node worker) {
        return onNode(withControlKey(worker.baseUrl(), worker.accessKey()), worker);
    }

    private static SynergosClient onNode(SynergosClient client, Node node) {
        return node.tls() ? client.withTls(node.selfTls()) : client;
    }

    /** A non-2xx answer: its status and its problem+json body. */
    public static final class ApiException extends RuntimeException {
        private final int status;
        private final String body;

        ApiException(String call, int status, String body) {
            super(call + " answered HTTP " + status + ": " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        public JsonObject problem() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    public JsonValue get(String path) {
        return send("GET", path, null);
    }

    public JsonObject post(String path, JsonObject body) {
        return (JsonObject) send("POST", path, body);
    }

    /** As {@link #post(String, JsonObject)}, for a call that may take longer than the usual minute (a benchmark). */
    public JsonObject post(String path, JsonObject body, Duration timeout) {
        return (JsonObject) send("POST", path, body, timeout);
    }

    public JsonObject put(String path, JsonObject body) {
        return (JsonObject) send("PUT", path, body);
    }

    public void delete(String path) {
        send("DELETE", path, null);
    }

    /** Sends raw text, for tests of malformed input. Returns status and body. */
    public HttpResponse<String> raw(String method, String path, String contentType, String body) {
        return send(method, path, contentType, text(body), TIMEOUT);
    }

    /** Sends raw bytes (which need not be valid UTF-8), for tests of malformed input. Returns status and body. */
    public HttpResponse<String> rawBytes(String method, String path, String contentType, byte[] body) {
        return send(method, path, contentType, HttpRequest.BodyPublishers.ofByteArray(body), TIMEOUT);
    }

    private static HttpRequest.BodyPublisher text(String body) {
        return body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
    }

    private HttpResponse<String> send(String method, String path, String contentType,
                                      HttpRequest.BodyPublisher body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api + path)).timeout(timeout)
                .method(method, body);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        // JSON, the API's language; text for the one operation that speaks Prometheus' format (GET /metrics)
        request.header("Accept", "application/json, text/plain;q=0.5");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + api + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private JsonValue send(String method, String path, JsonObject body) {
        return send(method, path, body, TIMEOUT);
    }

    private JsonValue send(String method, String path, JsonObject body, Duration timeout) {
        HttpResponse<String> response = send(method, path, body == null ? null : "application/json",
                text(body == null ? null : body.toString()), timeout);
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(method + " " + path, response.statusCode(), response.body());
        }
        String text = response.body();
        if (text == null || text.isBlank()) {
            return JsonValue.NULL;
        }
        JsonStructure json = Json.createReader(new StringReader(text)).read();
        return json;
    }

    // --- the TTP's API, as the demo and the tests use it ---

    public long createParticipant(String name, String baseUrl, String accessKey) {
        return id(post("participants", Json.createObjectBuilder().add("name", name).add("baseUrl", baseUrl)
                .add("accessKey", accessKey).build()));
    }

    public long createProject(String name, String description) {
        return id(post("projects", Json.createObjectBuilder().add("name", name).add("description", description)
                .build()));
    }

    public long createExperiment(long project, String name, String modelType, String hidden, String activation) {
        return id(post("projects/" + project + "/experiments", Json.createObjectBuilder().add("name", name)
                .add("modelType", modelType).add("hiddenLayers", hidden).add("activation", activation).build()));
    }

    public long createRun(long experiment, String name, JsonObject hyperparameters) {
        return id(post("experiments/" + experiment + "/runs", Json.createObjectBuilder().add("name", name)
                .add("hyperparameters", hyperparameters).build()));
    }

    /** A run with its settings for valuing contributions while it trains ({@code {"inTraining": true}}). */
    public long createRunWith(long experiment, String name, JsonObject hyperparameters, JsonObject contribution) {
        return id(post("experiments/" + experiment + "/runs", Json.createObjectBuilder().add("name", name)
                .add("hyperparameters", hyperparameters).add("contribution", contribution).build()));
    }

    public long register(long project, long participant) {
        return id(post("projects/" + project + "/registrations", Json.createObjectBuilder()
                .add("participantId", participant).build()));
    }

    public void tag(long registration, String tag, List<String> datasets) {
        put("registrations/" + registration + "/tags/" + tag, Json.createObjectBuilder()
                .add("datasets", Json.createArrayBuilder(datasets)).build());
    }

    public JsonObject run(long run) {
        return (JsonObject) get("runs/" + run);
    }

    public JsonArray rounds(long run) {
        return (JsonArray) get("runs/" + run + "/rounds");
    }

    public JsonArray evaluations(long run) {
        return (JsonArray) get("runs/" + run + "/evaluations");
    }

    public JsonArray predictions(long run) {
        return (JsonArray) get("runs/" + run + "/predictions");
    }

    /**
     * Evaluates a trained run and waits for it; returns the evaluations (one per participant, and the overall one
     * without a participant). An evaluation that fails or is stopped is an IllegalStateException with its reason.
     */
    public JsonArray evaluate(long run, Duration timeout) {
        post("runs/" + run + "/evaluation", JsonValue.EMPTY_JSON_OBJECT);
        JsonObject evaluated = awaitStatus(run, timeout, Set.of("EVALUATED", "FAILED", "STOPPED"));
        if (!evaluated.getString("status").equals("EVALUATED")) {
            throw new IllegalStateException("evaluation of run " + run + " ended " + evaluated.getString("status")
                    + ": " + evaluated.getString("statusReason", "?"));
        }
        return evaluations(run);
    }

    /** The overall (aggregated) metrics among a run's evaluations; empty when there is none. */
    public static java.util.Optional<JsonObject> overall(JsonArray evaluations) {
        return evaluations.getValuesAs(JsonObject.class).stream().filter(e -> e.getString("participant", null) == null)
                .map(e -> e.getJsonObject("metrics")).findFirst();
    }

    /** Polls the run until its status is one of {@code done}; returns the run. */
    public JsonObject awaitStatus(long run, Duration timeout, Set<String> done) {
        return await(() -> run(run), r -> done.contains(r.getString("status")), timeout,
                "run " + run + " to reach " + done);
    }

    public <T> T await(java.util.function.Supplier<T> poll, Predicate<T> until, Duration timeout, String what) {
        Instant deadline = Instant.now().plus(timeout);
        T value = poll.get();
        while (!until.test(value)) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s waiting for " + what
                        + "; last seen: " + value);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            value = poll.get();
        }
        return value;
    }

    /** The id of a created resource, from its representation. */
    public static long id(JsonObject created) {
        return created.getJsonNumber("id").longValue();
    }
}
