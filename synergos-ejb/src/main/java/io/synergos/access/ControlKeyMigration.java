package io.synergos.access;

import io.synergos.node.NodeConfig;
import io.synergos.persistence.participant.Participant;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Logger;

/**
 * Seals, at a TTP's start, the control keys a database made before keys were sealed still holds in clear, and empties
 * their clear column, in one transaction: after it, the database holds no key a reader could use.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
public class ControlKeyMigration {

    private static final Logger LOG = Logger.getLogger(ControlKeyMigration.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    ControlKeys keys;

    @Inject
    NodeConfig node;

    @PostConstruct
    void sealClearKeys() {
        if (node.role() != NodeConfig.Role.TTP) {
            return;
        }
        List<Participant> clear = em.createQuery("select p from Participant p where p.legacyAccessKey is not null",
                Participant.class).getResultList();
        for (Participant participant : clear) {
            keys.assign(participant, participant.getLegacyAccessKey());
        }
        if (!clear.isEmpty()) {
            LOG.info("sealed the control keys of " + clear.size() + " participants that a database made before keys "
                    + "were sealed held in clear");
        }
    }
}
