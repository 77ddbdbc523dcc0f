package io.synergos.websocket.ttp;

/** A grid exchange with a Worker failed: unreachable, disconnected, timed out, or the Worker reported an error. */
public class GridException extends Exception {

    public GridException(String message) {
        super(message);
    }
}
