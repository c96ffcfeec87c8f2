package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.DatabaseOwner;

/**
 * A database kept from before the embedded server asked for passwords (it trusted every local connection,
 * and its tables belonged to the superuser) keeps its data, and from its next start lets nobody in without a
 * password and gives its tables to the owner role.
 */
class EmbeddedDatabaseUpgradeTest {

    @TempDir
    Path kept;

    @Test
    void shouldGiveAKeptTrustingDatabasePasswords_andItsTablesAnOwner_keepingItsRows() throws Exception {
        Path data = kept.resolve("postgres");
        try (EmbeddedPostgres before = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).start()) {
            JdbcTemplate superuser = new JdbcTemplate(before.getPostgresDatabase());
            superuser.execute("CREATE SCHEMA casework");
            superuser.execute("CREATE TABLE casework.kept_note (text text)");
            superuser.execute("INSERT INTO casework.kept_note VALUES ('written before passwords')");
        }

        try (EmbeddedDatabase after = EmbeddedDatabase.start(new DatabaseSettings(data.toString(), false, 0),
                kept.resolve("secrets"))) {
            JdbcTemplate owner = new JdbcTemplate(after.dataSource(after.owner()));
            assertThat(owner.queryForObject("SELECT text FROM casework.kept_note", String.class))
                    .isEqualTo("written before passwords");
            assertThat(owner.queryForObject("SELECT tableowner FROM pg_tables WHERE tablename = 'kept_note'", String.class))
                    .isEqualTo(DatabaseRoles.EMBEDDED_OWNER);
            DataSource withoutPassword = DatabaseOwner.login(after.jdbcUrl(), "postgres", null);
            assertThatThrownBy(() -> {
                try (Connection connection = withoutPassword.getConnection()) {
                    connection.isValid(1);
                }
            }).hasMessageContaining("password");
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContainPattern("(?m)^[^#].*\\btrust\\s*$");
        assertThat(Files.getPosixFilePermissions(kept.resolve("secrets").resolve("database-owner.password")))
                .extracting(Object::toString).containsExactlyInAnyOrder("OWNER_READ", "OWNER_WRITE");
    }
}
