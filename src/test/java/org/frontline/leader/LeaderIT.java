package org.frontline.leader;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** LeaderTest against the packaged application, started as its own process (the native binary with -Pnative). */
@QuarkusIntegrationTest
class LeaderIT extends LeaderTest {
}
