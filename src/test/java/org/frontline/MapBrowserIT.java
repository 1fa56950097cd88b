package org.frontline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
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
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

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
        run(root, "test", Map.of("FRONTLINE_ALLOW_LIST", allowListOn ? "on" : "off"), 5);
        for (String shot : List.of("01-seed.png", "02-region.png", "03-strike.png")) {
            Path file = SCREENSHOTS.resolve(shot);
            assertTrue(Files.size(file) > 10_000, file + " is missing or nearly empty");
        }
    }

    /**
     * Runs an npm script of src/test/browser against the application at root, with these variables
     * besides the browser's, and checks that all its tests ran and passed. Gives its output.
     */
    static String run(URL root, String script, Map<String, String> variables, int tests) throws Exception {
        Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            fail("The map's browser test needs Chromium at " + chromium + " (Debian: apt-get install chromium chromium-driver; "
                    + ".ci/run installs it), or CHROMIUM=<path to a Chromium>");
        }
        NodeProject browser = NodeProject.withBuildNode(Path.of("src", "test", "browser"), "browser");
        browser.install();
        Map<String, String> environment = new HashMap<>(variables);
        environment.put("FRONTLINE_URL", root.toString());
        environment.put("FRONTLINE_SCREENSHOTS", SCREENSHOTS.toAbsolutePath().toString());
        environment.put("CHROMIUM", chromium.toString());
        String output = browser.npm(environment, "run", script);

        // node --test exits 0 when it finds no test at all: make sure every one ran and passed.
        assertEquals(tests, count(output, "# pass (\\d+)"), output);
        assertEquals(0, count(output, "# fail (\\d+)"), output);
        return output;
    }

    private static int count(String output, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(output);
        if (!matcher.find()) {
            fail("node --test printed no '" + pattern + "' line:\n" + output);
        }
        return Integer.parseInt(matcher.group(1));
    }
}
