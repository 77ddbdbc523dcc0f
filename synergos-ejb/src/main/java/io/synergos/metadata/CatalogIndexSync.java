package io.synergos.metadata;

import io.synergos.node.NodeConfig;
import io.synergos.persistence.catalog.CatalogAudit;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps this TTP's search index consistent with catalog changes that other TTP nodes sharing the database made.
 * With the Lucene backend each TTP has its own index, updated when its own transactions commit; the others' changes
 * reach it through the catalog audit, which every publication, change and withdrawal writes in the same transaction
 * and which names the node that made it. Every few seconds ({@code synergos.catalog.sync-seconds}, default 2; 0 turns
 * it off) this node reads the audit rows of other nodes since its last look and re-indexes those entries as the
 * database now holds them (or removes them). The look-back overlaps by a minute, so rows committed late or stamped by
 * a slightly different clock are not missed; a row is applied once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CatalogIndexSync {

    private static final Logger LOG = Logger.getLogger(CatalogIndexSync.class.getName());
    private static final Duration OVERLAP = Duration.ofMinutes(1);

    @Resource
    TimerService timers;

    @Inject
    NodeConfig node;

    @Inject
    CatalogService catalog;

    private Instant since = Instant.now().minus(OVERLAP);
    private final Map<Long, Instant> applied = new HashMap<>();

    @PostConstruct
    void schedule() {
        long seconds = Long.getLong("synergos.catalog.sync-seconds", 2);
        if (node.role() == NodeConfig.Role.TTP && seconds > 0) {
            timers.createIntervalTimer(seconds * 1000, seconds * 1000, new TimerConfig("catalog index sync", false));
        }
    }

    @Timeout
    void sync() {
        try {
            Instant now = Instant.now();
            Set<Long> entries = new LinkedHashSet<>();
            for (CatalogAudit change : catalog.changesByOthersSince(since)) {
                if (applied.putIfAbsent(change.getId(), change.getAt()) == null) {
                    entries.add(change.getDatasetId());
                }
            }
            if (!entries.isEmpty()) {
                catalog.reindex(entries);
                LOG.fine(() -> "catalog index: applied other nodes' changes to entries " + entries);
            }
            since = now.minus(OVERLAP);
            applied.values().removeIf(at -> at.isBefore(since));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not bring the catalog's search index up to date with other nodes' changes", e);
        }
    }
}
