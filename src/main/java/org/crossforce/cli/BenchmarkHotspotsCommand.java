package org.crossforce.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.crossforce.analytics.CrimeFilter;
import org.crossforce.analytics.HotspotService;
import org.crossforce.cli.DashboardRequest.View;
import org.crossforce.elasticsearch.ReportIndices;
import org.crossforce.forces.ForceBoundaries;
import org.crossforce.forces.Forces;
import org.crossforce.indexing.DocumentIndexer;
import org.crossforce.ingestion.Channel;
import org.crossforce.ingestion.IncomingFile;
import org.crossforce.ingestion.IngestOptions;
import org.crossforce.ingestion.IngestService;
import org.crossforce.ingestion.JobStatus;
import org.crossforce.security.CurrentCaller;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-hotspots}: loads made-up data.police.uk street crime for several forces
 * through the ordinary ingest (unless the data directory holds it already), then times every
 * request of the hotspot dashboard, cold and warm, as the full audited call of a supervisor who
 * may read every force, and the dashboard as a whole after a filter change.
 */
@Command(name = BenchmarkHotspotsCommand.NAME, mixinStandardHelpOptions = true,
        description = "Load street crime for several forces and measure the hotspot dashboard's requests.")
final class BenchmarkHotspotsCommand implements Callable<Integer> {

    static final String NAME = "benchmark-hotspots";

    /** The latest month written: fixed, so that a seed gives the same files whatever the day. */
    static final YearMonth LAST = YearMonth.of(2025, 6);

    @Option(names = "--records", defaultValue = "1000000", description = "street crime rows to load, over all files")
    long records;

    @Option(names = "--forces", split = ",", defaultValue = "kent,metropolitan,essex,thames-valley,west-midlands",
            description = "force ids; the first two make the one- and two-force filters")
    List<String> forces;

    @Option(names = "--months", defaultValue = "24", description = "months of crime, up to 2025-06")
    int months;

    @Option(names = "--rounds", defaultValue = "20", description = "cold calls per request, and warm rounds of every filter")
    int rounds;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @Option(names = "--skip-load", description = "measure whatever the data directory holds")
    boolean skipLoad;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Supplier<ConfigurableApplicationContext> start;

    BenchmarkHotspotsCommand(Supplier<ConfigurableApplicationContext> start) {
        this.start = start;
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Forces register = new Forces();
        ForceBoundaries boundaries = new ForceBoundaries();
        List<ForceCode> codes = new ArrayList<>(new LinkedHashSet<>(forces.stream().map(String::strip)
                .map(register::require).toList()));
        for (ForceCode code : codes) {
            if (boundaries.of(code).isEmpty()) {
                err.println("Crossforce holds no boundary for " + code + ": its crimes could not be placed on a map");
                return 2;
            }
        }
        if (months < 13 || records < 1 || rounds < 1) {
            err.println("--months is at least 13 (a year and the month before it), --records and --rounds at least 1");
            return 2;
        }
        try (ConfigurableApplicationContext context = start.get()) {
            ElasticsearchClient client = context.getBean(ElasticsearchClient.class);
            long held = crimeRecords(client);
            if (skipLoad || held >= records) {
                out.printf("The data directory holds %,d crime records: nothing loaded.%n", held);
            } else {
                load(context, codes, out, err);
            }
            List<Grant> everywhere = register.all().stream().map(f -> new Grant(f.code(), Marking.SECRET, true)).toList();
            Caller supervisor = new Caller("benchmark", Set.of(Roles.SUPERVISOR), Set.of(codes.getFirst()),
                    Marking.SECRET, "benchmark", "command line", everywhere);
            HotspotService hotspots = context.getBean(HotspotService.class);
            YearMonth latest = hotspots.settle(supervisor, CrimeFilter.everything()).to();
            List<View> views = views(codes, latest);
            out.printf("%nHotspot dashboard over %,d crime records, up to %s; full audited calls of a supervisor who "
                    + "may read every force; Elasticsearch %s.%n", crimeRecords(client), latest, where(context));
            out.flush();
            HotspotRounds measured = new HotspotRounds(hotspots, client, supervisor, latest, months);
            measured.measure(views, rounds, err);
            measured.print(out, views, rounds);
            heap(out);
            return 0;
        }
    }

