package org.frontline;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An npm project that a test runs (the client suite in src/test/client, the map page's browser test
 * in src/test/browser): its packages installed from its lock file when they are missing or older
 * than it, then one of its scripts, with its output passed on line by line.
 */
public final class NodeProject {

    /** Where pom.xml unpacks the Node.js and npm it fetches for the map page (README, "The map"). */
    private static final Path BUILD_NODE = Path.of("target", "node", "package", "bin");
    private static final Path BUILD_NPM = Path.of("target", "npm", "package", "bin", "npm-cli.js");

    private final Path directory;
    private final String label;
    private final List<String> npm;
    private final Map<String, String> environment;

    private NodeProject(Path directory, String label, List<String> npm, Map<String, String> environment) {
        this.directory = directory;
        this.label = label;
        this.npm = npm;
        this.environment = environment;
    }

    /** A project run with the Node.js and npm the build fetched, so that it needs none on the machine. */
    public static NodeProject withBuildNode(Path directory, String label) {
        Path node = BUILD_NODE.resolve("node").toAbsolutePath();
        if (!Files.isExecutable(node) || !Files.exists(BUILD_NPM)) {
            fail("No Node.js under " + BUILD_NODE + ": the build fetches it in generate-resources (./mvnw verify does; "
                    + "-Dfrontline.page.skip=true leaves it out)");
        }
        // npm and the scripts it starts look for "node" on PATH: this one first.
        String path = BUILD_NODE.toAbsolutePath() + java.io.File.pathSeparator + System.getenv("PATH");
        return new NodeProject(directory, label, List.of(node.toString(), BUILD_NPM.toAbsolutePath().toString()), Map.of("PATH", path));
    }

    /** npm ci, where node_modules is missing or older than the lock file (npm ci on a cold cache takes a minute or two). */
    public void install() throws IOException, InterruptedException {
        // npm writes node_modules/.package-lock.json on every install.
        Path installed = directory.resolve("node_modules").resolve(".package-lock.json");
        if (!Files.exists(installed) || Files.getLastModifiedTime(installed)
                .compareTo(Files.getLastModifiedTime(directory.resolve("package-lock.json"))) < 0) {
            npm(Map.of(), "ci", "--no-audit", "--no-fund", "--loglevel=error");
        }
    }

    /**
     * A process that runs {@code arguments} (a script and its own arguments) in the project with the
     * same Node.js; the caller starts it and reads its output (LiveIT's graphql-ws subscriber).
     */
    public ProcessBuilder node(String... arguments) {
        List<String> command = new ArrayList<>(List.of(npm.get(0)));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs npm with these arguments in the project; fails with its output if npm does. Gives the output. */
    public String npm(Map<String, String> environment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(npm);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().putAll(this.environment);
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        // The output is passed on through System.out, line by line, rather than by inheriting the
        // stream: the forked test JVM's stdout belongs to failsafe.
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    System.out.println("[" + label + "] " + line);
                    synchronized (output) {
                        output.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                System.out.println("[" + label + "] output no longer readable: " + e.getMessage());
            }
        });
        reader.start();
        String shown = "npm " + String.join(" ", arguments);
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            reader.join(TimeUnit.SECONDS.toMillis(10));
            fail(shown + " in " + directory + " did not finish in 10 minutes:\n" + output);
        }
        reader.join();
        if (process.exitValue() != 0) {
            fail(shown + " in " + directory + " exited with " + process.exitValue() + ":\n" + output);
        }
        synchronized (output) {
            return output.toString();
        }
    }
}
