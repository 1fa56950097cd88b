package org.frontline.region;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** RegionTest against the packaged application, started as its own process (the native binary with -Pnative). */
@QuarkusIntegrationTest
class RegionIT extends RegionTest {
}
