package io.synergos.metadata;

import io.synergos.node.ConflictException;
import io.synergos.node.InvalidInputException;
import io.synergos.node.NotFoundException;
import io.synergos.persistence.Names;
import io.synergos.persistence.catalog.CatalogAudit;
import io.synergos.persistence.catalog.CatalogColumn;
import io.synergos.persistence.catalog.CatalogDataset;
import io.synergos.persistence.catalog.Visibility;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The data catalog at the TTP: datasets published by their owners' Workers, changed and withdrawn by their owner
 * or a TTP admin, every change audited, searched by text and facets within what the caller may see.
 */
@Stateless
public class CatalogService {

    /** Facet name in a query → the index field it filters and aggregates on. */
    static final Map<String, String> FACET_FIELDS = Map.of("owner", "owner_facet", "domain", "domain_facet",
            "keyword", "keyword_facet", "column", "column_facet", "type", "type_facet", "task", "task",
            "visibility", "visibility");

    @PersistenceContext(unitName = "synergos")
    EntityManager em;


    @Inject
    LineageService lineage;

    @Inject
    io.synergos.node.NodeConfig node;

    /**
     * Who is asking: a TTP admin or viewer sees every entry; a participant sees public entries, its own, and those
     * registered in a project it takes part in.
     */
    public record Caller(String participant, String user) {
        public static Caller staff(String user) {
            return new Caller(null, user);
        }

        public static Caller participant(String name) {
            return new Caller(name, "participant " + name);
        }

        boolean staff() {
            return participant == null;
        }
    }

    public CatalogEntryView publish(String owner, CatalogEntryRequest request, DatasetProfile profile, String actor) {
        check(profile);
        CatalogDataset existing = find(owner, profile.name());
        if (existing != null) {
            throw new ConflictException(owner + " already has a catalog entry named '" + profile.name() + "' (id "
                    + existing.getId() + "); change it instead of publishing it again");
        }
        CatalogDataset d = new CatalogDataset();
        d.setOwner(owner);
        d.setName(profile.name());
        d.setCreatedAt(Instant.now());
        apply(d, request, profile, true);
        em.persist(d);
        em.flush();
        em.persist(new CatalogAudit(d, "PUBLISHED", actor, "version " + d.getVersion()).by(node.name()));
        return CatalogEntryView.of(d, null);
    }

    /** Changes the entry's metadata and, when the file changed, its schema, row count and version. */
    public CatalogEntryView change(String owner, String name, CatalogEntryRequest request, DatasetProfile profile,
                                   String actor) {
        CatalogDataset d = require(owner, name);
        if (profile != null) {
            check(profile);
        }
        Map<String, String> before = snapshot(d);
        apply(d, request, profile, false);
        Map<String, String> after = snapshot(d);
        List<String> changes = new ArrayList<>();
        after.forEach((k, v) -> {
            if (!Objects.equals(before.get(k), v)) {
                changes.add(k + ": " + quote(before.get(k)) + " -> " + quote(v));
            }
        });
        if (!changes.isEmpty()) {
            d.setModifiedAt(Instant.now());
            em.persist(new CatalogAudit(d, "CHANGED", actor, String.join("; ", changes)).by(node.name()));
        }
        return CatalogEntryView.of(d, null);
    }

    /**
     * Withdraws an entry. Refused while registrations still name the dataset, with their list, unless forced;
     * the audit keeps the entry's last state.
     */
    public void withdraw(String owner, String name, boolean force, String actor) {
        CatalogDataset d = require(owner, name);
        List<String> uses = uses(d);
        if (!uses.isEmpty() && !force) {
            throw new ConflictException(owner + "'s dataset '" + name + "' is still registered: " + String.join("; ",
                    uses) + "; withdraw with force=true to withdraw it anyway");
        }
        em.persist(new CatalogAudit(d, "WITHDRAWN", actor, (force && !uses.isEmpty() ? "forced while registered: "
                + String.join("; ", uses) + "; " : "") + "last version " + d.getVersion()).by(node.name()));
        if (!uses.isEmpty()) {
            markRuns(d, actor);
        }
        em.remove(d);
    }

