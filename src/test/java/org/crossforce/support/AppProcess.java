package org.crossforce.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Crossforce as an operator runs it: its own JVM, started from the test class path, so that a
 * test can kill it with SIGKILL and start it again on the same data directory.
 */
public final class AppProcess implements AutoCloseable {

    private final List<String> command;
    private final Map<String, String> environment;
    private final String ready;
    private final Path log;
    private final int port;
    private final Path dataDir;
    private Process process;

    public AppProcess(Path dataDir, String elasticsearchUrl, String... settings) throws IOException {
        this(dataDir, List.of(), Map.of(), "/actuator/health/liveness", concat(List.of(
                "--crossforce.elasticsearch.url=" + elasticsearchUrl, "--crossforce.demo.enabled=false"), settings));
    }

    /**
     * The public pages alone, as {@code java -jar crossforce.jar portal} runs them, handing reports to
     * the workbench at {@code workbenchUrl}; the service token is given as an operator should give
     * it, in the environment rather than on the command line.
     */
    public static AppProcess portal(Path dataDir, String workbenchUrl, String token, String... settings)
            throws IOException {
        return new AppProcess(dataDir, List.of("portal"), Map.of("CROSSFORCE_PORTAL_WORKBENCH_TOKEN", token),
                "/public/map/forces.json", concat(List.of("--crossforce.portal.workbench.url=" + workbenchUrl),
                        settings));
    }

    private AppProcess(Path dataDir, List<String> arguments, Map<String, String> environment, String ready,
            List<String> settings) throws IOException {
        this.port = freePort();
        this.dataDir = dataDir;
        this.environment = environment;
        this.ready = ready;
        // Under target/, where it outlives the test's temporary data directory.
        java.nio.file.Files.createDirectories(Path.of("target", "app-logs"));
        this.log = Path.of("target", "app-logs", "crossforce-" + (arguments.isEmpty() ? "" : arguments.getFirst() + "-")
                + System.nanoTime() + ".log").toAbsolutePath();
        this.command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx768m", "-Dpdfbox.fontcache=" + dataDir.resolve("pdfbox"),
                "-cp", System.getProperty("java.class.path"),
                "org.crossforce.CrossforceApplication"));
        command.addAll(arguments);
        command.addAll(List.of("--server.port=" + port, "--crossforce.data-dir=" + dataDir));
        command.addAll(settings);
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    public AppProcess start() throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        process = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        Api api = api();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Crossforce exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                if (api.get(ready).status() == 200) {
                    return this;
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Crossforce did not start within 3 minutes; see " + log);
    }

    private String tail() {
        try {
            List<String> lines = java.nio.file.Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    /**
     * The API with the token of an account that sends and reads the force's files, made with the
     * {@code account} command on this data directory, as an operator sets up a script.
     */
    public Api signedInApi(String force) {
        String user = "test.operator." + force;
        String previous = System.getProperty("crossforce.data-dir");
        System.setProperty("crossforce.data-dir", dataDir.toString());
        try {
            Commands.Run run = Commands.run("account", "--user", user, "--create", "--role", "intake,analyst",
                    "--force", force, "--clearance", "SECRET", "--token");
            if (run.exitCode() != 0 && run.output().contains("already an account")) {
                run = Commands.run("account", "--user", user, "--token");
            }
            if (run.exitCode() != 0) {
                throw new IllegalStateException("No token for " + user + ": " + run.output());
            }
            String[] lines = run.output().strip().split("\\R");
            return Api.as(port, lines[lines.length - 1].strip());
        } finally {
            if (previous == null) {
                System.clearProperty("crossforce.data-dir");
            } else {
                System.setProperty("crossforce.data-dir", previous);
            }
        }
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** What the instance has written to its standard output and error so far. */
    public String log() throws IOException {
        return java.nio.file.Files.readString(log);
    }

    public Api api() {
        return new Api(port);
    }

    /** SIGKILL: no shutdown hook, no flush, no goodbye. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
