package uk.police.ecu.casework.system;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One real PostgreSQL either way: an external server when {@code SPRING_DATASOURCE_URL} is set,
 * otherwise an embedded server whose files live under {@code ./data/} and survive restarts. Either way
 * the database is prepared as its owner ({@link DatabaseSetup}) before the application's own connections,
 * as its own role, are handed out.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedDatabase embeddedDatabase(DatabaseSettings settings,
                                      @Value("${casework.secrets-dir:data/secrets}") String secretsDir,
                                      @Value("${casework.database.embedded.restart-delay:PT1S}") Duration restartDelay)
            throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The embedded PostgreSQL cannot run as root (PostgreSQL refuses it). "
                    + "Run as an unprivileged user, or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD to use an external PostgreSQL.");
        }
        boolean kept = StringUtils.hasText(settings.dataDir());
        EmbeddedDatabase database = EmbeddedDatabase.start(settings, kept ? Path.of(secretsDir) : null);
        database.supervise(restartDelay);
        return database;
    }

    @Bean
    @Conditional(EmbeddedDatabaseCondition.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource embeddedDataSource(EmbeddedDatabase database,
                                        @Value("${casework.database.engine-schema-update:true}") boolean engineSchemaUpdate) {
        DatabaseRoles roles = database.roles();
        DatabaseSetup.prepare(database.dataSource(roles.owner()), roles, engineSchemaUpdate);
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(database.jdbcUrl());
        dataSource.setUsername(roles.application().username());
        dataSource.setPassword(roles.application().password());
        return dataSource;
    }

    @Bean
    @Conditional(ExternalDatabaseCondition.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource externalDataSource(DataSourceProperties properties,
                                        @Value("${casework.database.owner.username:}") String ownerUsername,
                                        @Value("${casework.database.owner.password:}") String ownerPassword,
                                        @Value("${casework.database.engine-schema-update:true}") boolean engineSchemaUpdate) {
        require(properties.getUsername(), "SPRING_DATASOURCE_USERNAME (spring.datasource.username)");
        if (properties.getPassword() == null) {
            throw new IllegalStateException(missing("SPRING_DATASOURCE_PASSWORD (spring.datasource.password)"));
        }
        DatabaseRoles.Login application = new DatabaseRoles.Login(properties.getUsername(), properties.getPassword());
        DatabaseRoles.Login owner = StringUtils.hasText(ownerUsername)
                ? new DatabaseRoles.Login(ownerUsername, ownerPassword) : application;
        try (HikariDataSource ownerConnections = properties.initializeDataSourceBuilder().type(HikariDataSource.class)
                .username(owner.username()).password(owner.password()).build()) {
            ownerConnections.setMaximumPoolSize(2);
            DatabaseSetup.prepare(ownerConnections, new DatabaseRoles(owner, application), engineSchemaUpdate);
        }
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }

    private static void require(String value, String setting) {
        if (!StringUtils.hasText(value)) {
            throw new IllegalStateException(missing(setting));
        }
    }

    private static String missing(String setting) {
        return "An external database is configured (SPRING_DATASOURCE_URL is set) but " + setting
                + " is not set. Set it, or unset SPRING_DATASOURCE_URL to use the embedded database.";
    }
}