    /**
     * Rebuilds the search index from the database (after restoring a backup, or switching backends); returns how
     * many entries the index holds then. Admins only, by the REST path's constraint.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public long reindex() {
        try {
            Search.session(em).massIndexer(CatalogDataset.class).threadsToLoadObjects(2).startAndWait();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reindexing was interrupted", e);
        }
        return Search.session(em).search(CatalogDataset.class).where(f -> f.matchAll()).fetchTotalHitCount();
    }

    public CatalogEntryView get(long id, Caller caller) {
        CatalogDataset d = em.find(CatalogDataset.class, id);
        if (d == null || !visible(d, caller)) {
            throw new NotFoundException("no catalog entry " + id);
        }
        return CatalogEntryView.of(d, null);
    }

    /**
     * The catalog changes other TTP nodes sharing this database made since {@code since} (by the audit, which every
     * publication, change and withdrawal writes in the same transaction as the change), oldest first.
     */
    public List<CatalogAudit> changesByOthersSince(Instant since) {
        return em.createQuery("select a from CatalogAudit a where a.at >= :since and (a.node is null or a.node <> :me) "
                        + "order by a.at, a.id", CatalogAudit.class).setParameter("since", since)
                .setParameter("me", node.name()).getResultList();
    }

    /**
     * Brings this node's search index up to date for the entries another node changed: each is indexed as the
     * database now holds it, or removed from the index when it is gone. Applied when this transaction commits.
     */
    public void reindex(java.util.Collection<Long> entryIds) {
        var plan = Search.session(em).indexingPlan();
        for (Long id : entryIds) {
            CatalogDataset d = em.find(CatalogDataset.class, id);
            if (d != null) {
                plan.addOrUpdate(d);
            } else {
                plan.purge(CatalogDataset.class, id, null);
            }
        }
    }

    /** The number of entries in the database and in the search index. */
    public long[] counts() {
        long stored = em.createQuery("select count(d) from CatalogDataset d", Long.class).getSingleResult();
        long indexed = Search.session(em).search(CatalogDataset.class).where(f -> f.matchAll()).fetchTotalHitCount();
        return new long[] {stored, indexed};
    }

    /** Every public entry, oldest first (for the DCAT export). */
    public List<CatalogEntryView> publicEntries() {
        return em.createQuery("select d from CatalogDataset d where d.visibility = :v order by d.id",
                        CatalogDataset.class)
                .setParameter("v", Visibility.PUBLIC).getResultList().stream().map(d -> CatalogEntryView.of(d, null))
                .toList();
    }

    public List<CatalogAudit> audit(long id) {
        return em.createQuery("select a from CatalogAudit a where a.datasetId = :id order by a.id", CatalogAudit.class)
                .setParameter("id", id).getResultList();
    }

    public CatalogSearchResult search(String text, Caller caller, int offset, int limit) {
        if (offset < 0 || limit < 1 || limit > 200) {
            throw new InvalidInputException("limit", "must be 1 to 200 (and offset at least 0)");
        }
        CatalogQuery query = CatalogQuery.parse(text);
        List<Long> throughProjects = caller.staff() ? List.of() : visibleThroughProjects(caller.participant());
        Map<String, AggregationKey<Map<String, Long>>> keys = new LinkedHashMap<>();
        for (String facet : CatalogQuery.FACETS.keySet()) {
            keys.put(facet, AggregationKey.of(facet));
        }
        var step = Search.session(em).search(CatalogDataset.class)
                .select(f -> f.composite().from(f.entity(), f.score()).asList())
                .where((f, root) -> {
                    root.add(f.matchAll());
                    for (String word : query.words()) {
                        root.add(f.match().field("title").boost(3f).field("name_text").boost(2f)
                                .field("keywords_text").boost(2f).field("description").field("domain_text")
                                .field("organisation").field("columns.text").matching(word)
                                .fuzzy(word.length() > 4 ? 1 : 0));
                    }
                    query.facets().forEach((facet, values) -> {
                        for (String value : values) {
                            root.add(facet(f, facet, value));
                        }
                    });
                    if (query.typedColumn() != null) {
                        root.add(f.match().field("typed_column").matching(query.typedColumn()));
                    }
                    if (!caller.staff()) {
                        BooleanPredicateClausesStep<?> may = f.bool()
                                .should(f.match().field("visibility").matching(Visibility.PUBLIC))
                                .should(f.match().field("owner").matching(caller.participant()));
                        if (!throughProjects.isEmpty()) {
                            may.should(f.bool().must(f.match().field("visibility").matching(Visibility.PROJECTS))
                                    .must(f.id().matchingAny(throughProjects)));
                        }
                        root.add(may);
                    }
                });
        for (Map.Entry<String, AggregationKey<Map<String, Long>>> k : keys.entrySet()) {
            String field = FACET_FIELDS.get(k.getKey());
            if (k.getKey().equals("visibility")) {
                continue;
            }
            step = step.aggregation(k.getValue(), f -> f.terms().field(field, String.class).maxTermCount(20));
        }
        SearchResult<List<?>> result = step.fetch(offset, limit);
        List<CatalogEntryView> hits = new ArrayList<>();
        for (List<?> hit : result.hits()) {
            hits.add(CatalogEntryView.of((CatalogDataset) hit.get(0), (Float) hit.get(1)));
        }
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        keys.forEach((name, key) -> {
            if (!name.equals("visibility")) {
                facets.put(name, result.aggregation(key));
            }
        });
        return new CatalogSearchResult(result.total().hitCount(), hits, facets);
    }

