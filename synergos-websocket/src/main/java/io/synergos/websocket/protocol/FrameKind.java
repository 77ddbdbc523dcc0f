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
    FINISH(5),
    /**
     * TTP to Worker (version 2): K candidate models concatenated, K in the sample count field; measure each on the
     * validation data and answer one {@link #CANDIDATE_METRICS}.
     */
    EVALUATE_CANDIDATES(6),
    /** Worker to TTP (version 2): float64 metric sums, K in the sample count field, the same width for each. */
    CANDIDATE_METRICS(7);

    private final int code;

    FrameKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The first protocol version that has this kind. */
    public int since() {
        return code >= 6 ? 2 : 1;
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
