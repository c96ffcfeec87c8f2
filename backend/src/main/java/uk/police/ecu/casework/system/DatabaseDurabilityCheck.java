package uk.police.ecu.casework.system;

import java.util.List;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start on a PostgreSQL that can lose committed work (fsync or synchronous_commit
 * off) unless told this database is a throwaway one, such as the tests' embedded server.
 */
@Component
class DatabaseDurabilityCheck implements InitializingBean {

    private final JdbcClient jdbc;
    private final boolean throwaway;

    DatabaseDurabilityCheck(JdbcClient jdbc, @Value("${casework.database.throwaway:false}") boolean throwaway) {
        this.jdbc = jdbc;
        this.throwaway = throwaway;
    }

    @Override
    public void afterPropertiesSet() {
        if (throwaway) {
            return;
        }
        List<String> unsafe = List.of("fsync", "synchronous_commit").stream()
                .filter(setting -> "off".equals(jdbc.sql("SHOW " + setting).query(String.class).single()))
                .toList();
        if (!unsafe.isEmpty()) {
            throw new IllegalStateException("The database has " + String.join(" and ", unsafe)
                    + " off, so committed work can be lost in a crash. Turn them on, or set "
                    + "CASEWORK_DATABASE_THROWAWAY=true if this database holds nothing of value.");
        }
    }
}
