package io.synergos.node;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.logging.Logger;

/**
 * Rides out a database that is briefly away (restarted, failed over, a network blip) while a run records its rounds.
 * A transaction that failed because the connection was lost rolled back whole, so it is tried again, with back-off,
 * until the database answers or the window ({@code synergos.db.outage-seconds}, 120) has passed; the grid waits
 * meanwhile. Any other failure is not retried.
 */
public final class DatabaseOutage {

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());

    private DatabaseOutage() {
    }

    public static Duration window() {
        return Duration.ofSeconds(Long.getLong("synergos.db.outage-seconds", 120));
    }

    /** Runs {@code work} (one transaction), trying again while it fails for a lost connection, up to {@code window}. */
    public static <T> T retry(String what, Duration window, Supplier<T> work) {
        long end = System.nanoTime() + window.toNanos();
        long pause = 250;
        int attempt = 1;
        while (true) {
            try {
                return work.get();
            } catch (RuntimeException e) {
                if (!isOutage(e) || System.nanoTime() + pause * 1_000_000 > end) {
                    throw e;
                }
                int tried = attempt;
                long waiting = pause;
                LOG.warning(() -> what + ": the database is unreachable (" + root(e) + "); trying again in " + waiting
                        + " ms (attempt " + tried + ")");
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                pause = Math.min(5000, pause * 2);
                attempt++;
            }
        }
    }

    /** Whether {@code failure} says that the database could not be reached, rather than that the work was wrong. */
    public static boolean isOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLRecoverableException
                    || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            String type = t.getClass().getName();
            // Hibernate's JDBCConnectionException; the connection pool's "unable to get a managed connection"
            if (type.endsWith("JDBCConnectionException") || type.startsWith("jakarta.resource.")
                    || (t.getMessage() != null && t.getMessage().contains("IJ000453"))) {
                return true;
            }
        }
        return false;
    }

    private static String root(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
