package io.synergos.federation.contribution;

import java.util.function.IntToDoubleFunction;

/**
 * The Shapley value of a cooperative game over {@code n} players, from the value v(S) of every coalition S
 * (a bit mask): {@code phi_i = sum over S not containing i of |S|! (n-|S|-1)! / n! (v(S + i) - v(S))}. It is the
 * only attribution that is efficient (the values add up to v(N) - v(empty)), symmetric (interchangeable players
 * get the same), gives a null player nothing and is additive over games.
 */
public final class ShapleyValues {

    /** Above this many players the 2^n coalitions are too many to enumerate here. */
    public static final int MAX_EXACT_PLAYERS = 20;

    private ShapleyValues() {
    }

    public static double[] exact(int n, IntToDoubleFunction v) {
        if (n < 1 || n > MAX_EXACT_PLAYERS) {
            throw new IllegalArgumentException("exact Shapley values need 1 to " + MAX_EXACT_PLAYERS + " players, not " + n);
        }
        double[] weight = new double[n];
        for (int s = 0; s < n; s++) {
            weight[s] = 1.0 / (n * binomial(n - 1, s));
        }
        double[] values = new double[n];
        int all = Coalitions.full(n);
        double[] cache = new double[all + 1];
        for (int mask = 0; mask <= all; mask++) {
            cache[mask] = v.applyAsDouble(mask);
        }
        for (int mask = 0; mask <= all; mask++) {
            int size = Integer.bitCount(mask);
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) == 0) {
                    values[i] += weight[size] * (cache[mask | (1 << i)] - cache[mask]);
                }
            }
        }
        return values;
    }

    /** Each player's marginal value to the grand coalition: v(N) - v(N without i). */
    public static double[] leaveOneOut(int n, IntToDoubleFunction v) {
        int all = Coalitions.full(n);
        double full = v.applyAsDouble(all);
        double[] marginals = new double[n];
        for (int i = 0; i < n; i++) {
            marginals[i] = full - v.applyAsDouble(all & ~(1 << i));
        }
        return marginals;
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}
