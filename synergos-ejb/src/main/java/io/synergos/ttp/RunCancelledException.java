package io.synergos.ttp;

/** Ends a grid job whose run was cancelled by request; the run is then marked CANCELLED. */
public class RunCancelledException extends RuntimeException {

    public RunCancelledException(String message) {
        super(message);
    }
}
