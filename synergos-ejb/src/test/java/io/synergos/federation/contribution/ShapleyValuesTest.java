package io.synergos.federation.contribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.Test;

/** The Shapley axioms and known values on synthetic games. */
class ShapleyValuesTest {

    /** A game with a random value for every coalition (v(empty) too). */
    static IntToDoubleFunction randomGame(int n, long seed) {
        double[] v = new double[1 << n];
        Random random = new Random(seed);
        for (int i = 0; i < v.length; i++) {
            v[i] = random.nextGaussian();
        }
        return mask -> v[mask];
    }

    @Test
    void efficiencyTheValuesAddUpToTheGainOfTheGrandCoalition() {
        for (int n = 1; n <= 8; n++) {
            IntToDoubleFunction v = randomGame(n, n);
            double[] phi = ShapleyValues.exact(n, v);
            assertEquals(v.applyAsDouble(Coalitions.full(n)) - v.applyAsDouble(0), sum(phi), 1e-9, "n = " + n);
        }
    }

    @Test
    void symmetryInterchangeablePlayersGetEqualValues() {
        // players 1 and 3 are interchangeable: the value depends on them only through how many are in
        double[] base = new double[1 << 5];
        Random random = new Random(3);
        for (int i = 0; i < base.length; i++) {
            base[i] = random.nextGaussian();
        }
        IntToDoubleFunction v = mask -> {
            boolean one = (mask & 2) != 0;
            boolean three = (mask & 8) != 0;
            int canonical = mask & ~2 & ~8;
            if (one && three) {
                canonical |= 2 | 8;
            } else if (one || three) {
                canonical |= 2;
            }
            return base[canonical];
        };
        double[] phi = ShapleyValues.exact(5, v);
        assertEquals(phi[1], phi[3], 1e-12);
    }

    @Test
    void aNullPlayerGetsNothing() {
        IntToDoubleFunction game = randomGame(5, 9);
        IntToDoubleFunction v = mask -> game.applyAsDouble(mask & ~(1 << 2)); // player 2 changes nothing
        double[] phi = ShapleyValues.exact(5, v);
        assertEquals(0, phi[2], 1e-12);
    }

    @Test
    void anAdditiveGameGivesEachPlayerItsOwnWorthByEveryMethod() {
        double[] worth = {0.5, 1.5, -0.25, 2.0};
        IntToDoubleFunction v = mask -> {
            double sum = 10;
            for (int i = 0; i < worth.length; i++) {
                sum += (mask & (1 << i)) != 0 ? worth[i] : 0;
            }
            return sum;
        };
        assertArrayEquals(worth, ShapleyValues.exact(4, v), 1e-12);
        assertArrayEquals(worth, ShapleyValues.leaveOneOut(4, v), 1e-12);
    }

    @Test
    void theGloveGameHasItsTextbookValues() {
        // players 0 and 1 hold a left glove, player 2 a right one; a pair is worth 1
        IntToDoubleFunction v = mask -> ((mask & 3) != 0 && (mask & 4) != 0) ? 1 : 0;
        assertArrayEquals(new double[] {1.0 / 6, 1.0 / 6, 4.0 / 6}, ShapleyValues.exact(3, v), 1e-12);
        assertArrayEquals(new double[] {0, 0, 1}, ShapleyValues.leaveOneOut(3, v), 1e-12);
    }

    @Test
    void tooManyPlayersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ShapleyValues.exact(21, mask -> 0));
    }

    static double sum(double[] values) {
        double s = 0;
        for (double x : values) {
            s += x;
        }
        return s;
    }
}
