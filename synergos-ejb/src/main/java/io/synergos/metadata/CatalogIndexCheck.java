package io.synergos.metadata;

import io.synergos.node.NodeConfig;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * At TTP start, compares the catalog's search index with the database and rebuilds the index in the background when
 * they disagree: an index lost with its disk, restored from an older backup, or left behind by a crash between a
 * commit and its index write. Searches answer from the old index until the rebuild ends.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class CatalogIndexCheck {

    private static final Logger LOG = Logger.getLogger(CatalogIndexCheck.class.getName());

    @Inject
    NodeConfig node;

    @Inject
    CatalogService catalog;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    void check() {
        if (node.role() != NodeConfig.Role.TTP) {
            return;
        }
        executor.submit(() -> {
            try {
                long[] counts = catalog.counts();
                if (counts[0] != counts[1]) {
                    LOG.warning(() -> "the catalog's search index holds " + counts[1] + " entries, the database "
                            + counts[0] + ": rebuilding the index");
                    long indexed = catalog.reindex();
                    LOG.info(() -> "the catalog's search index was rebuilt: " + indexed + " entries");
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "could not check the catalog's search index against the database", e);
            }
        });
    }
}
