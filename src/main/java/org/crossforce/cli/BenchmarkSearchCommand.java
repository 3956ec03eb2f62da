package org.crossforce.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.crossforce.forces.Force;
import org.crossforce.forces.Forces;
import org.crossforce.search.SearchLatency;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-search}: search latency on the documents of this data directory (ingest a
 * corpus first, see {@code benchmark-ingest}), without the need-to-know filter, with a narrow and
 * a broad one, and as the full audited call. Prints p50, p95 and mean for each.
 */
@Command(name = BenchmarkSearchCommand.NAME, mixinStandardHelpOptions = true,
        description = "Measure what the access filter and the audit entry cost a search.")
final class BenchmarkSearchCommand implements Callable<Integer> {

    static final String NAME = "benchmark-search";

    /** Words and phrases an analyst types, from single names to phrases and fuzzy terms. */
    static final List<String> QUERIES = List.of("burglary", "vehicle", "knife", "witness", "statement", "Margate",
            "Canterbury", "custody", "arrested", "phone", "cash", "drugs", "assault", "robbery", "CCTV", "Transit",
            "silver", "address", "suspect", "victim", "\"county lines\"", "\"stop and search\"", "\"white van\"",
            "smith~", "jones~", "burglary AND vehicle", "knife OR blade", "drugs -cannabis", "intelligence",
            "station", "night", "jewellery", "stolen", "injury", "Dover", "Ramsgate", "Kent", "officer", "log",
            "report");

    @Option(names = "--force", defaultValue = "essex", description = "home force of the narrow caller")
    String force;

    @Option(names = "--rounds", defaultValue = "10", description = "times each query is run per variant")
    int rounds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Supplier<ConfigurableApplicationContext> start;

    BenchmarkSearchCommand(Supplier<ConfigurableApplicationContext> start) {
        this.start = start;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = start.get()) {
            Forces forces = context.getBean(Forces.class);
            ForceCode home = forces.require(force);
            List<ForceCode> others = forces.all().stream().map(Force::code).filter(f -> !f.equals(home)).limit(2)
                    .toList();
            List<Grant> narrowGrants = new ArrayList<>(List.of(new Grant(home, Marking.SECRET, true)));
            narrowGrants.add(new Grant(others.get(0), Marking.OFFICIAL_SENSITIVE, false));
            narrowGrants.add(new Grant(others.get(1), Marking.OFFICIAL, false));
            Caller narrow = new Caller("benchmark", Set.of(Roles.ANALYST), Set.of(home), Marking.SECRET,
                    "benchmark", "command line", narrowGrants);
            Caller broad = narrow.withGrants(forces.all().stream()
                    .map(f -> new Grant(f.code(), Marking.SECRET, true)).toList());
            List<SearchLatency.Figures> figures = context.getBean(SearchLatency.class)
                    .measure(QUERIES, rounds, narrow, broad);
            long documents = context.getBean(org.crossforce.indexing.DocumentIndexer.class).countAll();
            out.printf("Search latency over %,d documents, %d queries x %d rounds per variant, variants taking "
                    + "turns (after one warm-up round):%n", documents, QUERIES.size(), rounds);
            out.printf("  %-62s %8s %8s %8s%n", "variant", "p50 ms", "p95 ms", "mean ms");
            for (SearchLatency.Figures f : figures) {
                out.printf("  %-62s %8.1f %8.1f %8.1f%n", f.variant(), f.p50(), f.p95(), f.mean());
            }
            out.flush();
            return 0;
        }
    }
}
