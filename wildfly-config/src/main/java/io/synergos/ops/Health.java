package io.synergos.ops;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A node's health as its management interface serves it (MicroProfile Health: {@code /health/ready},
 * {@code /health/live} on 127.0.0.1:9990 + offset), for {@code node status} and the tests.
 */
public final class Health {

    private Health() {
    }

    /** The node's readiness (or liveness) report; empty when the node does not answer. */
    public static Optional<JsonObject> report(Node node, String which) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.managementPort() + "/health/"
                + which)).timeout(Duration.ofSeconds(10)).build();
        try {
            HttpResponse<String> response = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(Json.createReader(new StringReader(response.body())).readObject());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** One line: ready or not, and what is down or degraded. */
    public static String describe(Node node) {
        Optional<JsonObject> ready = report(node, "ready");
        if (ready.isEmpty()) {
            return "health: no answer from its management interface (port " + node.managementPort() + ")";
        }
        List<String> notes = new ArrayList<>();
        for (JsonObject check : ready.get().getJsonArray("checks").getValuesAs(JsonObject.class)) {
            JsonObject data = check.containsKey("data") ? check.getJsonObject("data") : JsonObject.EMPTY_JSON_OBJECT;
            if (!"UP".equals(check.getString("status"))) {
                notes.add(check.getString("name") + " DOWN" + (data.containsKey("error") ? " (" + data.getString("error")
                        + ")" : ""));
            } else if ("degraded".equals(data.getString("status", ""))) {
                notes.add(check.getString("name") + " degraded, unreachable: " + data.getString("unreachable", "?"));
            }
        }
        return "health: " + ("UP".equals(ready.get().getString("status")) ? "ready" : "NOT READY")
                + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
    }
}
