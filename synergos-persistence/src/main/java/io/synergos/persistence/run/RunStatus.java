package io.synergos.persistence.run;

/** Where a run is in its life. */
public enum RunStatus {
    CREATED, TRAINING, TRAINED, EVALUATING, EVALUATED, FAILED, STOPPED;

    public boolean isBusy() {
        return this == TRAINING || this == EVALUATING;
    }
}
