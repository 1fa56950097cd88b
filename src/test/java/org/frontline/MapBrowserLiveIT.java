package org.frontline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;

/**
 * The map page following the record live: src/test/browser/live.test.mjs opens the page in the
 * same headless Chromium as MapBrowserIT, records strikes through the API as an editor while it
 * is open, and checks that the page shows those its filters select without a reload, says what
 * changed, and ignores the others; and that its subscription goes by hash over a same-origin
 * WebSocket within the page's policy. It writes, so the application runs on a database of its own,
 * and with the test key pair's public key, as it ships otherwise (no allow-list: the service learns
 * the subscription from its first use).
 */
@QuarkusIntegrationTest
@TestProfile(MapBrowserLiveIT.OwnDatabaseAndTestKeys.class)
class MapBrowserLiveIT {

    public static class OwnDatabaseAndTestKeys extends Writes {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            // The packaged application runs the prod profile, which creates no database and knows no key.
            overrides.put("frontline.create-database", "true");
            overrides.put("mp.jwt.verify.publickey.location", Path.of("src", "test", "resources", "jwt", "public.pem").toAbsolutePath().toString());
            return overrides;
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void theOpenPageShowsWhatIsRecordedWhereItsFiltersLook() throws Exception {
        String editor = Jwt.issuer("frontline").upn("editor-ed").groups(Set.of("editor")).expiresIn(Duration.ofMinutes(10))
                .sign("jwt/private.pem");
        String output = MapBrowserIT.run(root, "test:live", Map.of("FRONTLINE_EDITOR_TOKEN", editor), 3);
        assertTrue(output.contains("from the write to the page showing it"), output);
        Path shot = MapBrowserIT.SCREENSHOTS.resolve("04-live.png");
        assertTrue(Files.size(shot) > 10_000, shot + " is missing or nearly empty");
    }
}
