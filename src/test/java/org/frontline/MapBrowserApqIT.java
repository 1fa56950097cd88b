package org.frontline;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The map page's browser test against the application as it ships, with no allow-list: the service
 * learns each of the page's operations from its first use (automatic persisted queries), so the page
 * sends each text once, after a PERSISTED_QUERY_NOT_FOUND, and only hashes after that.
 */
@QuarkusIntegrationTest
class MapBrowserApqIT {

    @TestHTTPResource("/")
    URL root;

    @Test
    void aReaderSeesTheSamePageWhenTheServiceLearnsItsOperations() throws Exception {
        MapBrowserIT.runIn(root, false);
    }
}
