package io.synergos.metadata;

import io.openlineage.client.OpenLineage;

import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A run's phase (training, evaluation) as an OpenLineage run event, in the standard's own model: the job is the
 * phase of a Synergos run, its inputs are every participant's dataset with the version the run read and, when the
 * dataset is catalogued, the catalog's schema and description; a training's output is the model version it
 * registered. Plain Java: {@link OpenLineageEmitter} sends what this builds.
 *
 * <p>Names follow the OpenLineage naming conventions: a dataset's namespace is {@code synergos://PARTICIPANT} (the
 * organisation's node that holds it; rows never leave it) and its name is the dataset's name there; a job's
 * namespace is configured per installation and its name is {@code PROJECT.EXPERIMENT.RUN.PHASE}.
 */
public final class OpenLineageRunEvents {

    /** Who produced the events, as the standard asks: this software, at this version. */
    public static final URI PRODUCER = URI.create("https://synergos.io/synergos/0.1.0");

    /** A dataset a phase read or wrote. {@code version}, {@code schema} and {@code description} may be null. */
    public record DatasetFact(String namespace, String name, String version, List<Field> schema, String description,
                              Long catalogEntry) {
    }

    /** A column of a dataset's schema: its name and type (numeric, categorical, or a model's parameter vector). */
    public record Field(String name, String type, String description) {
    }

    /** What an event says about a run's phase. */
    public record PhaseFacts(String jobNamespace, String jobName, String description, List<DatasetFact> inputs,
                             List<DatasetFact> outputs) {
    }

    private OpenLineageRunEvents() {
    }

    /** The dataset namespace of a participant's node. */
    public static String namespace(String participant) {
        return "synergos://" + participant;
    }

    /**
     * The event for {@code type} (START, COMPLETE, FAIL or ABORT) of the phase; {@code runId} is the same for all
     * events of one phase. {@code error} (FAIL only) is the reason the phase failed.
     */
    public static OpenLineage.RunEvent event(PhaseFacts facts, OpenLineage.RunEvent.EventType type, UUID runId,
                                             ZonedDateTime at, String error) {
        OpenLineage ol = new OpenLineage(PRODUCER);
        OpenLineage.RunFacetsBuilder runFacets = ol.newRunFacetsBuilder();
        if (error != null) {
            runFacets.errorMessage(ol.newErrorMessageRunFacet(error, "java", null));
        }
        OpenLineage.JobFacets jobFacets = ol.newJobFacetsBuilder()
                .jobType(ol.newJobTypeJobFacet("BATCH", "SYNERGOS", "FEDERATED_LEARNING"))
                .documentation(ol.newDocumentationJobFacet(facts.description()))
                .build();
        return ol.newRunEventBuilder()
                .eventType(type)
                .eventTime(at)
                .run(ol.newRun(runId, runFacets.build()))
                .job(ol.newJob(facts.jobNamespace(), facts.jobName(), jobFacets))
                .inputs(facts.inputs().stream().map(d -> ol.newInputDataset(d.namespace(), d.name(),
                        datasetFacets(ol, d), null)).toList())
                .outputs(facts.outputs().stream().map(d -> ol.newOutputDataset(d.namespace(), d.name(),
                        datasetFacets(ol, d), null)).toList())
                .build();
    }

    private static OpenLineage.DatasetFacets datasetFacets(OpenLineage ol, DatasetFact d) {
        OpenLineage.DatasetFacetsBuilder facets = ol.newDatasetFacetsBuilder();
        if (d.version() != null) {
            facets.version(ol.newDatasetVersionDatasetFacet(d.version()));
        }
        if (d.schema() != null && !d.schema().isEmpty()) {
            facets.schema(ol.newSchemaDatasetFacet(d.schema().stream()
                    .map(f -> ol.newSchemaDatasetFacetFields(f.name(), f.type(), f.description(), null)).toList()));
        }
        if (d.description() != null) {
            facets.documentation(ol.newDocumentationDatasetFacet(d.description()));
        }
        if (d.catalogEntry() != null) {
            facets.dataSource(ol.newDatasourceDatasetFacet(d.namespace(), URI.create(d.namespace())));
        }
        return facets.build();
    }
}
