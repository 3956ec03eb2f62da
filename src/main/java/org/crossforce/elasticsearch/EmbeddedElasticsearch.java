package org.crossforce.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real Elasticsearch server run as a child process: unpacked from the distribution zip the
 * Maven build resolved, with Crossforce's analysis plugin installed, bound to 127.0.0.1 and green
 * before {@link #start} returns.
 *
 * <p>Elasticsearch refuses to run as root, and CI and containers run as root, so then the server
 * runs as an unprivileged account. A PID file lets the next start adopt a server whose owner was
 * killed (it holds the data directory's lock), or share one whose owner is still running, such as
 * the application when the {@code ingest} command starts beside it.
 */
public final class EmbeddedElasticsearch implements AutoCloseable {

    public static final String VERSION = "8.19.21";
    static final String PLUGIN_RESOURCE = "elasticsearch/crossforce-analysis-" + VERSION + ".zip";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedElasticsearch.class);

    private final Layout layout;
    private final URI url;
    private final ProcessHandle process;
    private volatile boolean owned;

    private EmbeddedElasticsearch(Layout layout, URI url, ProcessHandle process, boolean owned) {
        this.layout = layout;
        this.url = url;
        this.process = process;
        this.owned = owned;
    }

    /** Starts (or adopts) the server described by the settings and waits until it is green. */
    public static EmbeddedElasticsearch start(ElasticsearchProperties.Embedded settings) {
        Layout layout = Layout.of(settings.home().toAbsolutePath().normalize());
        try {
            Files.createDirectories(layout.base());
            Optional<EmbeddedElasticsearch> running = adoptRunning(layout, settings.startTimeout());
            if (running.isPresent()) {
                return running.get();
            }
            RunAs runAs = RunAs.forCurrentUser(settings.runAs());
            runAs.checkReachable(layout.base());
            Path home = Installation.prepare(layout, distribution(settings));
            for (Path dir : List.of(layout.data(), layout.logs(), layout.tmp())) {
                Files.createDirectories(dir);
                // Police data: readable by the server's account alone.
                Files.setPosixFilePermissions(dir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
            }
            runAs.handOver(List.of(home, layout.data(), layout.logs(), layout.tmp()));
            return launch(layout, home, settings, runAs);
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded Elasticsearch could not be prepared under "
                    + layout.base() + ": " + e.getMessage(), e);
        }
    }

    public URI url() {
        return url;
    }

    public Path logDirectory() {
        return layout.logs();
    }

    /** Stops the server if this instance started or adopted it; a shared server is left running. */
    @Override
    public synchronized void close() {
        if (!owned) {
            return;
        }
        owned = false;
        log.info("Stopping the embedded Elasticsearch (pid {})", process.pid());
        List<ProcessHandle> family = new ArrayList<>(process.descendants().toList());
        family.add(process);
        process.destroy();
        try {
            process.onExit().get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception timedOut) {
            log.warn("The embedded Elasticsearch did not stop within 60 s; killing it");
        }
        family.forEach(ProcessHandle::destroyForcibly);
        try {
            Files.deleteIfExists(layout.pidFile());
        } catch (IOException e) {
            log.warn("Could not remove {}: {}", layout.pidFile(), e.getMessage());
        }
    }

    /**
     * A server left running by a Crossforce that was killed holds the data directory's lock: it is
     * adopted. A server whose owner still runs belongs to another Crossforce on the same data
     * directory, which cannot work (the ingest journal is one per directory): that is an error, and
     * nothing is killed.
     */
    private static Optional<EmbeddedElasticsearch> adoptRunning(Layout layout, Duration timeout) throws IOException {
        Optional<PidFile> recorded = PidFile.read(layout.pidFile());
        if (recorded.isEmpty()) {
            return Optional.empty();
        }
        PidFile pid = recorded.get();
        Optional<ProcessHandle> server = pid.server();
        if (server.isEmpty()) {
            Files.deleteIfExists(layout.pidFile());
            return Optional.empty();
        }
        boolean ownerAlive = pid.ownerPid() != ProcessHandle.current().pid()
                && ProcessHandle.of(pid.ownerPid()).map(ProcessHandle::isAlive).orElse(false);
        if (ownerAlive) {
            throw new IllegalStateException("Another Crossforce (process " + pid.ownerPid() + ") is running on "
                    + layout.base() + ". Send files to it over REST (ingest --url http://localhost:8080), or stop it first.");
        }
        URI url = URI.create("http://127.0.0.1:" + pid.port());
        log.info("Adopting the embedded Elasticsearch left running at {} (pid {})", url, pid.serverPid());
        Health.awaitAnswer(url, server.get(), timeout);
        new PidFile(pid.serverPid(), pid.port(), ProcessHandle.current().pid(), pid.serverStartMillis())
                .write(layout.pidFile());
        EmbeddedElasticsearch adopted = new EmbeddedElasticsearch(layout, url, server.get(), true);
        Runtime.getRuntime().addShutdownHook(new Thread(adopted::close, "embedded-elasticsearch-stop"));
        return Optional.of(adopted);
    }

    private static EmbeddedElasticsearch launch(Layout layout, Path home, ElasticsearchProperties.Embedded settings,
            RunAs runAs) throws IOException {
        int httpPort = settings.httpPort() > 0 ? settings.httpPort() : freePort();
        int transportPort = freePort();
        // A session of its own: Ctrl+C in the terminal reaches Crossforce, which stops the server
        // after its last write, rather than both at once.
        List<String> command = new ArrayList<>(List.of("setsid"));
        command.addAll(runAs.prefix());
        command.addAll(List.of(home.resolve("bin/elasticsearch").toString(),
                "-E", "cluster.name=crossforce",
                "-E", "node.name=crossforce-embedded",
                "-E", "path.data=" + layout.data(),
                "-E", "path.logs=" + layout.logs(),
                "-E", "network.host=127.0.0.1",
                "-E", "http.port=" + httpPort,
                "-E", "transport.port=" + transportPort,
                "-E", "discovery.type=single-node",
                "-E", "xpack.security.enabled=false",
                // A full disk must say so in the log, not quietly turn every index read-only.
                "-E", "cluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(layout.logs().resolve("console.log").toFile()));
        Map<String, String> env = builder.environment();
        env.put("ES_JAVA_HOME", System.getProperty("java.home"));
        env.put("ES_JAVA_OPTS", "-Xms" + settings.heap() + " -Xmx" + settings.heap());
        env.put("ES_TMPDIR", layout.tmp().toString());
        env.remove("JAVA_TOOL_OPTIONS");

        log.info("Starting the embedded Elasticsearch {} on 127.0.0.1:{} (logs in {})", VERSION, httpPort, layout.logs());
        Instant started = Instant.now();
        Process child = builder.start();
        URI url = URI.create("http://127.0.0.1:" + httpPort);
        new PidFile(child.pid(), httpPort, ProcessHandle.current().pid(), PidFile.startOf(child.toHandle()))
                .write(layout.pidFile());
        EmbeddedElasticsearch server = new EmbeddedElasticsearch(layout, url, child.toHandle(), true);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-elasticsearch-stop"));
        try {
            Health.awaitReady(url, child, settings.startTimeout(), layout.logs().resolve("console.log"));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        log.info("Embedded Elasticsearch ready at {} after {} s", url,
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
        return server;
    }

    private static Path distribution(ElasticsearchProperties.Embedded settings) {
        if (settings.distribution() != null) {
            if (!Files.isRegularFile(settings.distribution())) {
                throw new IllegalStateException("crossforce.elasticsearch.embedded.distribution points to "
                        + settings.distribution() + ", which does not exist");
            }
            return settings.distribution();
        }
        String zip = "elasticsearch-" + VERSION + ".zip";
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of("target", "elasticsearch", zip));
        applicationJarDirectory().ifPresent(dir -> candidates.add(dir.resolve("elasticsearch").resolve(zip)));
        candidates.add(Path.of(System.getProperty("user.home"), ".m2", "repository", "org", "elasticsearch",
                "distribution", "integ-test-zip", "elasticsearch", VERSION, zip));
        return candidates.stream().filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("The Elasticsearch " + VERSION + " distribution was not "
                        + "found (looked at " + candidates + "). Build Crossforce with ./mvnw package, which resolves "
                        + "it, or set crossforce.elasticsearch.url to use an existing cluster."));
    }

    /** The directory of crossforce.jar (target/ after a build), where the build puts the zip too. */
    private static Optional<Path> applicationJarDirectory() {
        java.io.File home = new org.springframework.boot.system.ApplicationHome(EmbeddedElasticsearch.class).getDir();
        return Optional.ofNullable(home).map(java.io.File::toPath);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    static InputStream pluginZip() {
        InputStream in = EmbeddedElasticsearch.class.getClassLoader().getResourceAsStream(PLUGIN_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("The Crossforce analysis plugin (" + PLUGIN_RESOURCE
                    + ") is missing from the class path; build with ./mvnw package");
        }
        return in;
    }

    /** Where everything of the embedded server lives under its home directory. */
    record Layout(Path base) {
        static Layout of(Path base) {
            return new Layout(base);
        }

        Path distributions() {
            return base.resolve("dist");
        }

        Path data() {
            return base.resolve("data");
        }

        Path logs() {
            return base.resolve("logs");
        }

        Path tmp() {
            return base.resolve("tmp");
        }

        Path pidFile() {
            return base.resolve("embedded.pid");
        }
    }

    /** Polls cluster health: the embedded zip has no {@code GET /}, so ping and info cannot be used. */
    static final class Health {
        private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

        /** An adopted server may be red after a crash; it answers, and its health says the rest. */
        static void awaitAnswer(URI url, ProcessHandle server, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (status(url, "red").isPresent()) {
                    return;
                }
                if (!server.isAlive()) {
                    throw new IllegalStateException("The embedded Elasticsearch left running at " + url + " stopped");
                }
                sleep(Duration.ofMillis(500));
            }
            throw new IllegalStateException("The embedded Elasticsearch left running at " + url + " does not answer");
        }

        /** Green or yellow: a single node leaves replicas unassigned, and that is no reason to wait. */
        static void awaitReady(URI url, Process child, Duration timeout, Path consoleLog) {
            Instant deadline = Instant.now().plus(timeout);
            while (Instant.now().isBefore(deadline)) {
                if (!child.isAlive()) {
                    throw new IllegalStateException("The embedded Elasticsearch exited with code " + child.exitValue()
                            + " before it was ready. Last lines of " + consoleLog + ":\n" + tail(consoleLog));
                }
                if (status(url, "yellow").filter(s -> s.equals("green") || s.equals("yellow")).isPresent()) {
                    return;
                }
                sleep(Duration.ofMillis(500));
            }
            throw new IllegalStateException("The embedded Elasticsearch was not green within " + timeout.toSeconds()
                    + " s. Last lines of " + consoleLog + ":\n" + tail(consoleLog));
        }

        private static Optional<String> status(URI url, String waitFor) {
            HttpRequest request = HttpRequest.newBuilder(url.resolve("/_cluster/health?wait_for_status=" + waitFor
                    + "&timeout=1s")).timeout(Duration.ofSeconds(5)).GET().build();
            try {
                String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
                var matcher = java.util.regex.Pattern.compile("\"status\"\\s*:\\s*\"(\\w+)\"").matcher(body);
                return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }

        private static String tail(Path file) {
            try {
                List<String> lines = Files.readAllLines(file);
                return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
            } catch (IOException e) {
                return "(no log: " + e.getMessage() + ")";
            }
        }

        private static void sleep(Duration pause) {
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Elasticsearch", e);
            }
        }
    }

    static void copyPluginZip(Path target) throws IOException {
        try (InputStream in = pluginZip()) {
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
