package org.frontline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The map page at / in a real browser: src/test/browser/map.test.mjs drives Debian's Chromium,
 * headless, through Playwright, against the packaged application on the seed. It loads the page,
 * changes the filters and checks what the map and the timeline show, opens strikes and checks their
 * sources' sentences, and checks that no request leaves this server and that the page keeps to its
 * Content-Security-Policy. The application runs with the page's operations as its only allowed ones,
 * so the test also shows that the page asks nothing else, and asks it by hash alone.
 * Screenshots are kept in target/screenshots.
 */
@QuarkusIntegrationTest
@TestProfile(MapBrowserIT.PageOperationsOnly.class)
class MapBrowserIT {

    private static final Path OPERATIONS = Path.of("src", "main", "frontend", "src", "operations");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    public static class PageOperationsOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("frontline.persisted-queries.allow-list", OPERATIONS.toAbsolutePath().toString());
        }
    }

    @TestHTTPResource("/")
    URL root;

    @Test
    void aReaderSeesTheMapTheTimelineAndWhoSaysSo() throws Exception {
        runIn(root, true);
    }

    /**
     * Runs the browser test against the application at root; allowListOn says whether it runs only
     * the page's operations (then every hash is known from the start and no text is ever sent).
     */
    static void runIn(URL root, boolean allowListOn) throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("The map's browser test needs Chromium at " + chromium + " (Debian: apt-get install chromium chromium-driver; "
                    + ".ci/run installs it), or CHROMIUM=<path to a Chromium>");
        }
        NodeProject browser = NodeProject.withBuildNode(Path.of("src", "test", "browser"), "browser");
        browser.install();
        String output = browser.npm(Map.of(
                "FRONTLINE_URL", root.toString(),
                "FRONTLINE_SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString(),
                "FRONTLINE_ALLOW_LIST", allowListOn ? "on" : "off",
                "CHROMIUM", chromium.toString()), "test");

        // node --test exits 0 when it finds no test at all: make sure every one ran and passed.
        assertEquals(5, count(output, "# pass (\\d+)"), output);
        assertEquals(0, count(output, "# fail (\\d+)"), output);
        for (String shot : List.of("01-seed.png", "02-region.png", "03-strike.png")) {
            Path file = SCREENSHOTS.resolve(shot);
            assertTrue(Files.size(file) > 10_000, file + " is missing or nearly empty");
        }
    }

    private static int count(String output, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        if (!matcher.find()) {
            fail("node --test printed no '" + pattern + "' line:\n" + output);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
