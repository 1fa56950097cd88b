package org.frontline.db;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.jboss.logging.Logger;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Before Flyway migrates at start, checks that PostgreSQL answers and that the configured database
 * exists, so that a newcomer's first start either works or says in one line what to do, instead
 * of a JDBC stack trace.
 *
 * <p>A missing database is created (on the server's {@code postgres} maintenance database, with
 * the service's own credentials) only where {@code frontline.create-database} allows it: on by
 * default in dev and test, off in production. In production a missing database is far more often
 * a mistyped name or the wrong server than a first start, and creating one there would migrate
 * and seed an empty database and hide that; there the start fails with the command to run.
 *
 * <p>This is a Flyway customizer because that is the one hook Quarkus runs before
 * {@code migrate-at-start} (a StartupEvent observer runs after it). Where migrations do not run
 * at start (a Kubernetes Job runs them), Flyway is not built and nothing here runs.
 */
@Singleton
public class DatabaseAtStart implements FlywayConfigurationCustomizer {

    private static final Logger LOG = Logger.getLogger(DatabaseAtStart.class);

    /** PostgreSQL's SQLSTATE for "database does not exist" (invalid_catalog_name). */
    private static final String NO_SUCH_DATABASE = "3D000";

    private final String url;
    private final String user;
    private final String password;
    private final boolean create;

    DatabaseAtStart(@ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "frontline.create-database", defaultValue = "false") boolean create) {
        this.url = url.orElse("");
        this.user = user.orElse("");
        this.password = password.orElse("");
        this.create = create;
    }

    @Override
    public void customize(FluentConfiguration configuration) {
        Target target = Target.of(url);
        if (target == null) {
            // Several hosts, or a form this does not read: Flyway connects and reports as it would.
            return;
        }
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            return;
        } catch (SQLException e) {
            if (!NO_SUCH_DATABASE.equals(e.getSQLState())) {
                throw fail(unreachable(target, e), e);
            }
        }
        if (!create) {
            throw fail("Database " + target.name() + " does not exist on PostgreSQL at " + target.server()
                    + ". Create it (psql -h " + target.host() + " -p " + target.port() + " -U " + user
                    + " -d postgres -c 'create database " + target.name()
                    + "'), or start with FRONTLINE_CREATE_DATABASE=true to let the service create it.", null);
        }
        try (Connection connection = DriverManager.getConnection(target.maintenanceUrl(), user, password);
                Statement sql = connection.createStatement()) {
            sql.execute("create database " + quoted(target.name()));
            LOG.infof("Created database %s on %s (frontline.create-database is on); migrating it now",
                    target.name(), target.server());
        } catch (SQLException e) {
            throw fail("Database " + target.name() + " does not exist on PostgreSQL at " + target.server()
                    + ", and user " + user + " could not create it (" + e.getMessage()
                    + "). Create it as a user who may, or grant CREATEDB to " + user + ".", e);
        }
    }

    private String unreachable(Target target, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.startsWith("08")) {
            return "PostgreSQL is not reachable at " + target.server() + " (" + e.getMessage()
                    + "). Start PostgreSQL there, or point the service at another server with"
                    + " FRONTLINE_DB=host:port/database.";
        }
        if (state.startsWith("28")) {
            return "PostgreSQL at " + target.server() + " refused user " + user + " (" + e.getMessage()
                    + "). Set QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD, or allow the user"
                    + " to log in over TCP (pg_hba.conf).";
        }
        return "Could not connect to database " + target.name() + " on PostgreSQL at " + target.server()
                + ": " + e.getMessage();
    }

    /** Logs the one line that says what to do, then fails the start with it. */
    private static IllegalStateException fail(String line, Throwable cause) {
        LOG.error(line);
        return new IllegalStateException(line, cause);
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** The server and database a single-host JDBC URL names. */
    private record Target(String host, int port, String name, String query) {

        String server() {
            return host + ":" + port;
        }

        String maintenanceUrl() {
            return "jdbc:postgresql://" + server() + "/postgres" + (query == null ? "" : "?" + query);
        }

        static Target of(String jdbcUrl) {
            if (!jdbcUrl.startsWith("jdbc:postgresql://")) {
                return null;
            }
            URI uri;
            try {
                uri = URI.create(jdbcUrl.substring("jdbc:".length()));
            } catch (IllegalArgumentException e) {
                return null;
            }
            String path = uri.getPath();
            if (uri.getHost() == null || path == null || path.length() < 2) {
                return null;
            }
            return new Target(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), path.substring(1),
                    uri.getRawQuery());
        }
    }
}
