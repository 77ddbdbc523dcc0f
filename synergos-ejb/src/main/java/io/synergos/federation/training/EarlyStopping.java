package io.synergos.federation.training;

/**
 * Stops training once the global loss has not improved by more than {@code minDelta} for {@code patience}
 * rounds in a row. A patience of 0 never stops.
 */
public final class EarlyStopping {

    private final int patience;
    private final double minDelta;
    private double best = Double.POSITIVE_INFINITY;
    private int sinceBest;

    public EarlyStopping(int patience, double minDelta) {
        if (patience < 0 || !(minDelta >= 0)) {
            throw new IllegalArgumentException("patience and min delta must not be negative");
        }
        this.patience = patience;
        this.minDelta = minDelta;
    }

    /** Early stopping that continues from a saved state ({@link #best()}, {@link #roundsWithoutImprovement()}). */
    public static EarlyStopping restore(int patience, double minDelta, double best, int roundsWithoutImprovement) {
        EarlyStopping stopping = new EarlyStopping(patience, minDelta);
        stopping.best = best;
        stopping.sinceBest = roundsWithoutImprovement;
        return stopping;
    }

    /** The best global loss so far (infinite before the first round). */
    public double best() {
        return best;
    }

    /** Records a round's global loss; true when training should stop after this round. */
    public boolean shouldStop(double loss) {
        if (loss < best - minDelta) {
            best = loss;
            sinceBest = 0;
            return false;
        }
        sinceBest++;
        return patience > 0 && sinceBest >= patience;
    }

    public int roundsWithoutImprovement() {
        return sinceBest;
    }
}
