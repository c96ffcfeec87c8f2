package uk.police.ecu.casework.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.police.ecu.casework.shared.SecretFile;

/**
 * The embedded PostgreSQL of the run command and the tests, locked down as a server would be: it listens
 * on localhost only (no Unix socket), every role signs in with a password (SCRAM), and the application
 * signs in as a role that owns nothing. The superuser's password is used only here, to make the owner and
 * application roles; the passwords of a kept database live in files beside it, made on its first start.
 * A database kept from before passwords (trusting every local connection) is given them on its next start.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "postgres";

    private final DatabaseSettings settings;
    private final Path dataDir;
    private final String superuserPassword;
    private final DatabaseRoles roles;
    private volatile EmbeddedPostgres postgres;
    private EmbeddedDatabaseSupervisor supervisor;
    private boolean closed;

    private EmbeddedDatabase(DatabaseSettings settings, Path dataDir, EmbeddedPostgres postgres,
                             String superuserPassword, DatabaseRoles roles) {
        this.settings = settings;
        this.dataDir = dataDir;
        this.postgres = postgres;
        this.superuserPassword = superuserPassword;
        this.roles = roles;
    }

    /**
     * @param secrets where a kept database's passwords are kept; null for a throwaway database, whose
     *                passwords live only as long as this process
     */
    static EmbeddedDatabase start(DatabaseSettings settings, Path secrets) throws IOException {
        Function<String, String> password = secrets == null
                ? name -> SecretFile.newSecret()
                : name -> SecretFile.readOrCreate(secrets.resolve("database-" + name + ".password"));
        String superuserPassword = password.apply("superuser");
        DatabaseRoles roles = new DatabaseRoles(
                new DatabaseRoles.Login(DatabaseRoles.EMBEDDED_OWNER, password.apply("owner")),
                new DatabaseRoles.Login(DatabaseRoles.EMBEDDED_APPLICATION, password.apply("application")));
        Path dataDir = settings.dataDir() == null || settings.dataDir().isBlank() ? null
                : Path.of(settings.dataDir()).toAbsolutePath();
        if (dataDir != null && trustsLocalConnections(dataDir)) {
            givePasswords(settings, dataDir, superuserPassword);
        }
        Path passwordFile = Files.createTempFile("casework-initdb", ".pw");
        try {
            Files.writeString(passwordFile, superuserPassword + "\n", StandardCharsets.UTF_8);
            EmbeddedPostgres postgres = builder(settings, dataDir)
                    .setLocaleConfig("auth", "scram-sha-256")
                    .setLocaleConfig("pwfile", passwordFile.toString())
                    .setConnectConfig("password", superuserPassword)
                    .start();
            EmbeddedDatabase database = new EmbeddedDatabase(settings, dataDir, postgres, superuserPassword, roles);
            database.makeRoles();
            return database;
        } finally {
            Files.deleteIfExists(passwordFile);
        }
    }

    private static EmbeddedPostgres.Builder builder(DatabaseSettings settings, Path dataDir) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("listen_addresses", "localhost")
                .setServerConfig("unix_socket_directories", "")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("fsync", settings.durable() ? "on" : "off")
                .setServerConfig("synchronous_commit", settings.durable() ? "on" : "off")
                .setServerConfig("full_page_writes", settings.durable() ? "on" : "off")
                .setServerConfig("max_connections", "200")
                // Crash recovery after the server was killed replays its write-ahead log, which can take a while.
                .setPGStartupWait(Duration.ofSeconds(60))
                // Closed by the bean's destroy method, after the engine and the pool are done with it. Its own
                // JVM shutdown hook would stop it in parallel with the application's, so the engine's last
                // writes waited out connection timeouts and SIGTERM took over a minute.
                .setRegisterShutdownHook(false);
        if (settings.port() > 0) {
            builder.setPort(settings.port());
        }
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            log.info("Embedded PostgreSQL data directory: {} (durable: {})", dataDir, settings.durable());
        }
        return builder;
    }

    private static boolean trustsLocalConnections(Path dataDir) throws IOException {
        Path hba = dataDir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readAllLines(hba).stream()
                .map(String::strip).filter(line -> !line.startsWith("#") && !line.isEmpty())
                .anyMatch(line -> line.endsWith("trust"));
    }

    /** A database made before passwords: start it once as it was, give the superuser its password, then close it. */
    private static void givePasswords(DatabaseSettings settings, Path dataDir, String superuserPassword) throws IOException {
        log.info("Embedded PostgreSQL in {} trusted every local connection: giving its roles passwords", dataDir);
        try (EmbeddedPostgres trusting = builder(settings, dataDir).start();
             Connection connection = trusting.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("ALTER ROLE " + SUPERUSER + " PASSWORD " + literal(superuserPassword));
        } catch (SQLException e) {
            throw new IOException("Cannot give the embedded database's superuser a password", e);
        }
        Path hba = dataDir.resolve("pg_hba.conf");
        List<String> scram = Files.readAllLines(hba).stream()
                .map(line -> line.strip().startsWith("#") ? line : line.replaceAll("\\btrust\\s*$", "scram-sha-256"))
                .toList();
        Files.write(hba, scram);
    }

    /** The owner owns the database (so the public schema, where the engine's tables are) and everything in it. */
    private void makeRoles() throws IOException {
        try (Connection connection = dataSource(SUPERUSER, superuserPassword).getConnection();
             Statement statement = connection.createStatement()) {
            for (DatabaseRoles.Login login : List.of(roles.owner(), roles.application())) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                        + literal(login.username()) + ") THEN CREATE ROLE " + login.username() + "; END IF; END $$");
                statement.execute("ALTER ROLE " + login.username()
                        + " WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD "
                        + literal(login.password()));
            }
            String owner = roles.owner().username();
            statement.execute("ALTER DATABASE " + DATABASE + " OWNER TO " + owner);
            statement.execute("REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
            statement.execute("GRANT CONNECT ON DATABASE " + DATABASE + " TO " + roles.application().username());
            statement.execute("CREATE SCHEMA IF NOT EXISTS casework AUTHORIZATION " + owner);
            statement.execute("ALTER SCHEMA casework OWNER TO " + owner);
            statement.execute(ownedBySuperuser(owner));
        } catch (SQLException e) {
            throw new IOException("Cannot make the embedded database's roles", e);
        }
    }

    /** Tables, sequences and functions made before the owner role existed are handed to it. */
    private static String ownedBySuperuser(String owner) {
        return """
                DO $$
                DECLARE object record;
                BEGIN
                    FOR object IN
                        SELECT CASE c.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW'
                                   WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END AS kind,
                               format('%%I.%%I', n.nspname, c.relname) AS name
                        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_roles r ON r.oid = c.relowner
                        WHERE n.nspname IN ('public', 'casework') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                          AND r.rolsuper AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d
                              WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype IN ('a', 'i')))
                    LOOP
                        EXECUTE format('ALTER %%s %%s OWNER TO %s', object.kind, object.name);
                    END LOOP;
                    FOR object IN
                        SELECT p.oid::regprocedure AS name FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                        JOIN pg_roles r ON r.oid = p.proowner WHERE n.nspname IN ('public', 'casework') AND r.rolsuper
                    LOOP
                        EXECUTE format('ALTER FUNCTION %%s OWNER TO %s', object.name);
                    END LOOP;
                END $$""".formatted(owner, owner);
    }

    /**
     * Restarts PostgreSQL on the same files and port whenever its server process dies, so the connection
     * pool and the engine reconnect by themselves. Only a kept database: a throwaway one's files go with it.
     */
    synchronized void supervise(Duration restartDelay) {
        if (dataDir == null || closed) {
            return;
        }
        supervisor = EmbeddedDatabaseSupervisor.start(this, restartDelay);
    }

    /** Whether the server process named in the data directory's {@code postmaster.pid} is alive. */
    boolean running() {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            Optional<String> pid = Files.exists(pidFile)
                    ? Files.readAllLines(pidFile).stream().findFirst().map(String::strip) : Optional.empty();
            return pid.filter(value -> value.matches("\\d+")).map(Long::parseLong)
                    .filter(EmbeddedDatabase::alive).isPresent();
        } catch (IOException e) {
            // Being rewritten by a starting server: not known to be dead, so look again at the next check.
            return true;
        }
    }

    /** A killed server nobody has reaped yet is a zombie, which {@link ProcessHandle#isAlive()} counts as alive. */
    private static boolean alive(long pid) {
        if (ProcessHandle.of(pid).filter(ProcessHandle::isAlive).isEmpty()) {
            return false;
        }
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        try {
            String line = Files.readString(stat);
            return !line.substring(line.lastIndexOf(')') + 1).strip().startsWith("Z");
        } catch (IOException e) {
            // No /proc (not Linux): the process handle's answer stands; gone since: dead.
            return !Files.isDirectory(Path.of("/proc")) || Files.exists(stat.getParent());
        }
    }

    /** Starts the server again on the same data directory and port; the dead one's lock is released first. */
    synchronized void restart() throws IOException {
        if (closed) {
            return;
        }
        int port = postgres.getPort();
        postgres.close();
        postgres = builder(settings, dataDir)
                .setPort(port)
                .setConnectConfig("password", superuserPassword)
                .start();
    }

    Path dataDir() {
        return dataDir;
    }

    DatabaseRoles roles() {
        return roles;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(SUPERUSER, DATABASE).replaceFirst("\\?.*$", "");
    }

    /** A connection source as one of the two roles, e.g. for a test that must act as the owner. */
    public DataSource dataSource(DatabaseRoles.Login login) {
        return dataSource(login.username(), login.password());
    }

    public DatabaseRoles.Login owner() {
        return roles.owner();
    }

    private DataSource dataSource(String username, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(jdbcUrl());
        dataSource.setUser(username);
        dataSource.setPassword(password);
        return dataSource;
    }

    static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void close() throws IOException {
        EmbeddedDatabaseSupervisor stopping;
        synchronized (this) {
            closed = true;
            stopping = supervisor;
        }
        if (stopping != null) {
            stopping.close();
        }
        synchronized (this) {
            postgres.close();
        }
    }
}
