package org.frontline.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.frontline.FreshDatabase;
import org.junit.jupiter.api.Test;

/**
 * The packaged application, started as an operator starts it on a correct set-up (an empty
 * database it may migrate), logs no WARN and no ERROR from start to a clean stop. A warning on
 * every start teaches people to ignore warnings; this keeps the log meaning something.
 *
 * <p>Started here with a ProcessBuilder rather than as a {@code @QuarkusIntegrationTest}, so that
 * the log read is this one start's whole output and nothing else's. Runs the native executable
 * when that is what was built last ({@code -Pnative}), the JVM application otherwise.
 */
class StartLogIT {

    private static final Pattern WARN_OR_ERROR = Pattern.compile("^\\S+ \\S+ +(WARN|ERROR)\\b");
    private static final Duration PATIENCE = Duration.ofSeconds(120);

    @Test
    void aCorrectSetUpStartsAndStopsWithoutWarnOrError() throws Exception {
        FreshDatabase database = new FreshDatabase();
        Map<String, String> datasource = database.start();
        Path log = Files.createTempFile("frontline-start", ".log");
        Process application = null;
        try {
            int port = freePort();
            List<String> properties = new ArrayList<>();
            datasource.forEach((name, value) -> properties.add("-D" + name + "=" + value));
            properties.add("-Dquarkus.http.port=" + port);
            application = new ProcessBuilder(command(properties)).redirectErrorStream(true).redirectOutput(log.toFile()).start();

            URI base = URI.create("http://localhost:" + port);
            awaitReady(base, application, log);
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

    /** What was built last, with these system properties: the native executable, or the JVM application. */
    private static List<String> command(List<String> properties) throws IOException {
        Path jar = Path.of("target", "quarkus-app", "quarkus-run.jar");
        Path runner = Path.of(System.getProperty("native.image.path", "target/none"));
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(runner)
                && (!Files.exists(jar) || Files.getLastModifiedTime(runner).compareTo(Files.getLastModifiedTime(jar)) > 0)) {
            command.add(runner.toString());
            command.addAll(properties);
            return command;
        }
        if (!Files.exists(jar)) {
            fail("no packaged application: run ./mvnw verify (or package first)");
        }
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(properties);
        command.addAll(List.of("-jar", jar.toString()));
        return command;
    }

    private static void awaitReady(URI base, Process application, Path log) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            if (!application.isAlive()) {
                fail("the application stopped while starting:\n" + Files.readString(log, StandardCharsets.UTF_8));
            }
            try {
                if (client.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        fail("not ready within " + PATIENCE + ":\n" + Files.readString(log, StandardCharsets.UTF_8));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
