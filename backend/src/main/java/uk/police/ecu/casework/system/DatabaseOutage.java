package uk.police.ecu.casework.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Recognises a failure that means the database cannot be reached (stopped, restarting, out of
 * connections), however deeply Spring, MyBatis or the engine wrapped it, so the user can be told
 * to try again rather than that something broke.
 */
public final class DatabaseOutage {

    public static final String MESSAGE = "The case database is not available just now; try again in a minute";
    public static final String RETRY_AFTER_SECONDS = "60";

    /** PostgreSQL shutting down or starting up: admin_shutdown, crash_shutdown, cannot_connect_now. */
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private DatabaseOutage() {
    }

    /** The answer to any request the outage stopped: 503, to be sent with {@link #RETRY_AFTER_SECONDS}. */
    public static ApiError error() {
        return ApiError.of(503, "Service Unavailable", MESSAGE);
    }

    public static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            // A statement failed as the connection went, then the rollback failed on the dead connection:
            // the rollback's error is the cause, the statement's (which names the lost connection) is kept aside.
            if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null
                    && causedBy(rollback.getApplicationException())) {
                return true;
            }
        }
        return false;
    }

    private static boolean connectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || SERVER_GOING_AWAY.contains(sqlState));
    }
}
