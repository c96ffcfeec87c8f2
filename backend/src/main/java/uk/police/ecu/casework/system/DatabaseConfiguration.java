package uk.police.ecu.casework.system;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

/**
 * One real PostgreSQL either way: an external server when {@code SPRING_DATASOURCE_URL} is set,
 * otherwise an embedded server whose files live under {@code ./data/} and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    @Conditional(EmbeddedDatabaseCondition.class)
    EmbeddedPostgres embeddedPostgres(DatabaseSettings settings) throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            throw new IllegalStateException("The embedded PostgreSQL cannot run as root (PostgreSQL refuses it). "
                    + "Run as an unprivileged user, or set SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
                    + "SPRING_DATASOURCE_PASSWORD to use an external PostgreSQL.");
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("fsync", settings.durable() ? "on" : "off")
                .setServerConfig("synchronous_commit", settings.durable() ? "on" : "off")
                .setServerConfig("full_page_writes", settings.durable() ? "on" : "off")
                .setServerConfig("max_connections", "200")
                // Closed by this bean's destroy method, after the engine and the pool are done with it. Its own
                // JVM shutdown hook would stop it in parallel with the application's, so the engine's last
                // writes waited out connection timeouts and SIGTERM took over a minute.
                .setRegisterShutdownHook(false);
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        if (StringUtils.hasText(settings.dataDir())) {
            Path dir = Path.of(settings.dataDir()).toAbsolutePath();
            Files.createDirectories(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL data directory: {} (durable: {})", dir, settings.durable());
        }
        return builder.start();
    }

    @Bean
    @Conditional(EmbeddedDatabaseCondition.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource embeddedDataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        return dataSource;
    }

    @Bean
    @Conditional(ExternalDatabaseCondition.class)
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource externalDataSource(DataSourceProperties properties) {
        require(properties.getUsername(), "SPRING_DATASOURCE_USERNAME (spring.datasource.username)");
        if (properties.getPassword() == null) {
            throw new IllegalStateException(missing("SPRING_DATASOURCE_PASSWORD (spring.datasource.password)"));
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
