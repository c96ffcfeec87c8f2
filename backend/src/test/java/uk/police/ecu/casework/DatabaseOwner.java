package uk.police.ecu.casework;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import uk.police.ecu.casework.system.EmbeddedDatabase;

/**
 * The database as its owner can act on it: what an insider holding the owner's password could do to the
 * audit trail, and what a test needs to set its scene. The application itself never connects as the owner
 * once the database is prepared.
 */
@Component
public class DatabaseOwner {

    private final JdbcTemplate jdbc;

    DatabaseOwner(ObjectProvider<EmbeddedDatabase> embedded, @Value("${spring.datasource.url:}") String url,
                  @Value("${casework.database.owner.username:}") String username,
                  @Value("${casework.database.owner.password:}") String password) {
        EmbeddedDatabase database = embedded.getIfAvailable();
        this.jdbc = new JdbcTemplate(database != null ? database.dataSource(database.owner()) : login(url, username, password));
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /** Connections as any role, as a client on this host would make them. */
    public static DataSource login(String url, String username, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(username);
        dataSource.setPassword(password);
        return dataSource;
    }
}
