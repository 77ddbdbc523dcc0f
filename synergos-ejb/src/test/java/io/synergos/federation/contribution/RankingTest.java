package io.synergos.federation.contribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void ranksHighestFirstWithTiesAveraged() {
        assertArrayEquals(new double[] {2.5, 1, 4, 2.5}, Ranking.ranks(new double[] {0.2, 0.9, -1, 0.2}));
    }

    @Test
    void spearmanIsOneForTheSameOrderAndMinusOneForTheReverse() {
        assertEquals(1, Ranking.spearman(new double[] {3, 2, 1}, new double[] {30, 0.2, 0.1}), 1e-12);
        assertEquals(-1, Ranking.spearman(new double[] {3, 2, 1}, new double[] {1, 2, 3}), 1e-12);
        assertEquals(0.8, Ranking.spearman(new double[] {4, 3, 2, 1}, new double[] {4, 2, 3, 1}), 1e-12);
    }
}
