package io.synergos.websocket.protocol;

/** A Worker's one answer to a TTP request: a tensor frame or a control message. */
public sealed interface Reply {

    record Tensor(TensorFrame frame) implements Reply {
    }

    record Control(ControlMessage message) implements Reply {
    }

    static Reply of(TensorFrame frame) {
        return new Tensor(frame);
    }

    static Reply of(ControlMessage message) {
        return new Control(message);
    }
}
