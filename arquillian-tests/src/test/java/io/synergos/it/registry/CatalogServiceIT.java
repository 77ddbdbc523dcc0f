package io.synergos.it.registry;

import io.synergos.metadata.CatalogEntryRequest;
import io.synergos.metadata.CatalogService;
import io.synergos.metadata.DatasetProfile;
import io.synergos.node.InvalidInputException;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The catalog's search index follows the database in the server, on H2 and on PostgreSQL: a publication rolled
 * back is never found, a committed one is at once, a refused change leaves entry and index as they were, and a
 * full reindex rebuilds the same answers.
 */
@ExtendWith(PostgresWhenRequested.class)
@ExtendWith(ArquillianExtension.class)
class CatalogServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return InContainer.earWithTests("catalog-tests", CatalogServiceIT.class);
    }

    @Inject
    CatalogService catalog;

    @Inject
    io.synergos.metadata.RegistryService registry;

    @Resource
    UserTransaction transaction;

    private static final CatalogService.Caller ADMIN = CatalogService.Caller.staff("admin");

    private static DatasetProfile profile(String name) {
        return new DatasetProfile(name, "outcome", "classification", List.of(new DatasetProfile.Column("age",
                "numeric", 0), new DatasetProfile.Column("outcome", "categorical", 2)), 100, 100, "a".repeat(64));
    }

    private static CatalogEntryRequest entry(String title) {
        return new CatalogEntryRequest(null, null, title, "a cohort", List.of("cohort"), "cardiology", "Hospital",
                "CC BY 4.0", "data@hospital.example", "public", 100, null, null);
    }

    @Test
    void theIndexFollowsCommitsAndRollbacks() throws Exception {
        String owner = "owner" + System.nanoTime();
        String word = "zyx" + Long.toString(System.nanoTime(), 36);

        transaction.begin();
        catalog.publish(owner, entry("Rolled back " + word), profile("rolled"), "test");
        transaction.rollback();
        assertEquals(0, catalog.search(word, ADMIN, 0, 10).total(), "a rolled-back publication is never found");

        long id = catalog.publish(owner, entry("Committed " + word), profile("kept"), "test").id();
        assertEquals(1, catalog.search(word, ADMIN, 0, 10).total(), "a committed one is found at once");
        assertEquals(1, catalog.search("owner:" + owner + " column:age type:numeric", ADMIN, 0, 10).total());

        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> catalog.change(owner, "kept",
                entry("x".repeat(201)), null, "test"));
        assertTrue(refused.getMessage().contains("title has 201 characters"), refused.getMessage());
        assertEquals("Committed " + word, catalog.search(word, ADMIN, 0, 10).hits().get(0).title(),
                "a refused change leaves the entry and its index entry as they were");

        transaction.begin();
        catalog.withdraw(owner, "kept", false, "test");
        transaction.rollback();
        assertEquals(1, catalog.search(word, ADMIN, 0, 10).total(), "a rolled-back withdrawal keeps it found");

        long indexed = catalog.reindex();
        assertTrue(indexed >= 1, "indexed " + indexed);
        assertEquals(1, catalog.search(word, ADMIN, 0, 10).total(), "a full reindex gives the same answer");
        catalog.withdraw(owner, "kept", false, "test");
        assertEquals(0, catalog.search(word, ADMIN, 0, 10).total());
        assertEquals(List.of("PUBLISHED", "WITHDRAWN"), catalog.audit(id).stream().map(a -> a.getAction()).toList(),
                "the refused change and the rolled-back withdrawal left no audit entry");
    }

    @Test
    void anEntryVisibleToProjectsIsFoundByTheParticipantsOfProjectsThatRegisterIt() {
        String n = Long.toString(System.nanoTime(), 36);
        String owner = "owner-" + n;
        String word = "qvw" + n;
        long a = registry.createParticipant(owner, "http://127.0.0.1:1/synergos", "k".repeat(32)).getId();
        long b = registry.createParticipant("partner-" + n, "http://127.0.0.1:2/synergos", "k".repeat(32)).getId();
        registry.createParticipant("outsider-" + n, "http://127.0.0.1:3/synergos", "k".repeat(32));
        CatalogEntryRequest projects = new CatalogEntryRequest(null, null, "Cohort " + word, null, List.of(), null, null,
                null, null, "projects", 1, null, null);
        long byRef = catalog.publish(owner, projects, profile("by-ref"), "test").id();
        catalog.publish(owner, projects, profile("by-name"), "test");
        CatalogService.Caller partner = CatalogService.Caller.participant("partner-" + n);
        CatalogService.Caller outsider = CatalogService.Caller.participant("outsider-" + n);
        assertEquals(0, catalog.search(word, partner, 0, 10).total(), "not registered anywhere yet");

        long project = registry.createProject("visibility-" + n, null).getId();
        long registration = registry.register(project, a).getId();
        registry.tag(registration, io.synergos.persistence.participant.DataTag.Tag.TRAIN, List.of("catalog:" + byRef));
        assertEquals(0, catalog.search(word, partner, 0, 10).total(), "the partner is not in the project yet");
        registry.register(project, b);
        assertEquals(java.util.Set.of("by-ref"), catalog.search(word, partner, 0, 10).hits().stream()
                .map(h -> h.name()).collect(java.util.stream.Collectors.toSet()), "registered as catalog:ID");
        registry.tag(registration, io.synergos.persistence.participant.DataTag.Tag.EVALUATE, List.of("by-name"));
        assertEquals(2, catalog.search(word, partner, 0, 10).total(), "and by its file name");
        assertEquals(0, catalog.search(word, outsider, 0, 10).total(), "never to a participant outside the project");
        assertEquals(2, catalog.search(word, CatalogService.Caller.participant(owner), 0, 10).total(), "its owner");
    }

    @Test
    void aProfileThatCannotBeAWorkersIsRefused() {
        String owner = "owner" + System.nanoTime();
        DatasetProfile good = profile("p");
        assertTrue(assertThrows(InvalidInputException.class, () -> catalog.publish(owner, entry("t"),
                new DatasetProfile("p", "colour", "classification", good.columns(), 1, 1, good.version()), "test"))
                .getMessage().contains("profile.label 'colour' is not one of the dataset's columns"));
        assertTrue(assertThrows(InvalidInputException.class, () -> catalog.publish(owner, entry("t"),
                new DatasetProfile("p", null, null, good.columns(), 1, 1, "not-a-hash"), "test"))
                .getMessage().contains("profile.version must be 64 hex digits"));
        assertTrue(assertThrows(InvalidInputException.class, () -> catalog.publish(owner, entry("t"),
                new DatasetProfile("p", null, null, List.of(new DatasetProfile.Column("a", "numeric", 0),
                        new DatasetProfile.Column("a", "text", 0)), 1, 1, good.version()), "test"))
                .getMessage().contains("profile.columns[1].type must be numeric or categorical"));
        assertEquals(0, catalog.search("owner:" + owner, ADMIN, 0, 10).total(), "nothing was stored");
    }
}
