package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.police.ecu.casework.DatabaseOwner;
import uk.police.ecu.casework.IntegrationTest;

/**
 * Least privilege in the database: the application's connections are a role that owns nothing, can change
 * no table's shape and reads no other role's secrets; the owner holds every table; the embedded server
 * listens on localhost only and lets nobody in without a password.
 */
@IntegrationTest
class DatabaseRolesIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmbeddedDatabase database;

    @Test
    void shouldConnectAsARoleThatIsNotTheOwnerNorASuperuser() {
        assertThat(jdbc.queryForObject("SELECT current_user", String.class)).isEqualTo(DatabaseRoles.EMBEDDED_APPLICATION);
        assertThat(jdbc.queryForObject("SELECT rolsuper FROM pg_roles WHERE rolname = current_user", Boolean.class))
                .isFalse();
        assertThat(jdbc.queryForObject("""
                        SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                        WHERE n.nspname IN ('public', 'casework') AND c.relkind IN ('r', 'p', 'S', 'v')
                        AND pg_get_userbyid(c.relowner) <> ?""", Integer.class, DatabaseRoles.EMBEDDED_OWNER))
                .as("tables and sequences not held by the owner").isZero();
    }

    @Test
    void shouldNotLetTheApplicationChangeAnyTablesShapeOrReadRolesSecrets() {
        for (String change : List.of("CREATE TABLE casework.intruder (id int)", "CREATE TABLE public.intruder (id int)",
                "ALTER TABLE crime ADD COLUMN intruder text", "DROP TABLE crime", "ALTER TABLE act_ru_task DISABLE TRIGGER ALL",
                "CREATE FUNCTION casework.intruder() RETURNS int LANGUAGE sql AS 'SELECT 1'",
                "SELECT rolpassword FROM pg_authid", "ALTER ROLE casework_app SUPERUSER")) {
            assertThatThrownBy(() -> jdbc.execute(change)).as(change)
                    .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner|must be superuser).*");
        }
    }

    @Test
    void shouldListenOnLocalhostOnly_andLetNobodyInWithoutTheirPassword() {
        assertThat(jdbc.queryForObject("SHOW listen_addresses", String.class)).isEqualTo("localhost");
        String port = database.jdbcUrl().replaceAll(".*:(\\d+)/.*", "$1");
        for (String directory : List.of("/tmp", "/var/run/postgresql", "/run/postgresql")) {
            assertThat(Path.of(directory, ".s.PGSQL." + port)).as("a Unix socket").doesNotExist();
        }
        for (String[] login : new String[][] {{"postgres", ""}, {"postgres", "postgres"},
                {DatabaseRoles.EMBEDDED_APPLICATION, "wrong"}, {DatabaseRoles.EMBEDDED_OWNER, ""}}) {
            DataSource attempt = DatabaseOwner.login(database.jdbcUrl(), login[0], login[1]);
            assertThatThrownBy(() -> {
                try (Connection connection = attempt.getConnection()) {
                    connection.isValid(1);
                }
            }).as(login[0] + " with password '" + login[1] + "'").hasMessageContaining("password");
        }
    }
}
