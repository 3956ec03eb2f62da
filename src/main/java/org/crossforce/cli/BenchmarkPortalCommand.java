package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.crossforce.forces.Forces;
import org.crossforce.intake.IntakeService;
import org.crossforce.portal.PortalProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-portal}: a surge of reports through the public pages, as after an appeal
 * following a major incident. Starts Crossforce with its web server on loopback, lets many clients
 * walk the report form over HTTP at once, some with a photo, and prints throughput, the
 * acknowledgement times and the count check: every acknowledged report in its force's intake
 * queue, none twice. Exits 1 when a report was lost or duplicated.
 */
@Command(name = BenchmarkPortalCommand.NAME, mixinStandardHelpOptions = true,
        description = "Measure the public portal under a surge of reports from many clients at once.")
final class BenchmarkPortalCommand implements Callable<Integer> {

    static final String NAME = "benchmark-portal";

    /** What every per-address limit is raised to: all the clients share one address. */
    static final int RAISED_LIMIT = 1_000_000;

    /** The acknowledgement target for reports without files, at 200 clients. */
    static final Duration TARGET_P95 = Duration.ofSeconds(2);

    /** Reports walked before the surge, one of each kind. */
    static final int WARM_UP = 4;

    @Option(names = "--clients", defaultValue = "200", description = "clients sending at once (default: ${DEFAULT-VALUE})")
    int clients;

    @Option(names = "--reports", defaultValue = "1000", description = "reports sent in all (default: ${DEFAULT-VALUE})")
    int reports;

    @Option(names = "--photo-share", defaultValue = "0.33",
            description = "share of the reports that carry a photo, 0 to 1 (default: ${DEFAULT-VALUE})")
    double photoShare;

    @Option(names = "--photo-mb", defaultValue = "5", description = "size of the photo in MB (default: ${DEFAULT-VALUE})")
    double photoMb;

    @Option(names = "--timeout", defaultValue = "120", description = "seconds a client waits for a page (default: ${DEFAULT-VALUE})")
    int timeoutSeconds;

    @Option(names = "--data-dir", description = "data directory to run in and keep; default: a new one, deleted at the end")
    Path dataDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Function<List<String>, ConfigurableApplicationContext> start;

