package org.frontline.ops;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** MetricsTest against the packaged application, started as its own process (the native binary with -Pnative). */
@QuarkusIntegrationTest
class MetricsIT extends MetricsTest {
}
