package io.synergos.ttp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RoundDeadlineTest {

    private static final Duration FLOOR = Duration.ofSeconds(5);
    private static final Duration CEILING = Duration.ofSeconds(300);

    @Test
    void aFixedDeadlineAlwaysApplies() {
        RoundDeadline deadline = RoundDeadline.of(2.5, false, FLOOR, CEILING);
        assertEquals(Duration.ofMillis(2500), deadline.next());
        deadline.record(10);
        assertEquals(Duration.ofMillis(2500), deadline.next());
    }

    @Test
    void aRunThatNeedsEveryTrainerWaitsUpToTheReplyTimeout() {
        RoundDeadline deadline = RoundDeadline.of(null, false, FLOOR, CEILING);
        deadline.record(20);
        assertEquals(CEILING, deadline.next());
    }

    @Test
    void theAdaptiveDeadlineFollowsTheMedianRoundBetweenFloorAndCeiling() {
        RoundDeadline deadline = RoundDeadline.of(0.0, true, FLOOR, CEILING);
        assertEquals(CEILING, deadline.next(), "the first round warms up: no history yet");
        deadline.record(20);
        assertEquals(FLOOR, deadline.next(), "4 x 20 ms is below the floor");
        for (int i = 0; i < 10; i++) {
            deadline.record(3000);
        }
        assertEquals(Duration.ofSeconds(12), deadline.next(), "4 x the median of the last 10 rounds");
        deadline.record(1_000_000);
        assertEquals(Duration.ofSeconds(12), deadline.next(), "one slow round does not move the median");
        for (int i = 0; i < 10; i++) {
            deadline.record(500_000);
        }
        assertEquals(CEILING, deadline.next(), "never above the reply timeout");
    }
}
