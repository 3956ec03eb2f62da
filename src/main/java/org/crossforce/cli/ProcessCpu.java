package org.crossforce.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of this process and of the processes it started (Elasticsearch, the extraction
 * children), by kind: where a benchmark's cores went. A child that ended between two snapshots
 * takes its time with it, so the figures are a floor.
 */
record ProcessCpu(Map<String, Duration> byKind) {

    static final String APPLICATION = "application";
    static final String ELASTICSEARCH = "Elasticsearch";
    static final String CHILDREN = "extraction children";

    static ProcessCpu now() {
        Map<String, Duration> kinds = new LinkedHashMap<>();
        kinds.put(APPLICATION, Duration.ofNanos(ownNanos()));
        kinds.put(ELASTICSEARCH, Duration.ZERO);
        kinds.put(CHILDREN, Duration.ZERO);
        ProcessHandle.current().descendants().forEach(p -> {
            String command = commandLine(p);
            String kind = command.contains("org.elasticsearch") ? ELASTICSEARCH
                    : command.contains("PipesServer") ? CHILDREN : null;
            if (kind != null) {
                kinds.merge(kind, p.info().totalCpuDuration().orElse(Duration.ZERO), Duration::plus);
            }
        });
        return new ProcessCpu(kinds);
    }

    /** CPU time of this process so far, in nanoseconds; 0 where the JVM does not say. */
    static long ownNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
    }

    /**
     * The JDK leaves out the command line of a process started with a very long class path (an
     * extraction child under the tests); Linux keeps it whole in /proc.
     */
    private static String commandLine(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")),
                    StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException notLinux) {
            return process.info().commandLine().orElse("");
        }
    }

    /** What each kind used since {@code earlier}. */
    ProcessCpu since(ProcessCpu earlier) {
        Map<String, Duration> spent = new LinkedHashMap<>();
        byKind.forEach((kind, total) -> spent.put(kind, total.minus(earlier.byKind.getOrDefault(kind, Duration.ZERO))));
        return new ProcessCpu(spent);
    }

    Duration total() {
        return byKind.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
