package io.synergos.ttp;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * How long a training round waits for the trainers' updates. A run that sets {@code roundDeadlineSeconds} gets that
 * fixed deadline. Otherwise the deadline adapts, but only for a run that may go on without someone (minWorkers below
 * the number of trainers): from the second round on it is {@value #FACTOR} times the median of the last
 * {@value #HISTORY} rounds' durations, never below the floor ({@code synergos.grid.deadline-floor-seconds}, 5 s) nor
 * above the reply timeout; the first round (which warms the Workers up) and every round of a run that needs all its
 * trainers wait up to the reply timeout, since leaving one out would end such a run.
 */
final class RoundDeadline {

    static final double FACTOR = 4;
    static final int HISTORY = 10;

    private final Duration fixed;
    private final boolean adaptive;
    private final Duration floor;
    private final Duration ceiling;
    private final Deque<Double> recent = new ArrayDeque<>();

    private RoundDeadline(Duration fixed, boolean adaptive, Duration floor, Duration ceiling) {
        this.fixed = fixed;
        this.adaptive = adaptive;
        this.floor = floor;
        this.ceiling = ceiling;
    }

    /**
     * @param seconds  the run's fixed deadline; null or 0 for none
     * @param tolerant whether the run may go on without some trainers
     * @param floor    the shortest adaptive deadline
     * @param ceiling  the longest wait for one reply (the node's reply timeout)
     */
    static RoundDeadline of(Double seconds, boolean tolerant, Duration floor, Duration ceiling) {
        if (seconds != null && seconds > 0) {
            return new RoundDeadline(Duration.ofMillis(Math.max(1, Math.round(seconds * 1000))), false, floor, ceiling);
        }
        return new RoundDeadline(null, tolerant, floor, ceiling);
    }

    /** The deadline of the next round. */
    Duration next() {
        if (fixed != null) {
            return fixed;
        }
        if (!adaptive || recent.isEmpty()) {
            return ceiling;
        }
        double[] sorted = recent.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double median = sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
        Duration adapted = Duration.ofMillis(Math.round(FACTOR * median));
        return adapted.compareTo(floor) < 0 ? floor : adapted.compareTo(ceiling) > 0 ? ceiling : adapted;
    }

    /** Records how long a round took. */
    void record(double millis) {
        recent.addLast(millis);
        if (recent.size() > HISTORY) {
            recent.removeFirst();
        }
    }

    /** What the deadline is, for the run's log. */
    String describe() {
        return fixed != null ? "fixed, " + fixed.toMillis() + " ms" : adaptive ? "adaptive (" + FACTOR + " x the median "
                + "round, at least " + floor.toSeconds() + " s)" : "the reply timeout, " + ceiling.toSeconds() + " s";
    }

    @Override
    public String toString() {
        return describe() + " " + Arrays.toString(recent.toArray());
    }
}
