package org.frontline.sanction;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** SanctionTest against the packaged application, started as its own process (the native binary with -Pnative). */
@QuarkusIntegrationTest
class SanctionIT extends SanctionTest {
}
