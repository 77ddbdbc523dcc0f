package io.synergos.websocket.protocol;

import java.time.Duration;

/**
 * The Synergos grid wire protocol, version 1: the one definition both roles use.
 *
 * <p>A TTP opens one WebSocket per Worker and run at {@link #PATH}, authenticating the handshake with the
 * per-run secret in {@link #TOKEN_HEADER}. Model parameters travel as binary {@link TensorFrame}s, everything
 * else as JSON {@link ControlMessage}s. Each request from the TTP gets exactly one reply. The full description,
 * with byte layouts and limits, is in {@code PROTOCOL.md} beside this module's sources.
 */
public final class GridProtocol {

    public static final int VERSION = 1;

    /** Path of the Worker's server endpoint, relative to the web context. */
    public static final String PATH = "/grid/{runId}";

    /** Handshake header that carries the per-run secret the TTP gave this Worker over REST. */
    public static final String TOKEN_HEADER = "X-Synergos-Run-Token";

    /** Largest text (JSON) message either side accepts. */
    public static final int MAX_TEXT_BYTES = 1 << 20;

    /** Largest number of parameters a tensor frame may carry: 64 Mi float32, 256 MiB. */
    public static final int MAX_PARAMETERS = 64 << 20;

    /** Largest binary message either side accepts. */
    public static final int MAX_BINARY_BYTES = TensorFrame.HEADER_BYTES + 4 * MAX_PARAMETERS;

    /** How long a socket may stay silent before the container closes it. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);

    private GridProtocol() {
    }
}
