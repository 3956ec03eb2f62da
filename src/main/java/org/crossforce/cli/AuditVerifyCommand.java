package org.crossforce.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.crossforce.audit.AuditTrail;
import picocli.CommandLine.Command;

/**
 * {@code audit-verify}: recomputes the audit chain from its first entry and names the first entry
 * that was changed, removed or put out of order. Exit code 1 when the chain is broken.
 */
@Command(name = AuditVerifyCommand.NAME, mixinStandardHelpOptions = true,
        description = "Check that no entry of the audit trail was changed or removed.")
final class AuditVerifyCommand implements Callable<Integer> {

    static final String NAME = "audit-verify";

    private final Supplier<AuditTrail> audit;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    AuditVerifyCommand(Supplier<AuditTrail> audit) {
        this.audit = audit;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        AuditTrail.Verification result = audit.get().verify();
        if (result.isIntact()) {
            out.printf("The audit trail is intact: %,d entries, each following the one before it.%n", result.checked());
            out.flush();
            return 0;
        }
        long held = result.checked();
        out.printf("The audit trail is BROKEN at entry %d: %s. %s%n", result.firstBroken().orElseThrow(),
                result.reason(), held == 0 ? "No entry before it holds."
                        : held == 1 ? "The entry before it is intact." : "The %,d entries before it are intact.".formatted(held));
        out.flush();
        return 1;
    }
}
