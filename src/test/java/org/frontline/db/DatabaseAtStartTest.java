package org.frontline.db;

import static org.frontline.GraphQL.data;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.frontline.FreshDatabase;
import org.frontline.Writes;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A first start needs nothing but a running PostgreSQL: the application of the Writes profile is
 * pointed at a database that did not exist before it started, creates it, migrates it and answers
 * from the seed. Where creating is not allowed, or PostgreSQL is not there, the start fails with
 * one line that says what to do.
 */
@QuarkusTest
@TestProfile(Writes.class)
class DatabaseAtStartTest {

    @Test
    void theServiceCreatedItsDatabaseAndAnswersFromTheSeed() {
        assertTrue(FreshDatabase.exists(Writes.database()), Writes.database() + " should have been created at start");
        assertThat("the application reads from it", ConfigProvider.getConfig().getValue("quarkus.datasource.reactive.url", String.class),
                endsWith("/" + Writes.database()));
        assertEquals("Zaporizhzhia Oblast", data("{ regions(filter: {name: \"Zaporozhye\", kind: OBLAST}) "
                + "{ edges { node { name } } } }").getString("data.regions.edges[0].node.name"));
    }

    @Test
    void whereCreatingIsNotAllowedTheStartSaysWhatToRun() {
        String missing = "frontline_missing_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        DatabaseAtStart check = new DatabaseAtStart(Optional.of("jdbc:postgresql://" + FreshDatabase.server() + "/" + missing),
                Optional.of("postgres"), Optional.empty(), false);
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> check.customize(null));
        assertThat(failure.getMessage(), containsString("Database " + missing + " does not exist on PostgreSQL at "
                + FreshDatabase.server()));
        assertThat(failure.getMessage(), containsString("-c 'create database " + missing + "'"));
        assertThat(failure.getMessage(), containsString("FRONTLINE_CREATE_DATABASE=true"));
        assertFalse(FreshDatabase.exists(missing), "nothing is created where it is not allowed");
    }

    @Test
    void withoutPostgresqlTheStartNamesTheServerItLookedFor() {
        // Port 9 (discard) has no listener here: the connection is refused at once.
        DatabaseAtStart check = new DatabaseAtStart(Optional.of("jdbc:postgresql://127.0.0.1:9/frontline"),
                Optional.of("postgres"), Optional.empty(), true);
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> check.customize(null));
        assertThat(failure.getMessage(), containsString("PostgreSQL is not reachable at 127.0.0.1:9"));
        assertThat(failure.getMessage(), containsString("FRONTLINE_DB=host:port/database"));
    }
}
