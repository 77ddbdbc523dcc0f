package io.synergos.websocket.protocol;

import java.util.Locale;

/** Types of JSON control messages; the wire name is the lower-case constant name. */
public enum ControlType {
    /** Worker to TTP: evaluation metrics computed locally, with the sample count. */
    EVALUATION,
    /** Worker to TTP: predictions were stored locally; carries only their count. */
    PREDICTION,
    /** Worker to TTP: the local model was exported. */
    FINISHED,
    /** Either side: the last request failed; carries a human-readable {@code message}. */
    ERROR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static ControlType ofWireName(String name) {
        for (ControlType type : values()) {
            if (type.wireName().equals(name)) {
                return type;
            }
        }
        throw new ProtocolException("unknown control message type '" + name + "'");
    }
}
