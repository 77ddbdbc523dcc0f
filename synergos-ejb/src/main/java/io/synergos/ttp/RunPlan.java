package io.synergos.ttp;

import io.synergos.persistence.participant.DataTag;
import io.synergos.persistence.project.ModelType;
import io.synergos.persistence.run.Hyperparameters;
import java.util.List;
import java.util.Map;

/**
 * A detached snapshot of what a grid job needs: the model, the hyperparameters and the Workers.
 * {@code initialModel} is the artefact JSON of the registry version training starts from (null: random start);
 * {@code trainedModel} the artefact JSON of the run's own registered global model (null: not trained yet).
 */
public record RunPlan(long runId, ModelType modelType, int[] hidden, String activation, Hyperparameters hyper,
                      List<WorkerPlan> workers, String alignment, String initialModel, String trainedModel) {

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
}
