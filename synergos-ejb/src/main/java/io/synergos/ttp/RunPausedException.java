package io.synergos.ttp;

/**
 * A training run stopped at the end of a round because its TTP is stopping: it has checkpointed, released its
 * Workers, and resumes from there when the TTP starts again.
 */
public class RunPausedException extends RuntimeException {
    public RunPausedException(String message) {
        super(message);
    }
}
