package io.synergos.websocket.protocol;

import java.nio.ByteBuffer;

/** A Worker's one answer to a TTP request: a tensor frame, candidate metrics or a control message. */
public sealed interface Reply {

    record Tensor(TensorFrame frame) implements Reply {
    }

    record Metrics(MetricsFrame frame) implements Reply {
    }

    record Control(ControlMessage message) implements Reply {
    }

    static Reply of(TensorFrame frame) {
        return new Tensor(frame);
    }

    static Reply of(MetricsFrame frame) {
        return new Metrics(frame);
    }

    static Reply of(ControlMessage message) {
        return new Control(message);
    }

    /** A binary reply, decoded by its kind. */
    static Reply ofBinary(ByteBuffer message) {
        return FrameHeader.peekKind(message) == FrameKind.CANDIDATE_METRICS ? of(MetricsFrame.decode(message))
                : of(TensorFrame.decode(message));
    }
}