    /** @param start starts Crossforce with its web server, given settings as {@code name=value} */
    BenchmarkPortalCommand(Function<List<String>, ConfigurableApplicationContext> start) {
        this.start = start;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int perForce = (reports + PortalLoad.POSTCODES.size() - 1) / PortalLoad.POSTCODES.size();
        if (clients < 1 || reports < 1 || photoShare < 0 || photoShare > 1 || photoMb <= 0
                || perForce > IntakeCount.QUEUE_LIMIT) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Give at least one client and one report, "
                    + "a photo share from 0 to 1, a photo size above 0, and at most "
                    + IntakeCount.QUEUE_LIMIT * PortalLoad.POSTCODES.size() + " reports (an intake queue lists "
                    + IntakeCount.QUEUE_LIMIT + ", and the reports go to " + PortalLoad.POSTCODES.size() + " forces).");
        }
        boolean throwaway = dataDir == null;
        Path directory = throwaway ? Files.createTempDirectory("crossforce-portal-load-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))) : dataDir;
        byte[] photo = photoShare > 0 ? Jpegs.ofAbout((int) (photoMb * 1024 * 1024), 42) : null;
        String run = Long.toString(System.nanoTime() & 0xFFFFFFFL, 36);
        List<PortalWalk.Plan> plans = PortalLoad.plans(reports, photoShare, photo, run);
        long started = System.nanoTime();
        err.println("Starting Crossforce in " + directory + " ...");
        err.flush();
        ConfigurableApplicationContext context = start.apply(settings(directory));
        try {
            double startSeconds = (System.nanoTime() - started) / 1e9;
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            URI base = URI.create("http://127.0.0.1:" + port);
            int proofBits = context.getBean(PortalProperties.class).proofBits();
            long photos = plans.stream().filter(p -> p.photo() != null).count();
            out.printf("Portal load: %d clients, %,d reports (%s) on %s/public%n", clients, reports, photo == null
                    ? "none with a photo" : String.format("%,d with a %.1f MB JPEG photo", photos, photo.length / 1048576.0),
                    base);
            out.printf("  Crossforce started in %.1f s, data directory %s%s%n", startSeconds, directory,
                    throwaway ? " (deleted at the end)" : "");
            out.printf("  Limits per address raised to %,d for this run (reports, reports without the proof of work, "
                    + "replies and files an hour; pages a minute): every client comes from 127.0.0.1, which the real "
                    + "limits would stop after a few reports.%n", RAISED_LIMIT);
            out.printf("  Proof of work on (%d bits): each client solves it with ProofOfWork.solve, as the check page's "
                    + "script does.%n", proofBits);
            warmUp(out, base, photo, run);
            long cpuBefore = ProcessCpu.ownNanos(); // the server and the clients together
            PortalLoad.Result result = PortalLoad.run(base, clients, plans, Duration.ofSeconds(timeoutSeconds), err);
            long cpu = ProcessCpu.ownNanos() - cpuBefore;
            IntakeCount.Result count = IntakeCount.check(context.getBean(IntakeService.class),
                    context.getBean(Forces.class), run, result.outcomes());
            print(out, result, cpu);
            print(out, count);
            out.flush();
            long acknowledged = result.outcomes().stream().filter(PortalWalk.Outcome::acknowledged).count();
            return count.passed() && acknowledged > 0 ? 0 : 1;
        } finally {
            context.close();
            if (throwaway) {
                deleteQuietly(directory, err);
            }
        }
    }

    /**
     * A few reports one after another before the surge: an appeal meets a portal that has been
     * up, not one still loading its classes. A surge on a cold server from the packaged jar has
     * hung here for good, every carrier thread of the virtual threads waiting for Spring Boot's
     * nested-jar class loading (spring-boot#51379, #51463). Their marker is not this run's, so the
     * count check leaves them out.
     */
    private void warmUp(PrintWriter out, URI base, byte[] photo, String run) throws InterruptedException {
        List<PortalWalk.Plan> warm = PortalLoad.plans(WARM_UP, photo == null ? 0 : 0.5, photo, "warm" + run);
        PortalLoad.Result result = PortalLoad.run(base, 1, warm, Duration.ofSeconds(timeoutSeconds), null);
        List<String> failures = result.outcomes().stream().filter(o -> !o.acknowledged())
                .map(PortalWalk.Outcome::failure).toList();
        out.printf("  Warm-up: %d reports one after another before the surge, %d acknowledged in %.1f s; not timed, "
                + "not counted%s.%n", warm.size(), warm.size() - failures.size(), result.wall() / 1e9,
                failures.isEmpty() ? "" : " (" + String.join("; ", failures) + ")");
        out.flush();
    }

    private static List<String> settings(Path directory) {
        List<String> settings = new java.util.ArrayList<>(List.of("crossforce.data-dir=" + directory, "server.port=0",
                "server.address=127.0.0.1"));
        for (String limit : List.of("reports-per-hour", "unproved-per-hour", "replies-per-hour", "uploads-per-hour",
                "pages-per-minute")) {
            settings.add("crossforce.portal.limits." + limit + "=" + RAISED_LIMIT);
        }
        return settings;
    }

    private void print(PrintWriter out, PortalLoad.Result result, long cpu) {
        List<PortalWalk.Outcome> all = result.outcomes();
        List<PortalWalk.Outcome> ok = all.stream().filter(PortalWalk.Outcome::acknowledged).toList();
        List<PortalWalk.Outcome> plain = ok.stream().filter(o -> o.plan().photo() == null).toList();
        List<PortalWalk.Outcome> withPhoto = ok.stream().filter(o -> o.plan().photo() != null).toList();
        Map<String, Long> reasons = all.stream().filter(o -> !o.acknowledged())
                .collect(Collectors.groupingBy(PortalWalk.Outcome::failure, TreeMap::new, Collectors.counting()));
        double seconds = result.wall() / 1e9;
        out.println();
        out.printf("  %-38s %,10d%n", "clients", clients);
        out.printf("  %-38s %,10d%n", "reports sent", all.size());
        out.printf("  %-38s %,10d%n", "acknowledged", ok.size());
        out.printf("  %-38s %,10d%n", "refused or errored", all.size() - ok.size());
        reasons.forEach((reason, n) -> out.printf("  %10d  %s%n", n, reason));
        out.printf("  %-38s %10.1f s%n", "wall time", seconds);
        out.printf("  %-38s %10.1f reports/s acknowledged%n", "throughput", ok.size() / seconds);
        int cores = Runtime.getRuntime().availableProcessors();
        // The clients share the cores with the server, and so may other work on this machine.
        out.printf("  %-38s %10.1f s over the run, %.0f %% of %d cores; load average at the end %.1f%n",
                "CPU of this process (server, clients)", cpu / 1e9, 100 * cpu / 1e9 / seconds / cores, cores,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf("  %-38s %10.1f s, summed over the reports%n", "clients solving the proof of work",
                ok.stream().mapToLong(PortalWalk.Outcome::solve).sum() / 1e9);
        out.println();
        out.printf("  %-38s %6s %8s %8s %8s %8s%n", "time in ms", "n", "p50", "p95", "p99", "max");
        row(out, "acknowledgement, without files", plain, PortalWalk.Outcome::acknowledgement);
        row(out, "acknowledgement, with a photo", withPhoto, PortalWalk.Outcome::acknowledgement);
        row(out, "whole walk, without files", plain, PortalWalk.Outcome::walk);
        row(out, "whole walk, with a photo", withPhoto, PortalWalk.Outcome::walk);
        row(out, "photo upload, until the files page", withPhoto, PortalWalk.Outcome::upload);
        row(out, "proof of work, solved by the client", ok, PortalWalk.Outcome::solve);
        out.println();
        out.printf("  %-38s %6s %8s %8s %8s %8s%n", "each page's request in ms, by step", "n", "p50", "p95", "p99", "max");
        ok.stream().flatMap(o -> o.pages().keySet().stream()).distinct().forEach(step -> row(out, "  " + step,
                ok.stream().filter(o -> o.pages().containsKey(step)).toList(), o -> o.pages().get(step)));
        out.println();
        long uploaded = withPhoto.stream().mapToLong(o -> o.plan().photo().length).sum();
        double uploadSeconds = withPhoto.stream().mapToLong(PortalWalk.Outcome::upload).sum() / 1e9;
        out.printf("  %-38s %,10.1f MB in %,d photos: %.1f MB/s over the run, %.1f MB/s per upload%n", "uploaded",
                uploaded / 1048576.0, withPhoto.size(), uploaded / 1048576.0 / seconds,
                uploadSeconds == 0 ? 0 : uploaded / 1048576.0 / uploadSeconds);
        long[] target = sorted(plain, PortalWalk.Outcome::acknowledgement);
        if (target.length > 0) {
            double p95 = percentile(target, 95) / 1e6;
            out.printf("  Target: p95 acknowledgement without files <= %d ms at 200 clients; here %d client%s: %.0f ms, %s%n",
                    TARGET_P95.toMillis(), clients, clients == 1 ? "" : "s", p95,
                    p95 <= TARGET_P95.toMillis() ? "met" : "missed");
        }
    }

    private static void print(PrintWriter out, IntakeCount.Result count) {
        out.println();
        out.println("  Count check, through each force's intake queue as its intake officer sees it:");
        out.printf("  %-38s %12s %9s %6s %11s %7s%n", "force", "acknowledged", "in queue", "lost", "duplicated", "strays");
        for (IntakeCount.Row r : count.rows()) {
            out.printf("  %-38s %,12d %,9d %,6d %,11d %,7d%n", r.force(), r.acknowledged(), r.found(), r.lost(),
                    r.duplicated(), r.strays());
        }
        out.printf("  %-38s %,12d %,9d %,6d %,11d %,7d%n", "all forces", count.acknowledged(), count.found(), count.lost(),
                count.duplicated(), count.strays());
        out.printf("  %-38s %,12d%n", "in a queue, never acknowledged", count.unacknowledged());
        if (!count.unverifiable().isEmpty()) {
            out.printf("  Not verifiable: the queues of %s hold more than the %,d an intake queue lists.%n",
                    String.join(", ", count.unverifiable()), IntakeCount.QUEUE_LIMIT);
        }
        out.println(count.passed() ? "  Count check passed: every acknowledged report is in its force's queue, none twice."
                : "  Count check FAILED: " + count.lost() + " lost, " + count.duplicated() + " duplicated.");
    }

    private static void row(PrintWriter out, String label, List<PortalWalk.Outcome> outcomes,
            ToLongFunction<PortalWalk.Outcome> time) {
        long[] values = sorted(outcomes, time);
        if (values.length == 0) {
            out.printf("  %-38s %6d %8s %8s %8s %8s%n", label, 0, "-", "-", "-", "-");
            return;
        }
        out.printf("  %-38s %,6d %8.0f %8.0f %8.0f %8.0f%n", label, values.length, percentile(values, 50) / 1e6,
                percentile(values, 95) / 1e6, percentile(values, 99) / 1e6, values[values.length - 1] / 1e6);
    }

    private static long[] sorted(List<PortalWalk.Outcome> outcomes, ToLongFunction<PortalWalk.Outcome> time) {
        long[] values = outcomes.stream().mapToLong(time).toArray();
        Arrays.sort(values);
        return values;
    }

    /** The nearest-rank percentile, as the other benchmarks give it. */
    static long percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    private static void deleteQuietly(Path directory, PrintWriter err) {
        try {
            FileSystemUtils.deleteRecursively(directory);
        } catch (IOException e) {
            err.println("Could not delete " + directory + ": " + e.getMessage());
        }
    }
}
