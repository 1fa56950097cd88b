package org.frontline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * Frontline as a JavaScript client sees it: the client suite in src/test/client (see its tests and
 * README, Clients) run with npm against the packaged application. It builds schema.graphql with
 * graphql-js, validates the README's operations, type-checks code written against the types
 * GraphQL Code Generator makes for them, and asks the README's questions with graphql-request.
 */
@QuarkusIntegrationTest
public class ClientSuiteIT {

    private static final Path CLIENT = Path.of("src", "test", "client");
    private static final int NODE_NEEDED = 20;

    @TestHTTPResource("/graphql")
    URL graphql;

    @Test
    void theSchemaAndTheReadmeHoldForAClient() throws Exception {
        clientReady();
        npm(Map.of("FRONTLINE_URL", graphql.toString()), "test");
    }

    /** The client directory, with Node checked and its packages installed; for other tests that run a client there (LiveIT). */
    public static Path clientReady() throws IOException, InterruptedException {
        requireNode();
        if (dependenciesOutOfDate()) {
            npm(Map.of(), "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
        return CLIENT;
    }

    private static void requireNode() throws InterruptedException {
        String version;
        try {
            version = output(List.of("node", "--version"));
            output(List.of("npm", "--version"));
        } catch (IOException e) {
            fail(needed("node and npm are not on PATH (" + e.getMessage() + ")"));
            return;
        }
        int major = Integer.parseInt(version.replaceFirst("^v(\\d+).*", "$1"));
        if (major < NODE_NEEDED) {
            fail(needed("found Node " + version));
        }
    }

    private static String needed(String found) {
        return "The client suite in " + CLIENT + " needs Node.js " + NODE_NEEDED + " or newer with npm on PATH; "
                + found + ". .ci/run installs it; elsewhere install it from your package manager or nodejs.org.";
    }

    /** npm ci is slow, so it runs only when node_modules is missing or older than the lock file it was installed from. */
    private static boolean dependenciesOutOfDate() throws IOException {
        // npm writes node_modules/.package-lock.json on every install.
        Path installed = CLIENT.resolve("node_modules").resolve(".package-lock.json");
        return !Files.exists(installed) || Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(CLIENT.resolve("package-lock.json"))) < 0;
    }

    /** Runs npm in the client directory, passing its output on as it comes; fails with that output if npm does. */
    private static void npm(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("npm"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        // npm's output is passed on through System.out, line by line, rather than by inheriting the
        // stream: the forked test JVM's stdout belongs to failsafe.
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[client] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                System.out.println("[client] output no longer readable: " + e.getMessage());
            }
        });
        reader.start();
        // npm ci on a cold cache takes a minute or two; ten means something hangs.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(TimeUnit.SECONDS.toMillis(10));
            fail(String.join(" ", command) + " did not finish in 10 minutes:\n" + output);
        }
        reader.join();
        if (process.exitValue() != 0) {
            fail(String.join(" ", command) + " in " + CLIENT + " exited with " + process.exitValue() + ":\n" + output);
        }
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        process.waitFor();
        return output;
    }
}
