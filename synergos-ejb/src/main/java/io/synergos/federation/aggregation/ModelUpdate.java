package io.synergos.federation.aggregation;

/** What one Worker returns from a round: its parameters, how many rows it trained on, its local loss. */
public record ModelUpdate(double[] parameters, long samples, double loss) {
}
