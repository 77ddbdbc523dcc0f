package io.synergos.websocket.protocol;

/** A message that breaks the grid protocol: wrong magic or version, bad length, unknown type, over a limit. */
public class ProtocolException extends RuntimeException {

    public ProtocolException(String message) {
        super(message);
    }
}
