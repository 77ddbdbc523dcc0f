package io.synergos.node;

import jakarta.ejb.ApplicationException;

/** Input that is well-formed but unusable; the message says what and where, {@link #field()} names the field. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String message) {
        super(message);
        this.field = null;
    }

    public InvalidInputException(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    /** The request field at fault, or null when the message alone says it. */
    public String field() {
        return field;
    }
}
