package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures tell the user "try again in a minute" rather than "something went wrong". */
class DatabaseOutageTest {

    @Test
    void shouldRecogniseNoConnectionFromSpring() {
        assertThat(DatabaseOutage.causedBy(new CannotGetJdbcConnectionException("pool timed out"))).isTrue();
        assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("no connection"))).isTrue();
    }

    @Test
    void shouldRecogniseALostConnectionDeepInsideTheEngine() {
        SQLException terminated = new SQLException("terminating connection due to administrator command", "57P01");
        ProcessEngineException engine = new ProcessEngineException("could not execute",
                new PersistenceException("### Error querying database", terminated));
        assertThat(DatabaseOutage.causedBy(engine)).isTrue();
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("x",
                new SQLException("An I/O error occurred while sending to the backend", "08006")))).isTrue();
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("x",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
    }

    @Test
    void shouldRecogniseARollbackThatFailedBecauseTheStatementLostItsConnection() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        rollback.initApplicationException(new ProcessEngineException("x",
                new SQLException("An I/O error occurred while sending to the backend", "08006")));
        assertThat(DatabaseOutage.causedBy(rollback)).isTrue();

        TransactionSystemException afterABug = new TransactionSystemException("JDBC rollback failed",
                new SQLException("Connection is closed"));
        afterABug.initApplicationException(new IllegalStateException("bug"));
        assertThat(DatabaseOutage.causedBy(afterABug)).isFalse();
    }

    @Test
    void shouldNotMistakeOtherDatabaseErrorsForAnOutage() {
        assertThat(DatabaseOutage.causedBy(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.causedBy(new ProcessEngineException("Unknown property used in expression"))).isFalse();
        assertThat(DatabaseOutage.causedBy(new IllegalStateException("bug"))).isFalse();
    }
}
