package io.synergos.node;

import jakarta.ejb.ApplicationException;

/** The request is valid but clashes with the current state (a duplicate name, a busy run, a wrong role). */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
