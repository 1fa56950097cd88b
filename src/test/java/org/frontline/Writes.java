package org.frontline;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The profile of the tests that write, or that must not write where the read tests assert on the
 * untouched seed (HostileRequestsTest). A profile of its own makes Quarkus start the application
 * again, on a database of its own.
 * <p>
 * That database did not exist before the application started: the application creates it,
 * migrates it and answers from the seed, as on a first start (DatabaseAtStartTest checks it). One
 * start for both, where each had its own; a start costs more than all of DatabaseAtStartTest.
 */
public class Writes implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        // The URLs outright, as FreshDatabase sets them: a profile's overrides win over its.
        return Map.of("quarkus.datasource.reactive.url", "postgresql://" + FreshDatabase.server() + "/" + database(),
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + FreshDatabase.server() + "/" + database());
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(DroppedAtStop.class));
    }

    /**
     * A name no other run uses, the same for this whole JVM. Kept in a system property because
     * Quarkus loads the profile, its test resource and the tests in more than one class loader,
     * and each would otherwise draw a name of its own.
     */
    public static String database() {
        return System.getProperties().computeIfAbsent("frontline.test.writes-database",
                key -> "frontline_created_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12)).toString();
    }

    /** Drops the database once the application of this profile has stopped. */
    public static class DroppedAtStop implements QuarkusTestResourceLifecycleManager {

        @Override
        public Map<String, String> start() {
            return Map.of();
        }

        @Override
        public void stop() {
            FreshDatabase.admin("drop database if exists " + database() + " with (force)");
        }
    }
}