    /** Writes the files, sends each force's as one job, as {@code ingest --force} would, and waits. */
    private void load(ConfigurableApplicationContext context, List<ForceCode> codes, PrintWriter out, PrintWriter err)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("crossforce-street-");
        try {
            long started = System.nanoTime();
            StreetCrimes.Plan plan = new StreetCrimes.Plan(codes, LAST, months, records, seed);
            List<StreetCrimes.StreetFile> files = new StreetCrimes(context.getBean(ForceBoundaries.class),
                    context.getBean(Forces.class)).write(plan, dir);
            long bytes = 0;
            for (StreetCrimes.StreetFile file : files) {
                bytes += Files.size(file.path());
            }
            out.printf("Generated %,d street crime rows in %d files (%d forces, %s to %s, %.0f MB) in %.1f s%n",
                    records, files.size(), codes.size(), plan.first(), LAST, bytes / 1e6,
                    (System.nanoTime() - started) / 1e9);
            out.flush();
            IngestService ingestion = context.getBean(IngestService.class);
            Caller operator = context.getBean(CurrentCaller.class).get();
            started = System.nanoTime();
            List<String> jobs = new ArrayList<>();
            for (ForceCode code : codes) {
                List<IncomingFile> incoming = files.stream().filter(f -> f.force().equals(code))
                        .map(f -> new IncomingFile(f.path().getFileName().toString(), f.path(), f.path().toString()))
                        .toList();
                jobs.add(ingestion.accept(operator, code, incoming, new IngestOptions(null, null, null, Channel.COMMAND)));
            }
            List<JobStatus> done = await(ingestion, operator, jobs, files.size(), started, err);
            context.getBean(DocumentIndexer.class).refresh(codes);
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf("Loaded through the ingest pipeline in %.0f s: %,.0f records/s; files %d indexed, %d updated, "
                    + "%d duplicate, %d failed; %,d crime records held%n", seconds, records / seconds,
                    done.stream().mapToInt(JobStatus::indexed).sum(), done.stream().mapToInt(JobStatus::updated).sum(),
                    done.stream().mapToInt(JobStatus::duplicate).sum(), done.stream().mapToInt(JobStatus::failed).sum(),
                    crimeRecords(context.getBean(ElasticsearchClient.class)));
            out.flush();
        } finally {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static List<JobStatus> await(IngestService ingestion, Caller operator, List<String> jobs, int files,
            long started, PrintWriter err) throws InterruptedException {
        long reported = started;
        while (true) {
            List<JobStatus> status = jobs.stream().map(j -> ingestion.job(operator, j).orElseThrow()).toList();
            if (status.stream().allMatch(JobStatus::finished)) {
                return status;
            }
            if (System.nanoTime() - reported > 60e9) {
                reported = System.nanoTime();
                err.printf("  ... %d of %d files ingested after %.0f s%n", status.stream().mapToInt(JobStatus::done).sum(),
                        files, (reported - started) / 1e9);
                err.flush();
            }
            Thread.sleep(500);
        }
    }

    /**
     * The mix of filters a supervisor moves between, each over the twelve months up to the latest:
     * one force at 250 m and at 100 m, two forces, every force, and one crime type.
     */
    static List<View> views(List<ForceCode> codes, YearMonth latest) {
        ForceCode first = codes.getFirst();
        ForceCode second = codes.size() > 1 ? codes.get(1) : first;
        List<View> views = new ArrayList<>();
        views.add(view(first + ", 250 m", Set.of(first), null, 250, first, latest));
        views.add(view(first + ", 100 m", Set.of(first), null, 100, first, latest));
        if (!second.equals(first)) {
            views.add(view(first + " and " + second + ", 250 m", Set.of(first, second), null, 250, first, latest));
        }
        views.add(view("all forces, 500 m", Set.of(), null, 500, first, latest));
        views.add(view("Burglary, " + second + ", 250 m", Set.of(second), "Burglary", 250, second, latest));
        views.add(view("Violence and sexual offences, all forces, 500 m", Set.of(), "Violence and sexual offences",
                500, first, latest));
        return views;
    }

    private static View view(String label, Set<ForceCode> forces, String type, int cell, ForceCode studied,
            YearMonth latest) {
        return new View(label, forces, type, cell, null, null, latest, studied, null);
    }

    private static long crimeRecords(ElasticsearchClient client) throws IOException {
        return client.count(c -> c.index(ReportIndices.ALIAS).ignoreUnavailable(true).allowNoIndices(true)
                .query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("kind").value("record")))
                        .filter(f -> f.term(t -> t.field("record.type").value("crime")))))).count();
    }

    private static String where(ConfigurableApplicationContext context) {
        String url = context.getEnvironment().getProperty("crossforce.elasticsearch.url");
        return url != null && !url.isBlank() ? "at " + url
                : "embedded, heap " + context.getEnvironment().getProperty("crossforce.elasticsearch.embedded.heap", "512m");
    }

    private static void heap(PrintWriter out) {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = memory.getHeapMemoryUsage().getUsed();
        System.gc();
        var after = memory.getHeapMemoryUsage();
        out.printf("JVM heap after the run: %,d MB used, %,d MB after a full collection (committed %,d MB, max %,d MB)%n",
                used >> 20, after.getUsed() >> 20, after.getCommitted() >> 20, after.getMax() >> 20);
        out.flush();
    }
}
