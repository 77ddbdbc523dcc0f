package io.synergos.websocket.protocol;

import java.time.Duration;

/**
 * The Synergos grid wire protocol, version 2: the one definition both roles use. Version 2 adds the batched
 * evaluation of candidate models for contribution ({@link FrameKind#EVALUATE_CANDIDATES},
 * {@link FrameKind#CANDIDATE_METRICS}) and the element type byte of binary frames; version 1 frames and
 * messages are still read.
 *
 * <p>A TTP opens one WebSocket per Worker and run at {@link #PATH} ({@link #VIRTUAL_PATH} for a virtual Worker),
 * authenticating the handshake with the
 * per-run secret in {@link #TOKEN_HEADER}. Model parameters travel as binary {@link TensorFrame}s, everything
 * else as JSON {@link ControlMessage}s. Each request from the TTP gets exactly one reply. The full description,
 * with byte layouts and limits, is in {@code PROTOCOL.md} beside this module's sources.
 */
public final class GridProtocol {

    public static final int VERSION = 2;

    /** The oldest version a peer still reads. */
    public static final int OLDEST_READABLE = 1;

    /** Path of the Worker's server endpoint, relative to the web context. */
    public static final String PATH = "/grid/{runId}";

    /**
     * Path of a virtual Worker's server endpoint (a Worker node hosting several participants for load tests): the
     * same protocol under the virtual Worker's base URL, {@code NODE/virtual/{worker}/}.
     */
    public static final String VIRTUAL_PATH = "/virtual/{worker}/grid/{runId}";

    /** Handshake header that carries the per-run secret the TTP gave this Worker over REST. */
    public static final String TOKEN_HEADER = "X-Synergos-Run-Token";

    /** Largest text (JSON) message either side accepts. */
    public static final int MAX_TEXT_BYTES = 1 << 20;

    /** Largest number of parameters a tensor frame may carry: 64 Mi float32, 256 MiB. */
    public static final int MAX_PARAMETERS = 64 << 20;

    /** Largest binary message either side accepts. */
    public static final int MAX_BINARY_BYTES = TensorFrame.HEADER_BYTES + 4 * MAX_PARAMETERS;

    /** Largest EVALUATE_CANDIDATES frame: candidates are sent in as many frames as this needs. */
    public static final int MAX_CANDIDATE_BYTES = 16 << 20;

    /** Most candidate models in one EVALUATE_CANDIDATES frame. */
    public static final int MAX_CANDIDATES = 1024;

    /** How long a socket may stay silent before the container closes it. */
    public static final Duration IDLE_TIMEOUT = Duration.ofMinutes(10);

    private GridProtocol() {
    }

    public static boolean readable(int version) {
        return version >= OLDEST_READABLE && version <= VERSION;
    }

    /** How many candidate models of {@code parameters} parameters one EVALUATE_CANDIDATES frame carries. */
    public static int candidatesPerFrame(int parameters) {
        long fit = (MAX_CANDIDATE_BYTES - TensorFrame.HEADER_BYTES) / (4L * Math.max(1, parameters));
        return (int) Math.max(1, Math.min(MAX_CANDIDATES, fit));
    }

    /** The largest binary frame the TTP sends a Worker for a model of {@code parameters} parameters. */
    public static int maxRequestBytes(int parameters) {
        long model = TensorFrame.HEADER_BYTES + 4L * parameters;
        long candidates = TensorFrame.HEADER_BYTES + 4L * parameters * candidatesPerFrame(parameters);
        return (int) Math.min(MAX_BINARY_BYTES, Math.max(model, candidates));
    }

    /**
     * The largest binary frame a Worker sends back for such a model: its local update, or the metric sums of a
     * full frame of candidates, {@code metricWidth} float64 values each.
     */
    public static int maxReplyBytes(int parameters, int metricWidth) {
        long model = TensorFrame.HEADER_BYTES + 4L * parameters;
        long metrics = TensorFrame.HEADER_BYTES + 8L * metricWidth * candidatesPerFrame(parameters);
        return (int) Math.min(MAX_BINARY_BYTES, Math.max(model, metrics));
    }
}
