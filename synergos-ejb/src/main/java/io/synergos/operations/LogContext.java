package io.synergos.operations;

import org.jboss.logging.MDC;

/**
 * Tags the log lines of a run's work with its ids, in the logging's mapped diagnostic context: {@code run} and
 * {@code job}. The JSON log ({@code node start --log-format json}) writes them on every line, so that one run's lines
 * can be picked out of a busy node's log.
 */
public final class LogContext implements AutoCloseable {

    private final String key;
    private final Object previous;

    private LogContext(String key, Object value) {
        this.key = key;
        this.previous = MDC.get(key);
        MDC.put(key, String.valueOf(value));
    }

    /** Tags this thread's lines with the run until closed. */
    public static LogContext run(long runId) {
        return new LogContext("run", runId);
    }

    /** Tags this thread's lines with the job until closed. */
    public static LogContext job(long jobId) {
        return new LogContext("job", jobId);
    }

    @Override
    public void close() {
        if (previous == null) {
            MDC.remove(key);
        } else {
            MDC.put(key, previous);
        }
    }
}
