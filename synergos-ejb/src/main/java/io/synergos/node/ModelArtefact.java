package io.synergos.node;

import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.model.ModelSpec;

/**
 * The exported model format ({@code synergos-model}, version 1): a JSON document holding the architecture,
 * the feature alignment needed to encode raw records, and the flat parameter vector in the layout
 * {@link io.synergos.federation.model.DenseNetwork} documents. The TTP writes the global model, each Worker
 * its local model.
 */
public record ModelArtefact(String format, int version, long runId, String scope, ModelSpec spec,
                            FeatureAlignment alignment, double[] parameters) {

    public static final String FORMAT = "synergos-model";

    public static ModelArtefact of(long runId, String scope, ModelSpec spec, FeatureAlignment alignment,
                                   double[] parameters) {
        return new ModelArtefact(FORMAT, 1, runId, scope, spec, alignment, parameters);
    }
}
