package io.synergos.federation.alignment;

/** The Workers' datasets cannot be aligned into one feature space; the message says which and why. */
public class AlignmentException extends RuntimeException {

    public AlignmentException(String message) {
        super(message);
    }
}
