package io.synergos.ttp;

import java.time.Instant;
import java.util.List;

/**
 * A snapshot of one grid this TTP is running: its phase, the round it has completed out of the rounds
 * planned, the last global loss, and each Worker with its connection and the last round it answered.
 * {@code ended} is set once, in the last snapshot of the grid, with the run status it ended in.
 */
public record LiveGrid(long runId, String phase, int round, int rounds, Double loss, Double roundMillis,
                       List<Worker> workers, Instant since, String ended) {

    /**
     * A Worker of the grid: connected while its socket is open; {@code round} is the last round it answered;
     * {@code standing} says how it stood in the last round: connected (none yet), answered, late, absent, released.
     */
    public record Worker(String name, boolean connected, int round, Double loss, String standing) {
    }
}
