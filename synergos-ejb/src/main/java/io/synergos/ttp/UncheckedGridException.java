package io.synergos.ttp;

import io.synergos.websocket.ttp.GridException;

/** Carries a {@link GridException} through the numerical core's callbacks, which cannot throw it. */
final class UncheckedGridException extends RuntimeException {

    UncheckedGridException(GridException cause) {
        super(cause.getMessage(), cause);
    }

    @Override
    public synchronized GridException getCause() {
        return (GridException) super.getCause();
    }
}
