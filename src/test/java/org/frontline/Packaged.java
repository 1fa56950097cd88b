package org.frontline;

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

/**
 * The packaged application started as a process of its own, for the tests that need its whole log
 * (StartLogIT) or more than one instance (LiveIT). Runs the native executable when that is what was
 * built last ({@code -Pnative}), the JVM application otherwise.
 */
public final class Packaged {

    private static final Duration PATIENCE = Duration.ofSeconds(120);

    private Packaged() {
    }

    /** The command that starts what was built last, with these system properties: the native executable, or the JVM application. */
    public static List<String> command(List<String> properties) throws IOException {
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

    public static void awaitReady(URI base, Process application, Path log) throws Exception {
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

    /** The datasource settings a test database gave (FreshDatabase.start), as system properties for the packaged application. */
    public static List<String> properties(java.util.Map<String, String> datasource) {
        List<String> properties = new ArrayList<>();
        datasource.forEach((key, value) -> properties.add("-D" + key + "=" + value));
        return properties;
    }

    /**
     * Starts the packaged application on that database, on a free port, without rate limits (every
     * test client comes from 127.0.0.1) and with the tests' token key; adds it to {@code started} and
     * returns its base address once it is ready.
     */
    public static URI start(String name, java.util.Map<String, String> datasource, List<Process> started) throws Exception {
        int port = freePort();
        List<String> properties = properties(datasource);
        properties.add("-Dquarkus.http.port=" + port);
        properties.add("-Dfrontline.rate-limit.enabled=false");
        properties.add("-Dmp.jwt.verify.publickey.location=" + Path.of("src/test/resources/jwt/public.pem").toAbsolutePath());
        Path log = Files.createTempFile("frontline-" + name, ".log");
        Process application = new ProcessBuilder(command(properties)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(application);
        URI base = URI.create("http://localhost:" + port);
        awaitReady(base, application, log);
        return base;
    }

    /** Stops what {@link #start} started, forcibly where it does not stop within 30 s. */
    public static void stopAll(List<Process> started) throws InterruptedException {
        for (Process process : started) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
