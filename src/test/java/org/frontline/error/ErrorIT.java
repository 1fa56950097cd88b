package org.frontline.error;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** ErrorTest against the packaged application, started as its own process (the native binary with -Pnative). */
@QuarkusIntegrationTest
class ErrorIT extends ErrorTest {
}