    private static org.hibernate.search.engine.search.predicate.SearchPredicate facet(SearchPredicateFactory f,
                                                                                     String facet, String value) {
        if (facet.equals("visibility")) {
            return f.match().field("visibility").matching(Visibility.valueOf(value.toUpperCase(Locale.ROOT)))
                    .toPredicate();
        }
        return f.match().field(FACET_FIELDS.get(facet)).matching(value).toPredicate();
    }

    private boolean visible(CatalogDataset d, Caller caller) {
        return caller.staff() || d.getVisibility() == Visibility.PUBLIC || d.getOwner().equals(caller.participant())
                || d.getVisibility() == Visibility.PROJECTS && visibleThroughProjects(caller.participant())
                .contains(d.getId());
    }

    /** The runs that trained or were evaluated on the entry say that it was withdrawn by force while registered. */
    private void markRuns(CatalogDataset d, String actor) {
        String warning = " on catalog entry " + d.getId() + " (" + d.getOwner() + "/" + d.getName() + "), which "
                + actor + " withdrew by force at " + Instant.now() + " while it was still registered";
        lineage.runsUsing(d.getId()).forEach(run -> run.setCatalogWarning((LineageService.trainedOn(run, d.getId())
                ? "trained" : "evaluated") + warning));
    }

    /** Entries registered (by file name or as catalog:ID) in a project the participant takes part in. */
    List<Long> visibleThroughProjects(String participant) {
        return em.createQuery("select distinct d.id from CatalogDataset d, DataTag t join t.registration r "
                        + "join t.datasets named where r.participant.name = d.owner "
                        + "and (named = d.name or named = concat('" + CatalogRefs.PREFIX + "', cast(d.id as String))) "
                        + "and r.project.id in (select r2.project.id from Registration r2 "
                        + "where r2.participant.name = :p)", Long.class)
                .setParameter("p", participant).getResultList();
    }

    /** The registrations whose data tags name the entry (by its file name or as catalog:ID), for staff. */
    public List<String> registrationsUsing(long id) {
        CatalogDataset d = em.find(CatalogDataset.class, id);
        if (d == null) {
            throw new NotFoundException("no catalog entry " + id);
        }
        return uses(d);
    }

    List<String> uses(CatalogDataset d) {
        List<String> uses = new ArrayList<>();
        for (Object[] row : em.createQuery("select r.project.name, r.id, t.tag from DataTag t join t.registration r "
                        + "where r.participant.name = :owner "
                        + "and (:name member of t.datasets or :ref member of t.datasets) "
                        + "order by r.id", Object[].class)
                .setParameter("owner", d.getOwner()).setParameter("name", d.getName())
                .setParameter("ref", CatalogRefs.of(d.getId())).getResultList()) {
            uses.add("project '" + row[0] + "' registration " + row[1] + " (" + String.valueOf(row[2])
                    .toLowerCase(Locale.ROOT) + ")");
        }
        return uses;
    }

    private CatalogDataset find(String owner, String name) {
        return em.createQuery("select d from CatalogDataset d where d.owner = :o and d.name = :n", CatalogDataset.class)
                .setParameter("o", owner).setParameter("n", name).getResultStream().findFirst().orElse(null);
    }

    private CatalogDataset require(String owner, String name) {
        CatalogDataset d = find(owner, name);
        if (d == null) {
            throw new NotFoundException(owner + " has no catalog entry named '" + name + "'");
        }
        return d;
    }

