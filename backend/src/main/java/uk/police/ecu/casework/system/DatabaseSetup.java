package uk.police.ecu.casework.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything that changes the database's shape, done as the owner before the application connects as its
 * own role: the engine's schema (created or brought up to date by the engine itself), the domain schema
 * (Flyway), the indexes the engine lacks for this load, and the application role's grants: reads and
 * writes of every table, but never an update, deletion or truncation of the audit trail.
 */
final class DatabaseSetup {

    /** Completing a task looks up its subtasks by {@code PARENT_TASK_ID_}; unindexed, that scans every open task. */
    static final String TASK_PARENT_INDEX = "casework_ru_task_parent_task";
    private static final Logger log = LoggerFactory.getLogger(DatabaseSetup.class);

    private DatabaseSetup() {
    }

    static void prepare(DataSource owner, DatabaseRoles roles, boolean engineSchemaUpdate) {
        if (engineSchemaUpdate) {
            updateEngineSchema(owner);
        }
        acceptEditedMigrations(owner);
        Flyway.configure().dataSource(owner).locations("classpath:db/migration").schemas("casework")
                .defaultSchema("casework").createSchemas(true).load().migrate();
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX IF NOT EXISTS " + TASK_PARENT_INDEX + " ON public.act_ru_task (parent_task_id_)");
            if (roles.separate()) {
                grant(statement, roles.application().username());
            } else {
                log.warn("The application runs as the database's owner ({}): give it a role of its own "
                        + "(docs/security.md) so that it cannot change the audit trail or the schema", roles.owner());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database as " + roles.owner(), e);
        }
    }

    /**
     * Two migrations were edited after they had landed, before that was forbidden (MigrationChecksumsTest now
     * holds every checksum): V1 lost two columns nothing used, V15 an insert that moved to V20. A database kept
     * from before ran their first text; Flyway would refuse it. Its record of them is told the second text,
     * and nothing else: the unused columns stay, harmless.
     */
    private static void acceptEditedMigrations(DataSource owner) {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            try (ResultSet history = statement.executeQuery(
                    "SELECT to_regclass('casework.flyway_schema_history') IS NOT NULL")) {
                if (!history.next() || !history.getBoolean(1)) {
                    return;
                }
            }
            for (EditedMigration edited : EDITED) {
                int changed = statement.executeUpdate("UPDATE casework.flyway_schema_history SET checksum = "
                        + edited.now() + " WHERE version = '" + edited.version() + "' AND checksum = " + edited.landed());
                if (changed > 0) {
                    log.info("Migration V{} was edited after it landed; this database's record of it now has the edited text",
                            edited.version());
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the database's migration history", e);
        }
    }

    private record EditedMigration(String version, int landed, int now) {
    }

    private static final List<EditedMigration> EDITED = List.of(
            new EditedMigration("1", 330722447, -87698752),
            new EditedMigration("15", -1886985750, -2061589350));

    /** The engine makes or updates its own tables, as the owner, with a throwaway engine of its own. */
    private static void updateEngineSchema(DataSource owner) {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) ProcessEngineConfiguration.createStandaloneProcessEngineConfiguration();
        configuration.setProcessEngineName("casework-schema")
                .setDataSource(owner)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
                .setJobExecutorActivate(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setMetricsEnabled(false);
        ProcessEngine schemaOnly = configuration.buildProcessEngine();
        schemaOnly.close();
    }

    private static void grant(Statement statement, String application) throws SQLException {
        statement.execute("GRANT USAGE ON SCHEMA public, casework TO " + application);
        statement.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public, casework TO " + application);
        statement.execute("GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public, casework TO " + application);
        statement.execute("REVOKE UPDATE, DELETE, TRUNCATE ON casework.audit_event, casework.audit_chain FROM " + application);
        statement.execute("REVOKE INSERT ON casework.audit_chain FROM " + application);
        statement.execute("REVOKE ALL ON casework.flyway_schema_history FROM " + application);
        statement.execute("""
                DO $$ BEGIN
                    IF (SELECT pg_has_role(nspowner, 'MEMBER') FROM pg_namespace WHERE nspname = 'public') THEN
                        REVOKE CREATE ON SCHEMA public FROM PUBLIC;
                    END IF;
                END $$""");
    }
}
