package io.synergos.web;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * One JSON-B instance for every request and response body of the API, with JSON-B's default configuration (the
 * same RESTEasy would use). Without a resolver RESTEasy builds a new {@link Jsonb} for every body it reads or
 * writes; profiling the catalog benchmark showed that costing more server CPU than the search itself. A
 * {@link Jsonb} is thread-safe and meant to be reused.
 */
@Provider
public class SharedJsonb implements ContextResolver<Jsonb> {

    private final Jsonb jsonb = JsonbBuilder.create();

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }
}
