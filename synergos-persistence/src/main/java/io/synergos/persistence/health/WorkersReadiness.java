package io.synergos.persistence.health;

import io.synergos.persistence.participant.Participant;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * The Workers a TTP cannot reach (no TCP connection to their address within 2 s), named in the check's data. A TTP
 * with unreachable Workers is still ready, since other runs need other Workers: the check is UP with
 * {@code "status": "degraded"}; the grids leave such Workers out or fail their runs, as each run's minWorkers says.
 * Checked in parallel, at most every 10 s (a scrape does not probe every Worker each time). While the database cannot
 * be read (the database check reports that), the Workers last read from it are probed: a check that threw would turn the
 * whole health report into an error instead of the readiness it is asked for.
 */
@Readiness
@ApplicationScoped
public class WorkersReadiness implements HealthCheck {

    private static final long REFRESH_NANOS = 10_000_000_000L;

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    private volatile HealthCheckResponse last;
    private volatile long checkedAt;
    /** The registered Workers' addresses as last read, for when the database cannot be read. */
    private volatile Map<String, String> known;

    @Override
    // no transaction: a query that fails would mark it for rollback, and its commit would then throw after all
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public HealthCheckResponse call() {
        if (!Checks.ttp()) {
            return HealthCheckResponse.named("workers").up().withData("workers", "none (a Worker)").build();
        }
        HealthCheckResponse cached = last;
        if (cached != null && System.nanoTime() - checkedAt < REFRESH_NANOS) {
            return cached;
        }
        Map<String, String> addresses = new TreeMap<>();
        String unread = null;
        try {
            for (Participant p : em.createQuery("select p from Participant p", Participant.class).getResultList()) {
                addresses.put(p.getName(), p.getBaseUrl());
            }
            known = addresses;
        } catch (RuntimeException e) {
            unread = "the registered Workers could not be read (" + Checks.message(e) + ")"
                    + (known == null ? "" : "; probing those last read");
            if (known != null) {
                addresses.putAll(known);
            }
        }
        Map<String, CompletableFuture<Boolean>> probes = new TreeMap<>();
        addresses.forEach((name, url) -> probes.put(name, CompletableFuture.supplyAsync(() -> Checks.reachable(url))));
        List<String> unreachable = probes.entrySet().stream().filter(e -> !e.getValue().join()).map(Map.Entry::getKey)
                .toList();
        org.eclipse.microprofile.health.HealthCheckResponseBuilder response = HealthCheckResponse.named("workers").up()
                .withData("status", unreachable.isEmpty() ? "ok" : "degraded")
                .withData("registered", addresses.size())
                .withData("unreachable", String.join(",", unreachable));
        if (unread != null) {
            response.withData("note", unread);
        }
        last = response.build();
        checkedAt = System.nanoTime();
        return last;
    }
}
