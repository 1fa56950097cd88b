package org.frontline.paging;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** PagingTest against the packaged application, started as its own process (the native binary with -Pnative). */
@QuarkusIntegrationTest
class PagingIT extends PagingTest {
}
