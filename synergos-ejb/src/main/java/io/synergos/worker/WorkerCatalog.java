package io.synergos.worker;

import io.synergos.metadata.CatalogEntryRequest;
import io.synergos.metadata.CatalogPublication;
import io.synergos.metadata.DatasetProfile;
import io.synergos.node.InvalidInputException;
import io.synergos.node.Json;
import io.synergos.node.NodeConfig;
import io.synergos.node.tls.NodeTls;
import io.synergos.node.tls.TlsFailures;
import io.synergos.node.tls.TlsMismatchException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Publishes, changes and withdraws this Worker's datasets in its TTP's data catalog. The profile (schema, rounded
 * row count, version) is computed here from the file; only it and the owner's metadata leave the node, signed in
 * with the Worker's control key, which the TTP knows for the participant.
 */
@ApplicationScoped
public class WorkerCatalog {

    @Inject
    WorkerDatasets datasets;

    @Inject
    NodeConfig node;

    @Inject
    NodeTls tls;

    /** The TTP's answer, status and body, relayed to the Worker's caller. */
    public record Answer(int status, String body) {
    }

    public DatasetProfile profile(String dataset, CatalogEntryRequest request) {
        int granularity = request.rowGranularity() == null ? 1 : request.rowGranularity();
        if (granularity < 1 || granularity > 1_000_000) {
            throw new InvalidInputException("rowGranularity", "must be 1 to 1000000, not " + granularity);
        }
        return datasets.profile(dataset, request.label(), request.types(), granularity);
    }

    public Answer publish(String dataset, CatalogEntryRequest request, boolean change) {
        DatasetProfile profile = profile(dataset, request);
        Entity<String> json = Entity.entity(Json.write(new CatalogPublication(request, profile)),
                MediaType.APPLICATION_JSON);
        return call(request, datasets -> change ? one(datasets, dataset).request(MediaType.APPLICATION_JSON).put(json)
                : datasets.request(MediaType.APPLICATION_JSON).post(json));
    }

    public Answer withdraw(String dataset, CatalogEntryRequest request, boolean force) {
        return call(request, datasets -> one(datasets, dataset).queryParam("force", force)
                .request(MediaType.APPLICATION_JSON).delete());
    }

    private static WebTarget one(WebTarget datasets, String dataset) {
        return datasets.path("{dataset}").resolveTemplate("dataset", dataset);
    }

    /**
     * Sends to the TTP's catalog path for this participant's datasets, signed in as the participant with the
     * Worker's control key, and returns the TTP's answer (a refused sign-in is the caller's wrong participant).
     */
    private Answer call(CatalogEntryRequest request, Function<WebTarget, Response> send) {
        if (request.participant() == null || request.participant().isBlank()) {
            throw new InvalidInputException("participant", "is required: the name this Worker is registered under at "
                    + "the TTP");
        }
        if (request.catalog() == null || !request.catalog().matches("https?://[^\\s/]+(/[^\\s]*)?")) {
            throw new InvalidInputException("catalog", "must be the TTP's base URL, such as "
                    + "https://ttp:8443/synergos, not '" + request.catalog() + "'");
        }
        javax.net.ssl.SSLContext context;
        try {
            context = tls.contextFor(URI.create(request.catalog()));
        } catch (TlsMismatchException e) {
            throw new InvalidInputException("catalog", e.getMessage());
        }
        String key = node.workerKey().orElseThrow(() -> new InvalidInputException("this Worker has no control key, "
                + "which the TTP knows it by"));
        ClientBuilder builder = ClientBuilder.newBuilder();
        if (context != null) {
            builder.sslContext(context);
        }
        Client client = builder.connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                // the Worker signs in to the TTP as its participant, with its control key (see synergos.cli)
                .register((ClientRequestFilter) r -> r.getHeaders().putSingle(HttpHeaders.AUTHORIZATION,
                        "Basic " + java.util.Base64.getEncoder().encodeToString((request.participant() + ":" + key)
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .build();
        try {
            WebTarget datasets = client.target(URI.create(request.catalog()))
                    .path("api/catalog/participants/{name}/datasets").resolveTemplate("name", request.participant());
            try (Response response = send.apply(datasets)) {
                if (response.getStatus() == 401) {
                    throw new InvalidInputException("participant", "the TTP at " + request.catalog() + " did not "
                            + "accept this Worker as participant '" + request.participant() + "' (HTTP 401): give the "
                            + "name this Worker is registered under there, whose control key is this Worker's");
                }
                return new Answer(response.getStatus(), response.hasEntity() ? response.readEntity(String.class) : "");
            }
        } catch (ProcessingException e) {
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new InvalidInputException("catalog", "the TTP at " + request.catalog() + " is unreachable: "
                    + TlsFailures.explain(e, cause));
        } finally {
            client.close();
        }
    }
}
