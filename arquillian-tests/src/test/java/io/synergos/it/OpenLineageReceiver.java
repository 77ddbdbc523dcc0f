package io.synergos.it;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What Marquez is to a TTP: an HTTP endpoint that accepts OpenLineage events at {@code /api/v1/lineage}, keeps
 * them, and checks them against the OpenLineage 2-0-2 RunEvent schema.
 */
final class OpenLineageReceiver implements AutoCloseable {

    private static final Schema SCHEMA;

    static {
        try (InputStream in = OpenLineageReceiver.class.getResourceAsStream("/openlineage/run-event-2-0-2.schema.json")) {
            SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final HttpServer server;
    private final List<JsonObject> events = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    OpenLineageReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/lineage", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            int status = 201;
            if (!"POST".equals(exchange.getRequestMethod())) {
                status = 405;
            } else {
                synchronized (events) {
                    events.add(Json.createReader(new StringReader(body)).readObject());
                    events.notifyAll();
                }
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The Authorization header of every request received, in order ("null" when there was none). */
    List<String> authorizations() {
        return List.copyOf(authorizations);
    }

    List<JsonObject> all() {
        return List.copyOf(events);
    }

    /** The events of the job {@code name}, in the order they arrived, once {@code count} have. */
    List<JsonObject> await(String name, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        synchronized (events) {
            while (true) {
                List<JsonObject> of = events.stream()
                        .filter(e -> e.getJsonObject("job").getString("name").equals(name)).toList();
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (of.size() >= count) {
                    return of;
                }
                if (left <= 0) {
                    throw new AssertionError(of.size() + " events of job " + name + " arrived, expected " + count
                            + "; all: " + events);
                }
                try {
                    events.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /** What is wrong with an event by the schema (formats asserted too); empty when it is valid. */
    static List<String> validate(String json) {
        return SCHEMA.validate(json, InputFormat.JSON, (ctx, schema) -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)))
                .stream().map(Error::toString).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
