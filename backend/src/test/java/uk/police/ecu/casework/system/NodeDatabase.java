package uk.police.ecu.casework.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The one PostgreSQL that a fault test's application nodes share, owned by the test so that it outlives
 * every node it kills. Durable, as in production: a node refuses a database that can lose commits.
 */
public final class NodeDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private NodeDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static NodeDatabase start() {
        try {
            return new NodeDatabase(EmbeddedPostgres.builder()
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("max_connections", "300")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    /** The test's own view of the data: domain tables in {@code casework}, the engine's in {@code public}. */
    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    /**
     * Holds a table lock from the test's own connection until closed, so that a node's transaction that
     * writes the table waits part-way, deterministically, with no test hook in the application.
     */
    TableLock lockAgainstWrites(String table) {
        try {
            Connection connection = dataSource().getConnection();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                // EXCLUSIVE blocks inserts and updates but not reads, so the application's pages keep working.
                statement.execute("LOCK TABLE " + table + " IN EXCLUSIVE MODE");
            }
            return new TableLock(table, connection);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Sessions waiting for a lock on the table: a node's transaction stopped part-way. */
    int waitingOn(String table) {
        return jdbc().sql("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = ?::regclass")
                .param(table).query(Integer.class).single();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    record TableLock(String table, Connection connection) implements AutoCloseable {

        @Override
        public void close() throws SQLException {
            connection.rollback();
            connection.close();
        }
    }
}
