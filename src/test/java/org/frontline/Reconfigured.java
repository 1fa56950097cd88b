package org.frontline;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The settings of tests that each need one setting away from its default, and that share a start
 * because none depends on another's: a start costs more than any of these tests.
 * <ul>
 * <li>SmallRyeInternalsOffTest: both SmallRye switches off, as after an upgrade that broke what
 * they rely on (the persisted queries' cache plays no part in its core answers).</li>
 * <li>PersistedQueryCacheTest: a cache of 2 entries and 350 characters (its queries answer the same
 * with the switches on or off: SmallRyeInternalsOffTest is the proof).</li>
 * </ul>
 */
public class Reconfigured implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("frontline.graphql.plain-fetchers.enabled", "false", "frontline.graphql.prefetch.enabled", "false",
                "frontline.persisted-queries.cache-entries", "2", "frontline.persisted-queries.cache-characters", "350");
    }
}
