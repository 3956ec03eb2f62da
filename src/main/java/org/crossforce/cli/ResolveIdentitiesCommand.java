package org.crossforce.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.crossforce.identity.IdentityService;
import org.crossforce.identity.ResolutionStats;
import picocli.CommandLine.Command;

/**
 * {@code resolve-identities}: resolves every person record of this data directory from scratch,
 * after a change of model or thresholds, telling each stage as it starts. Judgements stand and ids
 * are kept where identities survive. Run it while Crossforce is stopped; a running Crossforce
 * re-resolves with {@code identities resolve}.
 */
@Command(name = ResolveIdentitiesCommand.NAME, mixinStandardHelpOptions = true,
        description = "Resolve every person record held from scratch, after a change of model or thresholds.")
final class ResolveIdentitiesCommand implements Callable<Integer> {

    static final String NAME = "resolve-identities";

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Supplier<IdentityService> start;

    ResolveIdentitiesCommand(Supplier<IdentityService> start) {
        this.start = start;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        IdentityService identities = start.get();
        long started = System.nanoTime();
        ResolutionStats stats = identities.resolveAll(stage -> {
            out.printf("%6.1f s  %s%n", (System.nanoTime() - started) / 1e9, stage);
            out.flush();
        });
        out.printf("%,d person records in %,d identities; %,d candidate pairs compared, %,d joined, %,d kept apart "
                        + "by a rule; %.1f s in all%n", stats.records(), stats.identities(), stats.candidatePairs(),
                stats.joinedPairs(), stats.refusedPairs(), (System.nanoTime() - started) / 1e9);
        return 0;
    }
}
