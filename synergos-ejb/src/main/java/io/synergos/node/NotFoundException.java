package io.synergos.node;

import jakarta.ejb.ApplicationException;

/** The named resource does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
