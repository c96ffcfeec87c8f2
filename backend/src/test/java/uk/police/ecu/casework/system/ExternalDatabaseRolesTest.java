package uk.police.ecu.casework.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.police.ecu.casework.DatabaseOwner;

/**
 * An external PostgreSQL set up as docs/security.md says (two roles): an owner role that migrates and
 * owns every table, and an application role with only the reads and writes it needs. A node on it migrates
 * as the owner and works as the application role, which can change no table's shape nor the audit trail.
 */
@Tag("separate-jvm")
class ExternalDatabaseRolesTest {

    private static final String OWNER_PASSWORD = "owner-" + System.nanoTime();
    private static final String APPLICATION_PASSWORD = "app-" + System.nanoTime();

    @Test
    void shouldMigrateAsTheOwnerAndWorkAsTheApplicationRole() throws Exception {
        try (NodesOnOneDatabase nodes = new NodesOnOneDatabase()) {
            JdbcClient superuser = nodes.database().jdbc();
            for (String setUp : List.of(
                    "CREATE ROLE casework_owner LOGIN PASSWORD '" + OWNER_PASSWORD + "'",
                    "CREATE ROLE casework_app LOGIN PASSWORD '" + APPLICATION_PASSWORD + "'",
                    "CREATE DATABASE casework OWNER casework_owner",
                    "REVOKE ALL ON DATABASE casework FROM PUBLIC",
                    "GRANT CONNECT ON DATABASE casework TO casework_app")) {
                superuser.sql(setUp).update();
            }
            // The test's own URL names its superuser; the node must sign in only as the roles it is given.
            String url = nodes.database().jdbcUrl().replaceFirst("/postgres(\\?.*)?$", "/casework");

            ApplicationNode node = ApplicationNode.start("external-roles", Map.of(
                    "SPRING_DATASOURCE_URL", url,
                    "SPRING_DATASOURCE_USERNAME", "casework_app",
                    "SPRING_DATASOURCE_PASSWORD", APPLICATION_PASSWORD,
                    "CASEWORK_DATABASE_OWNER_USERNAME", "casework_owner",
                    "CASEWORK_DATABASE_OWNER_PASSWORD", OWNER_PASSWORD));
            try {
                assertThat(node.signedIn("ecu.officer").get("/api/tasks?queue=ecu-triage").status()).isEqualTo(200);

                JdbcTemplate application = new JdbcTemplate(DatabaseOwner.login(url, "casework_app", APPLICATION_PASSWORD));
                assertThat(application.queryForObject("SELECT count(*) FROM casework.audit_event", Long.class))
                        .as("the node has written its audit trail").isPositive();
                for (String change : List.of("UPDATE casework.audit_event SET username = 'x'",
                        "DELETE FROM casework.audit_event", "CREATE TABLE casework.intruder (id int)",
                        "CREATE TABLE public.intruder (id int)", "ALTER TABLE casework.crime ADD COLUMN x text")) {
                    assertThatThrownBy(() -> application.execute(change)).as(change)
                            .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner).*");
                }
                assertThat(application.queryForObject("""
                                SELECT count(*) FROM pg_tables WHERE schemaname IN ('public', 'casework')
                                AND tableowner <> 'casework_owner'""", Long.class)).isZero();
            } finally {
                node.close();
            }
        }
    }
}
