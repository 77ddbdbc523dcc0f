package io.synergos.ttp;

import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.run.Hyperparameters;
import java.util.List;
import java.util.Map;

/**
 * A detached snapshot of what a grid job needs: the model, the hyperparameters and the Workers.
 * {@code initialModel} is the artefact JSON of the registry version training starts from (null: random start);
 * {@code trainedModel} the artefact JSON of the run's own trained global model (null: not trained yet).
 *
 * @param alignment    the run's feature alignment JSON (null until trained; a coalition run has its valued run's)
 * @param coalition    true for a coalition run of a contribution computation: it trains only its coalition's
 *                     Workers, in {@code alignment}'s feature space, and registers no model version
 * @param contribution how the run values contributions while it trains
 * @param datasetVersions the exact data the run recorded (JSON, {@code io.synergos.metadata.DatasetVersions}); null
 *                     before it has trained
 */
public record RunPlan(long runId, ModelType modelType, int[] hidden, String activation, Hyperparameters hyper,
                      List<WorkerPlan> workers, String alignment, String initialModel, String trainedModel,
                      boolean coalition, ContributionPlan contribution, CatalogPlan catalog, String datasetVersions) {

    /**
     * The catalog entries of the participants' datasets, which the run compares with what their Workers read.
     *
     * @param refuseMismatch the project's policy: refuse a run whose catalogued data changed (default), or warn
     * @param entries        per participant, its catalog entries by dataset name
     */
    public record CatalogPlan(boolean refuseMismatch,
                              Map<String, Map<String, io.synergos.metadata.DatasetVersions.Catalogued>> entries) {
        public static final CatalogPlan NONE = new CatalogPlan(true, Map.of());
    }

    /** One registered Worker, its connection info, its control key and its datasets per tag. */
    public record WorkerPlan(String name, String baseUrl, String accessKey, Map<DataTag.Tag, List<String>> datasets) {

        @Override
        public String toString() {
            return "WorkerPlan[" + name + " at " + baseUrl + "]";
        }


        public List<String> tagged(DataTag.Tag tag) {
            return datasets.getOrDefault(tag, List.of());
        }
    }

    /**
     * @param inTraining whether training values contributions round by round
     * @param metric     the project's contribution metric (null: the task's default)
     * @param validators the participants whose evaluate data counts (empty: every one that has some)
     */
    public record ContributionPlan(boolean inTraining, String metric, List<String> validators) {
        public static final ContributionPlan NONE = new ContributionPlan(false, null, List.of());
    }
}
