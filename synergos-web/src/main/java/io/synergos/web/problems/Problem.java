package io.synergos.web.problems;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** RFC 9457 problem details, the body of every error response. */
public final class Problem {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problem() {
    }

    public static Response of(Response.Status status, String title, String detail) {
        return of(status, title, detail, Map.of());
    }

    public static Response of(Response.Status status, String title, String detail, Map<String, String> fields) {
        return Response.status(status).type(MEDIA_TYPE).entity(body(status, title, detail, fields)).build();
    }

    /** The problem's JSON text, for answers written outside JAX-RS (servlet filters). */
    public static String body(Response.Status status, String title, String detail, Map<String, String> fields) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status.getStatusCode())
                .add("detail", detail == null ? title : detail);
        if (!fields.isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            fields.forEach((field, message) -> errors.add(Json.createObjectBuilder().add("field", field)
                    .add("message", message)));
            body.add("errors", errors);
        }
        return body.build().toString();
    }
}
