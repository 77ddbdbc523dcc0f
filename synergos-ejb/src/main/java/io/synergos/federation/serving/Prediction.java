package io.synergos.federation.serving;

import java.util.Map;

/**
 * One served prediction: for classification the predicted class and every class's probability; for
 * regression the value in the label's units ({@code label} and {@code probabilities} are then null).
 */
public record Prediction(String label, Map<String, Double> probabilities, Double value) {
}
