package org.frontline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * The map page following the record live: src/test/browser/live.test.mjs opens the page in the
 * same headless Chromium as MapBrowserIT, records strikes through the API as an editor while it
 * is open, and checks that the page shows those its filters select without a reload, says what
 * changed, and ignores the others; that after a lost connection it resumes from the last event it
 * heard and misses what was recorded meanwhile; and that its subscription goes by hash over a same-origin
 * WebSocket within the page's policy. The application runs as it ships (no allow-list: the service
 * learns the subscription from its first use) but with the test key pair's public key, which the
 * prod profile it runs does not know. That profile of its own also starts it anew, and FreshDatabase
 * with it, so that its writes land in a database no other test reads the seed from.
 */
@QuarkusIntegrationTest
@TestProfile(MapBrowserLiveIT.TestKeys.class)
class MapBrowserLiveIT {

    public static class TestKeys implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("mp.jwt.verify.publickey.location", Path.of("src", "test", "resources", "jwt", "public.pem").toAbsolutePath().toString());
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void theOpenPageShowsWhatIsRecordedWhereItsFiltersLook() throws Exception {
        String editor = Jwt.issuer("frontline").upn("editor-ed").groups(Set.of("editor")).expiresIn(Duration.ofMinutes(10))
                .sign("jwt/private.pem");
        String output = MapBrowserIT.run(root, "test:live", Map.of("FRONTLINE_EDITOR_TOKEN", editor), 4);
        assertTrue(output.contains("from the write to the page showing it"), output);
        Path shot = MapBrowserIT.SCREENSHOTS.resolve("04-live.png");
        assertTrue(Files.size(shot) > 10_000, shot + " is missing or nearly empty");
    }
}