    private static void apply(CatalogDataset d, CatalogEntryRequest r, DatasetProfile p, boolean creating) {
        if (creating || r.title() != null) {
            if (r.title() == null || r.title().isBlank()) {
                throw new InvalidInputException("title", "is required");
            }
            d.setTitle(text("title", r.title(), CatalogDataset.TEXT));
        }
        if (creating || r.description() != null) {
            d.setDescription(text("description", r.description(), CatalogDataset.LONG_TEXT));
        }
        if (creating || r.keywords() != null) {
            List<String> keywords = r.keywords() == null ? List.of() : r.keywords();
            if (keywords.size() > 50) {
                throw new InvalidInputException("keywords", "at most 50, not " + keywords.size());
            }
            for (int i = 0; i < keywords.size(); i++) {
                if (keywords.get(i) == null || keywords.get(i).isBlank()) {
                    throw new InvalidInputException("keywords[" + i + "]", "must not be blank");
                }
                text("keywords[" + i + "]", keywords.get(i), 100);
            }
            d.setKeywords(keywords.stream().map(String::trim).toList());
        }
        if (creating || r.domain() != null) {
            d.setDomain(text("domain", r.domain(), CatalogDataset.TEXT));
        }
        if (creating || r.organisation() != null) {
            d.setOrganisation(text("organisation", r.organisation(), CatalogDataset.TEXT));
        }
        if (creating || r.licence() != null) {
            d.setLicence(text("licence", r.licence(), CatalogDataset.LONG_TEXT));
        }
        if (creating || r.contact() != null) {
            d.setContact(text("contact", r.contact(), CatalogDataset.TEXT));
        }
        if (creating || r.visibility() != null) {
            d.setVisibility(visibility(r.visibility()));
        }
        if (p != null) {
            d.setLabel(p.label());
            d.setTask(p.task());
            d.setColumns(p.columns().stream().map(c -> new CatalogColumn(c.name(), c.type(), c.categories())).toList());
            d.setRowCount(p.rows());
            d.setRowGranularity(p.granularity());
            d.setVersion(p.version());
        }
        d.setModifiedAt(Instant.now());
    }

    /** A profile as its Worker computes it; the TTP cannot see the file, but it checks the profile is one. */
    static void check(DatasetProfile p) {
        if (p.name() == null || p.name().length() > 100 || !p.name().matches(Names.PATTERN)) {
            throw new InvalidInputException("profile.name", "must be a dataset name, not '" + p.name() + "'");
        }
        if (p.version() == null || !p.version().matches("[0-9a-f]{64}")) {
            throw new InvalidInputException("profile.version", "must be 64 hex digits (SHA-256)");
        }
        if (p.columns() == null || p.columns().isEmpty() || p.columns().size() > 5000) {
            throw new InvalidInputException("profile.columns", "must list 1 to 5000 columns");
        }
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < p.columns().size(); i++) {
            DatasetProfile.Column c = p.columns().get(i);
            if (c == null || c.name() == null || c.name().isEmpty() || c.name().length() > 200) {
                throw new InvalidInputException("profile.columns[" + i + "].name", "must be 1 to 200 characters");
            }
            if (!"numeric".equals(c.type()) && !"categorical".equals(c.type())) {
                throw new InvalidInputException("profile.columns[" + i + "].type", "must be numeric or categorical, "
                        + "not '" + c.type() + "'");
            }
            if (!names.add(c.name())) {
                throw new InvalidInputException("profile.columns[" + i + "].name", "'" + c.name() + "' appears twice");
            }
        }
        if (p.label() != null && !names.contains(p.label())) {
            throw new InvalidInputException("profile.label", "'" + p.label() + "' is not one of the dataset's columns");
        }
        if (p.rows() < 0 || p.granularity() < 1) {
            throw new InvalidInputException("profile.rows", "must be at least 0, with a granularity of at least 1");
        }
    }

    static Visibility visibility(String value) {
        if (value == null) {
            return Visibility.PRIVATE;
        }
        try {
            return Visibility.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("visibility", "'" + value + "' does not exist; use private, projects or "
                    + "public");
        }
    }

    private static String text(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "has " + value.length() + " characters; at most " + max);
        }
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static Map<String, String> snapshot(CatalogDataset d) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("title", d.getTitle());
        s.put("description", d.getDescription());
        s.put("keywords", String.join(", ", d.getKeywords()));
        s.put("domain", d.getDomain());
        s.put("organisation", d.getOrganisation());
        s.put("licence", d.getLicence());
        s.put("contact", d.getContact());
        s.put("visibility", d.getVisibility().name().toLowerCase(Locale.ROOT));
        s.put("label", d.getLabel());
        s.put("columns", d.getColumns().stream().map(c -> c.getName() + " " + c.getType())
                .reduce((a, b) -> a + ", " + b).orElse(""));
        s.put("rowCount", Long.toString(d.getRowCount()));
        s.put("version", d.getVersion());
        return s;
    }

    private static String quote(String s) {
        return s == null ? "none" : "'" + (s.length() > 80 ? s.substring(0, 77) + "..." : s) + "'";
    }
}
