package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A database kept from before V1 was edited (it ran V1's first text, in {@code edited-migrations/}) is
 * brought up to date rather than refused: its record of V1 takes the edited text's checksum, and every later
 * migration runs.
 */
class EditedMigrationsTest {

    @Test
    void shouldUpgradeADatabaseThatRanTheFirstTextOfAnEditedMigration() throws Exception {
        try (EmbeddedDatabase database = EmbeddedDatabase.start(new DatabaseSettings("", false, 0), null)) {
            DataSource owner = database.dataSource(database.owner());
            Flyway.configure().dataSource(owner).locations("classpath:edited-migrations").schemas("casework")
                    .defaultSchema("casework").createSchemas(true).load().migrate();
            JdbcTemplate sql = new JdbcTemplate(owner);
            assertThat(sql.queryForObject("SELECT checksum FROM casework.flyway_schema_history WHERE version = '1'",
                    Integer.class)).as("the first text of V1").isEqualTo(330722447);

            DatabaseSetup.prepare(owner, database.roles(), true);

            assertThat(sql.queryForObject("SELECT checksum FROM casework.flyway_schema_history WHERE version = '1'",
                    Integer.class)).isEqualTo(-87698752);
            assertThat(sql.queryForObject("SELECT max(version::int) FROM casework.flyway_schema_history", Integer.class))
                    .as("every later migration ran").isGreaterThanOrEqualTo(32);
        }
    }
}
