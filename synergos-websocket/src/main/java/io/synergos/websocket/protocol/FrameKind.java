package io.synergos.websocket.protocol;

/** What a binary tensor frame asks for or answers. The code is the byte on the wire. */
public enum FrameKind {
    /** TTP to Worker: global parameters of round {@code round}; train locally and answer with {@link #LOCAL_UPDATE}. */
    TRAIN(1),
    /** Worker to TTP: locally trained parameters, sample count and local loss. */
    LOCAL_UPDATE(2),
    /** TTP to Worker: infer on the evaluate data with these parameters; answer {@link ControlType#EVALUATION}. */
    EVALUATE(3),
    /** TTP to Worker: infer on the predict data with these parameters; answer {@link ControlType#PREDICTION}. */
    PREDICT(4),
    /** TTP to Worker: the final global model; export the local model and answer {@link ControlType#FINISHED}. */
    FINISH(5);

    private final int code;

    FrameKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public static FrameKind of(int code) {
        for (FrameKind kind : values()) {
            if (kind.code == code) {
                return kind;
            }
        }
        throw new ProtocolException("unknown tensor frame kind " + code);
    }
}
