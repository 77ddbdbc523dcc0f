package io.synergos.websocket.worker;

import io.synergos.websocket.protocol.Reply;
import io.synergos.websocket.protocol.TensorFrame;

/**
 * What a Worker node does with grid traffic. The endpoint is only transport; the Worker's application
 * layer implements this interface as a CDI bean.
 */
public interface GridParticipant {

    /** Whether {@code token} is the secret the TTP gave this Worker for {@code runId}. */
    boolean accepts(long runId, String token);

    /** The largest binary frame the run can need ({@link io.synergos.websocket.protocol.GridProtocol#maxRequestBytes}): larger ones close the socket (1009, too big). */
    int maxFrameBytes(long runId);

    /** Handles one request of the TTP and returns the one reply. Exceptions become an error reply. */
    Reply handle(long runId, TensorFrame request);

    /** The TTP's socket for the run closed, cleanly or not. */
    void disconnected(long runId, String reason);
}
