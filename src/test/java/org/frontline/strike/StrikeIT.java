package org.frontline.strike;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** StrikeTest against the packaged application, started as its own process (the native binary with -Pnative). */
@QuarkusIntegrationTest
class StrikeIT extends StrikeTest {
}
