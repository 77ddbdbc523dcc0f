package io.synergos.websocket.worker;

import io.synergos.websocket.protocol.Reply;
import io.synergos.websocket.protocol.TensorFrame;
import java.util.concurrent.Executor;

/**
 * What a Worker node does with grid traffic. The endpoint is only transport; the Worker's application
 * layer implements this interface as a CDI bean. {@code worker} names the virtual Worker of the node a socket belongs
 * to ({@link io.synergos.websocket.protocol.GridProtocol#VIRTUAL_PATH}), or is null for the node's own socket ({@link io.synergos.websocket.protocol.GridProtocol#PATH}).
 */
public interface GridParticipant {

    /** Whether {@code token} is the secret the TTP gave this Worker for {@code runId}. */
    boolean accepts(String worker, long runId, String token);

    /** The largest binary frame the run can need ({@link io.synergos.websocket.protocol.GridProtocol#maxRequestBytes}): larger ones close the socket (1009, too big). */
    int maxFrameBytes(String worker, long runId);

    /**
     * Whether answering {@code request} takes so little (a small model's round on few rows) that the thread that
     * delivered it, the socket's I/O thread, may answer it itself; the hand-offs to a worker thread and back would cost
     * more than the work. Anything else is answered on {@link #executor()}.
     */
    boolean answersAtOnce(String worker, long runId, TensorFrame request);

    /** Where the requests that are not {@link #answersAtOnce quick} are answered. */
    Executor executor();

    /** Handles one request of the TTP and returns the one reply. Exceptions become an error reply. */
    Reply handle(String worker, long runId, TensorFrame request);

    /** The TTP's socket for the run closed, cleanly or not. */
    void disconnected(String worker, long runId, String reason);
}
