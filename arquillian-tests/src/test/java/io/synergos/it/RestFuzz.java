package io.synergos.it;

import io.synergos.ops.Node;
import io.synergos.ops.SynergosClient;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fuzzes every operation of the served OpenAPI document with input generated from its schema that must be refused:
 * identifiers of the wrong kind in its path, and, where it takes a JSON body, bodies that are not JSON, not the
 * schema's shape, a property of the wrong type, null, a huge number, deep nesting, invalid Unicode, or over the size
 * limit. Every answer must be a refusal (4xx) with no stack trace; a wrong body sent to an existing object must not
 * be accepted; and what the TTP stores must be the same afterwards. Operations that take no body and name no object
 * (a reindex, say) are only called with a wrong query.
 */
final class RestFuzz {

    /** How many operations and cases were tried, by kind, and what went wrong. */
    record Report(int operations, int cases, Map<String, Integer> perKind, List<String> failures) {
        @Override
        public String toString() {
            return "REST fuzz: " + cases + " cases on " + operations + " operations " + perKind + ", "
                    + failures.size() + " failures";
        }
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final List<String> WRONG_IDS = List.of("abc", "-1", "0", "99999999999999999999", "1.5", "%E2%82",
            "..%2F..%2Fetc", "%20", "null", "1e3");
    /** Over the server's limit on a request body (10 MiB, synergos.cli). */
    private static final int OVERSIZED = 11 * 1024 * 1024;

    private final Node ttp;
    private final SynergosClient admin;
    private final SynergosClient worker;
    private final Map<String, Integer> perKind = new TreeMap<>();
    private final List<String> failures = new ArrayList<>();
    private int cases;

    /** The TTP is called as its admin; a Worker's control API at {@code workerNode}, with its control key. */
    RestFuzz(Node ttp, Node workerNode) {
        this.ttp = ttp;
        this.admin = SynergosClient.asAdmin(ttp);
        this.worker = SynergosClient.withControlKey(workerNode);
    }

