package io.synergos.metadata;

import io.synergos.node.NotFoundException;
import io.synergos.persistence.catalog.CatalogDataset;
import io.synergos.persistence.contribution.Contribution;
import io.synergos.persistence.registry.ModelVersion;
import io.synergos.persistence.registry.Stage;
import io.synergos.persistence.run.Run;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lineage, both ways: which data made a model (up from a model version, or from a project's production model), and
 * which models a dataset fed (down from a catalog entry). Built from what runs record: the exact dataset versions
 * their training read ({@link DatasetVersions}), the model versions registered from them, their stage, and the
 * contribution results computed on them.
 */
@Stateless
public class LineageService {

    @PersistenceContext(unitName = "synergos")
    EntityManager em;

    /** Up: the data, the run and its contributions behind a model version, and whether it is served. */
    public LineageGraph ofModelVersion(long versionId) {
        ModelVersion version = em.find(ModelVersion.class, versionId);
        if (version == null) {
            throw new NotFoundException("no model version " + versionId);
        }
        LineageGraph.Builder graph = new LineageGraph.Builder("model:" + versionId);
        addModel(graph, version);
        addRunUpstream(graph, version.getRun());
        return graph.build();
    }

    /** Up from the version a project serves: "which data made the model in production". */
    public LineageGraph ofProduction(long projectId) {
        ModelVersion production = em.createQuery("select v from ModelVersion v where v.project.id = :p and v.stage = :s",
                        ModelVersion.class).setParameter("p", projectId).setParameter("s", Stage.PRODUCTION)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("project " + projectId
                        + " has no model version in Production"));
        return ofModelVersion(production.getId());
    }

    /**
     * Down: the runs that trained on a catalog entry or were evaluated on it (the edge says which), the model
     * versions the training made, and which is served.
     */
    public LineageGraph ofCatalogEntry(long entryId) {
        CatalogDataset entry = em.find(CatalogDataset.class, entryId);
        if (entry == null) {
            throw new NotFoundException("no catalog entry " + entryId);
        }
        LineageGraph.Builder graph = new LineageGraph.Builder("catalog:" + entryId);
        graph.node("catalog:" + entryId, "catalog-entry", entry.getOwner() + "/" + entry.getName(), props(
                "title", entry.getTitle(), "version", entry.getVersion(), "visibility", entry.getVisibility().name()));
        for (Run run : runsUsing(entryId)) {
            boolean trained = false;
            for (DatasetVersions.Use use : DatasetVersions.read(run.getDatasetVersions())) {
                if (use.isOf(entryId)) {
                    trained |= use.trained();
                    String dataset = datasetNode(graph, use);
                    graph.edge("catalog:" + entryId, dataset, "version of");
                    addRun(graph, run);
                    graph.edge(dataset, "run:" + run.getId(), relation(use));
                }
            }
            if (trained) {
                for (ModelVersion v : em.createQuery("select v from ModelVersion v where v.run = :r",
                        ModelVersion.class).setParameter("r", run).getResultList()) {
                    addModel(graph, v);
                }
            }
        }
        return graph.build();
    }

    /** The runs whose training or evaluation read the catalog entry, oldest first. */
    public List<Run> runsUsing(long entryId) {
        // the JSON a run records names the entry as "catalogEntry":ID; the LIKE narrows (it also matches 10 for 1),
        // the parse decides
        return em.createQuery("select r from Run r where r.datasetVersions like :p order by r.id", Run.class)
                .setParameter("p", "%\"catalogEntry\":" + entryId + "%").getResultList().stream()
                .filter(run -> DatasetVersions.read(run.getDatasetVersions()).stream().anyMatch(u -> u.isOf(entryId)))
                .toList();
    }

    /** True when the run trained on the catalog entry (not only evaluated on it). */
    public static boolean trainedOn(Run run, long entryId) {
        return DatasetVersions.read(run.getDatasetVersions()).stream().anyMatch(u -> u.isOf(entryId) && u.trained());
    }

    /**
     * What an OpenLineage event says about a run's phase ({@code tag} TRAIN for training, EVALUATE for evaluation):
     * each participant's dataset with that tag, at the version the run recorded for that phase (else its catalog
     * entry's, before the phase has read it), with the catalog's schema and title when catalogued; a training's
     * outputs are the model versions it made. Coalition runs (contribution) report their coalition only.
     */
    public OpenLineageRunEvents.PhaseFacts phaseFacts(long runId, io.synergos.persistence.participant.DataTag.Tag tag,
                                                      String jobNamespace) {
        Run run = em.find(Run.class, runId);
        if (run == null) {
            throw new NotFoundException("no run with id " + runId);
        }
        String tagName = tag.name().toLowerCase(java.util.Locale.ROOT);
        Map<String, DatasetVersions.Use> recorded = new java.util.HashMap<>();
        for (DatasetVersions.Use use : DatasetVersions.read(run.getDatasetVersions())) {
            recorded.put(use.participant() + "/" + use.dataset() + "/" + use.tag(), use);
        }
        List<OpenLineageRunEvents.DatasetFact> inputs = new java.util.ArrayList<>();
        List<io.synergos.persistence.participant.Registration> registrations = run.getExperiment().getProject()
                .getRegistrations().stream().filter(r -> !run.isCoalition() || java.util.Arrays.asList(
                        run.getCoalition().split(",")).contains(r.getParticipant().getName()))
                .sorted(java.util.Comparator.comparing(r -> r.getParticipant().getName())).toList();
        for (io.synergos.persistence.participant.Registration registration : registrations) {
            String participant = registration.getParticipant().getName();
            for (String tagged : registration.datasetsByTag().getOrDefault(tag, List.of())) {
                Long entryId = CatalogRefs.entryId(tagged);
                CatalogDataset entry = entryId != null ? em.find(CatalogDataset.class, entryId)
                        : em.createQuery("select d from CatalogDataset d where d.owner = :o and d.name = :n",
                                CatalogDataset.class).setParameter("o", participant).setParameter("n", tagged)
                        .getResultStream().findFirst().orElse(null);
                String dataset = entry != null ? entry.getName() : tagged;
                DatasetVersions.Use use = recorded.get(participant + "/" + dataset + "/" + tagName);
                String version = use != null ? use.version() : entry != null ? entry.getVersion() : null;
                inputs.add(new OpenLineageRunEvents.DatasetFact(OpenLineageRunEvents.namespace(participant), dataset,
                        version, entry == null ? null : entry.getColumns().stream().map(c ->
                        new OpenLineageRunEvents.Field(c.getName(), c.getType(), c.getName().equals(entry.getLabel())
                                ? "label" : null)).toList(), entry == null ? null : entry.getTitle(),
                        entry == null ? null : entry.getId()));
            }
        }
        List<OpenLineageRunEvents.DatasetFact> outputs = new java.util.ArrayList<>();
        if (tag == io.synergos.persistence.participant.DataTag.Tag.TRAIN) {
            for (ModelVersion v : em.createQuery("select v from ModelVersion v where v.run = :r order by v.number",
                    ModelVersion.class).setParameter("r", run).getResultList()) {
                outputs.add(new OpenLineageRunEvents.DatasetFact(jobNamespace, "models/" + v.getProject().getName()
                        + "/v" + v.getNumber(), v.getChecksum(), null, "model version " + v.getNumber() + " of "
                        + v.getProject().getName() + ", trained by run " + runId, null));
            }
        }
        String phase = tag == io.synergos.persistence.participant.DataTag.Tag.TRAIN ? "training" : "evaluation";
        String job = run.getExperiment().getProject().getName() + "." + run.getExperiment().getName() + "."
                + run.getName() + "." + phase;
        return new OpenLineageRunEvents.PhaseFacts(jobNamespace, job, "Federated " + phase + " of run " + runId
                + " (" + run.getExperiment().getModelType() + ") over " + registrations.size() + " participants; "
                + "rows never left their nodes", inputs, outputs);
    }

    private void addRunUpstream(LineageGraph.Builder graph, Run run) {
        addRun(graph, run);
        for (DatasetVersions.Use use : DatasetVersions.read(run.getDatasetVersions())) {
            String dataset = datasetNode(graph, use);
            graph.edge(dataset, "run:" + run.getId(), relation(use));
            if (use.catalogEntry() != null) {
                CatalogDataset entry = em.find(CatalogDataset.class, use.catalogEntry());
                graph.node("catalog:" + use.catalogEntry(), "catalog-entry", use.participant() + "/" + use.dataset(),
                        entry == null ? props("withdrawn", true) : props("title", entry.getTitle(), "version",
                                entry.getVersion()));
                graph.edge("catalog:" + use.catalogEntry(), dataset, "version of");
            }
        }
        for (Contribution c : em.createQuery("select c from Contribution c where c.run = :r order by c.id",
                Contribution.class).setParameter("r", run).getResultList()) {
            graph.node("contribution:" + c.getId(), "contribution", c.getMethod() + " contribution", props("status",
                    c.getStatus().name(), "method", c.getMethod()));
            graph.edge("run:" + run.getId(), "contribution:" + c.getId(), "valued by");
        }
    }

    /** How a run used a dataset version: trained on it, or evaluated on it. */
    private static String relation(DatasetVersions.Use use) {
        return "evaluate".equals(use.tag()) ? "evaluated" : use.tag() == null ? "trained" : "trained (" + use.tag() + ")";
    }

    private static void addRun(LineageGraph.Builder graph, Run run) {
        graph.node("run:" + run.getId(), "run", run.getExperiment().getProject().getName() + " / "
                + run.getExperiment().getName() + " / " + run.getName(), props("status", run.getStatus().name(),
                "project", run.getExperiment().getProject().getId(), "experiment", run.getExperiment().getId()));
    }

    private static void addModel(LineageGraph.Builder graph, ModelVersion v) {
        String id = "model:" + v.getId();
        graph.node(id, "model-version", v.getProject().getName() + " v" + v.getNumber(), props("stage",
                v.getStage().name(), "checksum", v.getChecksum(), "run", v.getRun().getId()));
        graph.edge("run:" + v.getRun().getId(), id, "produced");
        if (v.getStage() == Stage.PRODUCTION) {
            String serving = "serving:" + v.getProject().getId();
            graph.node(serving, "served", "served for project " + v.getProject().getName(), props("project",
                    v.getProject().getId(), "version", v.getNumber()));
            graph.edge(id, serving, "served as");
        }
    }

    private static String datasetNode(LineageGraph.Builder graph, DatasetVersions.Use use) {
        String version = use.version() == null ? "unknown" : use.version();
        String id = "dataset:" + use.participant() + "/" + use.dataset() + "@" + version.substring(0,
                Math.min(12, version.length()));
        graph.node(id, "dataset-version", use.participant() + "/" + use.dataset(), props("version", version,
                "mismatch", use.mismatch()));
        return id;
    }

    private static Map<String, Object> props(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                m.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return m;
    }
}
