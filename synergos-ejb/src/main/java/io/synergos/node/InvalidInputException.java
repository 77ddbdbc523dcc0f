package io.synergos.node;

import jakarta.ejb.ApplicationException;

/** Input that is well-formed but unusable; the message says what and where. */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }
}
