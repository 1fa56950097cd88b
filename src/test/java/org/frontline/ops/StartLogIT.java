package org.frontline.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.frontline.FreshDatabase;
import org.frontline.Packaged;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, started as an operator starts it on a correct set-up (an empty
 * database it may migrate), logs no WARN and no ERROR from start to a clean stop. A warning on
 * every start teaches people to ignore warnings; this keeps the log meaning something.
 *
 * <p>Started here as a process of its own ({@link Packaged}) rather than as a
 * {@code @QuarkusIntegrationTest}, so that the log read is this one start's whole output and
 * nothing else's.
 */
class StartLogIT {

    private static final Pattern WARN_OR_ERROR = Pattern.compile("^\\S+ \\S+ +(WARN|ERROR)\\b");

    @Test
    void aCorrectSetUpStartsAndStopsWithoutWarnOrError() throws Exception {
        FreshDatabase database = new FreshDatabase();
        Map<String, String> datasource = database.start();
        Path log = Files.createTempFile("frontline-start", ".log");
        Process application = null;
        try {
            int port = Packaged.freePort();
            List<String> properties = new ArrayList<>();
            datasource.forEach((name, value) -> properties.add("-D" + name + "=" + value));
            properties.add("-Dquarkus.http.port=" + port);
            application = new ProcessBuilder(Packaged.command(properties)).redirectErrorStream(true).redirectOutput(log.toFile()).start();

            URI base = URI.create("http://localhost:" + port);
            Packaged.awaitReady(base, application, log);
            // A read uses the pool beyond its first connection, where duplicate registrations showed up.
            HttpResponse<String> read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/graphql"))
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ strikes(first: 5) { totalCount } }\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode(), read.body());

            application.destroy();
            assertTrue(application.waitFor(60, TimeUnit.SECONDS), "the application did not stop on SIGTERM");
            String output = Files.readString(log, StandardCharsets.UTF_8);
            assertTrue(output.contains("started in"), output);
            List<String> warnings = output.lines().filter(line -> WARN_OR_ERROR.matcher(line).find()).toList();
            assertEquals(List.of(), warnings, "the start log of a correct set-up has WARN or ERROR lines:\n" + output);
        } finally {
            if (application != null && application.isAlive()) {
                application.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            database.stop();
            Files.deleteIfExists(log);
        }
    }
}
