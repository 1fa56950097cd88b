package org.frontline;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** SchemaTest against the packaged application, started as its own process (the native binary with -Pnative). */
@QuarkusIntegrationTest
class SchemaIT extends SchemaTest {
}
