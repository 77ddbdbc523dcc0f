package io.synergos.federation.training;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EarlyStoppingTest {

    @Test
    void stopsAfterPatienceRoundsWithoutAnImprovementLargerThanMinDelta() {
        EarlyStopping stopping = new EarlyStopping(2, 0.01);
        assertFalse(stopping.shouldStop(1.0));
        assertFalse(stopping.shouldStop(0.9));
        assertFalse(stopping.shouldStop(0.895), "an improvement smaller than min delta counts as none (1)");
        assertTrue(stopping.shouldStop(0.893), "second round without a real improvement");
    }

    @Test
    void anImprovementResetsTheCount() {
        EarlyStopping stopping = new EarlyStopping(2, 0);
        assertFalse(stopping.shouldStop(1.0));
        assertFalse(stopping.shouldStop(1.1));
        assertFalse(stopping.shouldStop(0.5));
        assertFalse(stopping.shouldStop(0.6));
        assertTrue(stopping.shouldStop(0.7));
    }

    @Test
    void patienceZeroNeverStops() {
        EarlyStopping stopping = new EarlyStopping(0, 0);
        for (int i = 0; i < 100; i++) {
            assertFalse(stopping.shouldStop(1.0));
        }
    }

    @Test
    void aRestoredStateStopsWhereTheUninterruptedOneWould() {
        EarlyStopping whole = new EarlyStopping(3, 0.01);
        EarlyStopping first = new EarlyStopping(3, 0.01);
        double[] losses = {1.0, 0.8, 0.795, 0.79, 0.792, 0.7905};
        for (int i = 0; i < 3; i++) {
            assertFalse(whole.shouldStop(losses[i]));
            assertFalse(first.shouldStop(losses[i]));
        }
        EarlyStopping resumed = EarlyStopping.restore(3, 0.01, first.best(), first.roundsWithoutImprovement());
        for (int i = 3; i < losses.length; i++) {
            org.junit.jupiter.api.Assertions.assertEquals(whole.shouldStop(losses[i]), resumed.shouldStop(losses[i]),
                    "round " + (i + 1));
        }
        assertTrue(resumed.roundsWithoutImprovement() >= 3);
    }
}
