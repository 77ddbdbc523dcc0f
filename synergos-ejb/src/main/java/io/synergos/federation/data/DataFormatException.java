package io.synergos.federation.data;

/** A dataset that cannot be used as it is; the message names the file and, where it can, line and column. */
public class DataFormatException extends RuntimeException {

    public DataFormatException(String message) {
        super(message);
    }
}