    Report run() {
        JsonObject document = Json.createReader(new StringReader(admin.raw("GET", "openapi?format=JSON", null, null)
                .body())).readObject();
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        String before = snapshot();
        Map<String, String> existing = existingIds();
        String oversized = "[" + "1,".repeat(OVERSIZED / 2) + "1]";
        int operations = 0;
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            String relative = path.getKey().replaceFirst("^/api/", "");
            SynergosClient caller = relative.startsWith("worker/") ? worker : admin;
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                if (!List.of("GET", "POST", "PUT", "DELETE").contains(method) || relative.equals("openapi")) {
                    continue;
                }
                operations++;
                JsonObject operation = entry.getValue().asJsonObject();
                JsonObject body = bodySchema(operation, schemas);
                boolean names = PARAMETER.matcher(relative).find();
                if (names) {
                    for (String id : WRONG_IDS) {
                        send(caller, method, fill(relative, p -> id), body == null ? null : "{}", "wrong id", false);
                    }
                } else if (body == null && method.equals("GET")) {
                    // (an action that takes no body and names no object, a reindex say, is not run)
                    send(caller, method, relative + "?offset=-5&limit=99999999999999&q=%00%FF&format=%7B",
                            null, "wrong query", false);
                }
                if (body != null) {
                    String target = fill(relative, p -> existing.getOrDefault(p, "1"));
                    boolean required = operation.getJsonObject("requestBody").getBoolean("required", false);
                    for (String wrong : structural()) {
                        if (required || !(wrong.isEmpty() || wrong.equals("null"))) {
                            send(caller, method, target, wrong, "not the schema's shape", true);
                        }
                    }
                    if (caller == admin) {
                        oversized(method, target, oversized);
                    }
                    sendBytes(caller, method, target, new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3,
                            (byte) 0x28, (byte) 0xFF, '"', '}'}, "invalid UTF-8");
                    for (Map.Entry<String, JsonValue> property : properties(body, schemas).entrySet()) {
                        for (String value : wrongValues(property.getValue().asJsonObject(), schemas)) {
                            send(caller, method, target, "{\"" + property.getKey() + "\":" + value + "}",
                                    "wrong property", true);
                        }
                    }
                }
            }
        }
        String after = snapshot();
        if (!before.equals(after)) {
            failures.add("what the TTP stores changed:\nbefore " + before + "\nafter  " + after);
        }
        return new Report(operations, cases, perKind, failures);
    }

    private void send(SynergosClient caller, String method, String path, String body, String kind, boolean mustRefuse) {
        if (Boolean.getBoolean("synergos.test.fuzz.trace")) {
            System.err.println(method + " " + path + " " + kind + " " + (body == null ? "" : abbreviate(body)));
        }
        HttpResponse<String> response = caller.raw(method, path, body == null ? null : "application/json", body);
        check(method, path, body, kind, mustRefuse, response);
    }

    /**
     * An 11 MB body over a socket of its own, read while it is written: the server may answer (and stop reading)
     * before the body ends, which the JDK's client, blocked in its write, would never see.
     */
    private void oversized(String method, String path, String body) {
        cases++;
        perKind.merge("oversized", 1, Integer::sum);
        byte[] bytes = body.getBytes(StandardCharsets.US_ASCII);
        String head = method + " /synergos/api/" + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: "
                + SynergosClient.basic("admin", ttp.adminPassword()) + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n";
        try (javax.net.ssl.SSLSocket socket = (javax.net.ssl.SSLSocket) ttp.selfTls().getSocketFactory()
                .createSocket("127.0.0.1", ttp.httpPort())) {
            socket.setSoTimeout(30_000);
            java.util.concurrent.CompletableFuture<Void> writing = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                    socket.getOutputStream().write(bytes);
                    socket.getOutputStream().flush();
                } catch (java.io.IOException e) {
                    // the server stopped reading: it has answered, or closed
                }
            });
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            writing.cancel(true);
            Matcher status = Pattern.compile("^HTTP/1\\.1 (\\d{3})").matcher(answer);
            if (answer.isEmpty()) {
                return; // closed without an answer: refused
            }
            if (!status.find()) {
                failures.add("not an HTTP answer to an oversized body: " + method + " " + path + " -> " + abbreviate(answer));
            } else if (Integer.parseInt(status.group(1)) < 400 || Integer.parseInt(status.group(1)) >= 500) {
                failures.add("an oversized body answered " + status.group(1) + ": " + method + " " + path + " -> "
                        + abbreviate(answer));
            } else if (answer.contains("Exception") || answer.contains("io.synergos.")) {
                failures.add("a stack trace or a Java class name: " + method + " " + path + " -> " + abbreviate(answer));
            }
        } catch (java.io.IOException e) {
            // the connection was cut: refused
        }
    }

    private void sendBytes(SynergosClient caller, String method, String path, byte[] body, String kind) {
        HttpResponse<String> response = caller.rawBytes(method, path, "application/json", body);
        check(method, path, new String(body, StandardCharsets.ISO_8859_1), kind, true, response);
    }

    private void check(String method, String path, String body, String kind, boolean mustRefuse,
                       HttpResponse<String> response) {
        cases++;
        perKind.merge(kind, 1, Integer::sum);
        int status = response.statusCode();
        String answer = response.body() == null ? "" : response.body();
        String what = method + " " + path + " " + (body == null ? "" : abbreviate(body)) + " -> " + status + " "
                + abbreviate(answer);
        if (status >= 500) {
            failures.add("a server error: " + what);
        } else if (answer.contains("Exception") || answer.contains("\tat ") || answer.contains("java.")
                || answer.contains("io.synergos.")) {
            failures.add("a stack trace or a Java class name: " + what);
        } else if (mustRefuse && status < 400) {
            failures.add("accepted (" + kind + "): " + what);
        }
    }

    /** Bodies that are not JSON or not an object of the schema. */
    private static List<String> structural() {
        return List.of("", "null", "[]", "123", "\"text\"", "true", "{", "{\"a\":", "{\"a\":1,}", "{'a':1}",
                "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":" + "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_001),
                "\"\\ud800\"", "{\"\\ud800\":\"\\udfff\"}", "\"\\u12\"", "1e999999", "NaN", "\u0000");
    }

    /** Values that do not fit a property's schema. */
    private static List<String> wrongValues(JsonObject property, JsonObject schemas) {
        JsonObject resolved = resolve(property, schemas);
        String type = resolved.containsKey("enum") ? "enum" : type(resolved);
        List<String> values = new ArrayList<>(switch (type) {
            case "string" -> List.of("{}", "[]", "true", "12", "\"\\ud800\"");
            case "integer" -> List.of("\"x\"", "{}", "[]", "true", "1e400", "9223372036854775808", "1.5", "\"12\"");
            case "number" -> List.of("\"x\"", "{}", "[]", "true", "1e400", "-1e400", "\"1.5\"");
            case "boolean" -> List.of("\"yes\"", "1", "{}", "[]");
            case "array" -> List.of("\"x\"", "1", "{}", "true", "[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]");
            case "enum" -> List.of("\"NOT_A_VALUE\"", "1", "{}", "[]");
            default -> List.of("\"x\"", "1", "[]", "true");
        });
        values.add("\"" + "x".repeat(100_000) + "\"");
        return values;
    }

    private static String type(JsonObject schema) {
        JsonValue type = schema.get("type");
        if (type == null) {
            return schema.containsKey("properties") ? "object" : "any";
        }
        if (type.getValueType() == JsonValue.ValueType.ARRAY) {
            return ((JsonArray) type).getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString())
                    .filter(t -> !t.equals("null")).findFirst().orElse("any");
        }
        return ((jakarta.json.JsonString) type).getString();
    }

    private static JsonObject bodySchema(JsonObject operation, JsonObject schemas) {
        JsonObject request = operation.getJsonObject("requestBody");
        if (request == null || !request.getJsonObject("content").containsKey("application/json")) {
            return null;
        }
        JsonObject schema = request.getJsonObject("content").getJsonObject("application/json").getJsonObject("schema");
        return schema == null ? null : resolve(schema, schemas);
    }

    private static Map<String, JsonValue> properties(JsonObject schema, JsonObject schemas) {
        JsonObject properties = resolve(schema, schemas).getJsonObject("properties");
        return properties == null ? Map.of() : properties;
    }

    private static JsonObject resolve(JsonObject schema, JsonObject schemas) {
        JsonObject current = schema;
        for (int i = 0; i < 10 && current.containsKey("$ref"); i++) {
            current = schemas.getJsonObject(current.getString("$ref").replaceFirst("^#/components/schemas/", ""));
        }
        if (current.containsKey("allOf")) {
            for (JsonValue part : current.getJsonArray("allOf")) {
                JsonObject resolved = resolve(part.asJsonObject(), schemas);
                if (resolved.containsKey("properties") || resolved.containsKey("type")) {
                    return resolved;
                }
            }
        }
        return current;
    }

    private static String fill(String path, java.util.function.UnaryOperator<String> value) {
        Matcher m = PARAMETER.matcher(path);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(filled, Matcher.quoteReplacement(value.apply(m.group(1))));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    /** Identifiers of objects the TTP holds, by the name of the path parameter that names them. */
    private Map<String, String> existingIds() {
        Map<String, String> ids = new LinkedHashMap<>();
        JsonArray projects = admin.get("projects").asJsonArray();
        if (!projects.isEmpty()) {
            JsonObject project = projects.getJsonObject(0);
            ids.put("id", Long.toString(project.getJsonNumber("id").longValue()));
            ids.put("projectId", ids.get("id"));
        }
        JsonArray participants = admin.get("participants").asJsonArray();
        if (!participants.isEmpty()) {
            ids.put("name", participants.getJsonObject(0).getString("name"));
        }
        ids.put("number", "1");
        ids.put("tag", "train");
        ids.put("dataset", "ljubljana-train");
        ids.put("run", "1");
        ids.put("runId", "1");
        return ids;
    }

    /** What the TTP stores, as its API lists it. */
    private String snapshot() {
        StringBuilder all = new StringBuilder();
        for (String list : List.of("projects", "participants", "orchestration/jobs", "catalog/datasets?limit=100")) {
            all.append(list).append('=').append(admin.get(list)).append('\n');
        }
        for (JsonObject project : admin.get("projects").asJsonArray().getValuesAs(JsonObject.class)) {
            long id = project.getJsonNumber("id").longValue();
            all.append(admin.get("projects/" + id + "/registrations")).append('\n');
            all.append(admin.get("registry/projects/" + id + "/versions")).append('\n');
            for (JsonObject experiment : admin.get("projects/" + id + "/experiments").asJsonArray()
                    .getValuesAs(JsonObject.class)) {
                all.append(experiment).append('\n');
                for (JsonObject run : admin.get("experiments/" + experiment.getJsonNumber("id").longValue() + "/runs")
                        .asJsonArray().getValuesAs(JsonObject.class)) {
                    all.append(run).append(admin.get("contribution/runs/" + run.getJsonNumber("id").longValue()))
                            .append('\n');
                }
            }
        }
        return all.toString();
    }

    private static String abbreviate(String text) {
        String flat = text.replaceAll("\\s+", " ");
        return flat.length() > 160 ? flat.substring(0, 160) + "..." : flat;
    }
}
