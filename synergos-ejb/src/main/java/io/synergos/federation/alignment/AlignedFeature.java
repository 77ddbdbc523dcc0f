package io.synergos.federation.alignment;

/**
 * One column of the aligned matrix: a standardised numeric column ({@code category == null}) or the
 * one-hot indicator of one category value.
 */
public record AlignedFeature(String column, String category, double mean, double std) {

    public boolean isOneHot() {
        return category != null;
    }

    public String displayName() {
        return isOneHot() ? column + "=" + category : column;
    }
}
