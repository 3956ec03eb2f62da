package org.crossforce.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.crossforce.forces.Forces;
import org.crossforce.links.EntityHit;
import org.crossforce.links.EntityQuery;
import org.crossforce.links.EntityService;
import org.crossforce.links.LinkFilter;
import org.crossforce.shared.Caller;
import org.crossforce.shared.ForceCode;
import org.crossforce.shared.Grant;
import org.crossforce.shared.Marking;
import org.crossforce.shared.Roles;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code benchmark-entities}: the latency of the entity doors on the documents of this data
 * directory, each as the full audited call of an analyst who may read every force: entity search
 * (values typed as analysts type them), profile, one-hop neighbours, shortest path up to 4 hops
 * between random pairs, and a batch of 1,000 lines.
 */
@Command(name = BenchmarkEntitiesCommand.NAME, mixinStandardHelpOptions = true,
        description = "Measure entity search, profiles, links, paths and batch search.")
final class BenchmarkEntitiesCommand implements Callable<Integer> {

    static final String NAME = "benchmark-entities";

    @Option(names = "--entities", defaultValue = "200", description = "entities sampled, the most mentioned first")
    int sample;

    @Option(names = "--seed", defaultValue = "42")
    long seed;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Supplier<ConfigurableApplicationContext> start;

    BenchmarkEntitiesCommand(Supplier<ConfigurableApplicationContext> start) {
        this.start = start;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = start.get()) {
            Forces forces = context.getBean(Forces.class);
            EntityService entities = context.getBean(EntityService.class);
            List<Grant> everywhere = forces.all().stream().map(f -> new Grant(f.code(), Marking.SECRET, true)).toList();
            Caller analyst = new Caller("benchmark", Set.of(Roles.ANALYST), Set.of(ForceCode.of("essex")),
                    Marking.SECRET, "benchmark", "command line", everywhere);
            long documents = context.getBean(org.crossforce.indexing.DocumentIndexer.class).countAll();
            List<EntityHit> most = entities.mostMentioned(analyst, null, sample / 2);
            List<EntityHit> plates = entities.mostMentioned(analyst, "vrm", sample / 4);
            List<EntityHit> phones = entities.mostMentioned(analyst, "phone", sample / 4);
            List<EntityHit> picked = new ArrayList<>(most);
            picked.addAll(plates);
            picked.addAll(phones);
            if (picked.isEmpty()) {
                out.println("No entities in this data directory: ingest a corpus first (benchmark-ingest), or run reextract.");
                return 1;
            }
            Random random = new Random(seed);
            out.printf("Entity doors over %,d documents, %d entities sampled (the most mentioned, and plates and "
                    + "phones), full audited calls:%n", documents, picked.size());
            out.printf("  %-44s %6s %8s %8s %8s%n", "door", "calls", "p50 ms", "p95 ms", "max ms");
            warm(entities, analyst, picked);
            row(out, "entity search (typed as analysts type)", time(picked, h ->
                    entities.search(analyst, new EntityQuery(typed(h), Set.of(), Set.of()))));
            row(out, "entity profile", time(picked, h -> entities.profile(analyst, h.id())));
            row(out, "one-hop neighbours", time(picked, h -> entities.neighbours(analyst, h.id(), LinkFilter.NONE, 50)));
            List<EntityHit[]> pairs = new ArrayList<>();
            for (int i = 0; i < Math.min(100, picked.size()); i++) {
                pairs.add(new EntityHit[] {picked.get(random.nextInt(picked.size())), picked.get(random.nextInt(picked.size()))});
            }
            int[] found = new int[1];
            row(out, "shortest path, up to 4 hops", time(pairs, p -> {
                if (entities.path(analyst, p[0].id(), p[1].id(), 4).found()) {
                    found[0]++;
                }
            }));
            out.printf("  (paths found between %d of %d random pairs)%n", found[0], pairs.size());
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                lines.add(i % 10 == 9 ? "no such thing " + i : typed(picked.get(random.nextInt(picked.size()))));
            }
            long[] batch = new long[3];
            for (int i = 0; i < batch.length; i++) {
                long started = System.nanoTime();
                entities.batch(analyst, lines);
                batch[i] = System.nanoTime() - started;
            }
            Arrays.sort(batch);
            out.printf("  %-44s %6d %8.0f %8s %8.0f%n", "batch search of 1,000 lines", batch.length, batch[1] / 1e6,
                    "", batch[2] / 1e6);
            return 0;
        }
    }

    private static void warm(EntityService entities, Caller analyst, List<EntityHit> picked) {
        picked.stream().limit(20).forEach(h -> {
            entities.profile(analyst, h.id());
            entities.neighbours(analyst, h.id(), LinkFilter.NONE, 50);
        });
    }

    /** A value written as an analyst would type it: a plate with its space, a phone in national form. */
    static String typed(EntityHit hit) {
        String value = hit.label();
        return switch (hit.type()) {
            case "vrm" -> value.length() == 7 ? value.substring(0, 4) + " " + value.substring(4) : value;
            case "phone" -> value.startsWith("+44") ? "0" + value.substring(3) : value;
            default -> value;
        };
    }

    private static <T> long[] time(List<T> items, java.util.function.Consumer<T> call) {
        long[] times = new long[items.size()];
        for (int i = 0; i < items.size(); i++) {
            long started = System.nanoTime();
            call.accept(items.get(i));
            times[i] = System.nanoTime() - started;
        }
        Arrays.sort(times);
        return times;
    }

    private static void row(PrintWriter out, String door, long[] times) {
        out.printf("  %-44s %6d %8.1f %8.1f %8.1f%n", door, times.length, at(times, 0.50), at(times, 0.95),
                times[times.length - 1] / 1e6);
        out.flush();
    }

    private static double at(long[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
