package io.synergos.federation.serving;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.synergos.federation.alignment.AlignedFeature;
import io.synergos.federation.alignment.FeatureAlignment;
import io.synergos.federation.alignment.Task;
import io.synergos.federation.model.Activation;
import io.synergos.federation.model.ModelSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServingPipelineTest {

    // colour one-hot (blue, red) and size standardised with mean 10, std 2; binary label no/yes
    private static final FeatureAlignment ALIGNMENT = new FeatureAlignment(Task.BINARY, "label", List.of("no", "yes"),
            0, 1, List.of(new AlignedFeature("colour", "blue", 0, 1), new AlignedFeature("colour", "red", 0, 1),
            new AlignedFeature("size", null, 10, 2)));
    // logit = 1*[blue] + 2*[red] + 0.5*z(size) - 1 (weights of one 3x1 layer, then the bias)
    private static final double[] PARAMS = {1, 2, 0.5, -1};

    private final ServingPipeline pipeline = new ServingPipeline(
            new ModelSpec(3, new int[0], 1, Activation.RELU, Task.BINARY), ALIGNMENT, PARAMS);

    @Test
    void appliesTrainingEncodingAndStandardisation() {
        Prediction red = pipeline.predict(List.of(Map.of("colour", "red", "size", 14))).get(0);
        double p = 1 / (1 + Math.exp(-(2 + 0.5 * 2 - 1)));
        assertEquals(p, red.probabilities().get("yes"), 1e-6);
        assertEquals(1 - p, red.probabilities().get("no"), 1e-6);
        assertEquals("yes", red.label());
        assertNull(red.value());
        // numbers may come as text; extra fields are ignored
        Prediction same = pipeline.predict(List.of(Map.of("colour", "red", "size", "14", "note", "x"))).get(0);
        assertEquals(red.probabilities().get("yes"), same.probabilities().get("yes"), 1e-12);
    }

    @Test
    void anUnknownCategoryGetsAllZeroIndicatorsAsInTraining() {
        Prediction green = pipeline.predict(List.of(Map.of("colour", "green", "size", 10))).get(0);
        assertEquals(1 / (1 + Math.exp(1)), green.probabilities().get("yes"), 1e-6);
        assertEquals("no", green.label());
    }

    @Test
    void aBatchGivesOnePredictionPerRecordInOrder() {
        List<Prediction> batch = pipeline.predict(List.of(Map.of("colour", "blue", "size", 10),
                Map.of("colour", "red", "size", 20), Map.of("colour", "green", "size", 0)));
        assertEquals(3, batch.size());
        assertEquals(1 / (1 + Math.exp(-(1 - 1))), batch.get(0).probabilities().get("yes"), 1e-6);
        assertEquals(1 / (1 + Math.exp(-(2 + 2.5 - 1))), batch.get(1).probabilities().get("yes"), 1e-6);
        assertEquals(1 / (1 + Math.exp(-(-2.5 - 1))), batch.get(2).probabilities().get("yes"), 1e-6);
    }

    @Test
    void missingOrIllTypedFieldsAreNamed() {
        RecordException missing = assertThrows(RecordException.class,
                () -> pipeline.predict(List.of(Map.of("colour", "red", "size", 1), Map.of("colour", "red"))));
        assertEquals(1, missing.record());
        assertEquals("size", missing.field());
        RecordException text = assertThrows(RecordException.class,
                () -> pipeline.predict(List.of(Map.of("colour", "red", "size", "big"))));
        assertEquals("size", text.field());
        assertTrue(text.getMessage().contains("must be a number, got 'big'"), text.getMessage());
        Map<String, Object> nested = new HashMap<>();
        nested.put("colour", Map.of("name", "red"));
        nested.put("size", 3);
        assertEquals("colour", assertThrows(RecordException.class, () -> pipeline.predict(List.of(nested))).field());
    }

    @Test
    void regressionAnswersInTheLabelsUnits() {
        FeatureAlignment alignment = new FeatureAlignment(Task.REGRESSION, "price", List.of(), 100, 20,
                List.of(new AlignedFeature("size", null, 10, 2)));
        ServingPipeline regression = new ServingPipeline(new ModelSpec(1, new int[0], 1, Activation.RELU,
                Task.REGRESSION), alignment, new double[] {0.5, 0.1});
        Prediction p = regression.predict(List.of(Map.of("size", 14))).get(0);
        assertEquals((0.5 * 2 + 0.1) * 20 + 100, p.value(), 1e-9);
        assertNull(p.label());
    }
}
