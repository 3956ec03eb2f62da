package org.crossforce.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many people reporting at once, as after an appeal following a major incident: each client walks
 * one report after another through the public pages until all are sent, with no pause between
 * pages, so that the clients are always as many as asked.
 */
final class PortalLoad {

    /** Where the reports are made, a postcode each, spread over several forces. */
    static final List<String> POSTCODES = List.of("M1 1AE", "CT9 1XZ", "E8 1EJ", "CF10 1BH", "B1 1BB", "LS1 4DY",
            "BS1 5TR", "NE1 7RU");
    private static final List<String> KINDS = List.of("crime", "asb", "hate", "information");

    /** @param wall nanoseconds from the first client's first page until the last answer */
    record Result(List<PortalWalk.Outcome> outcomes, long wall) {
    }

    private PortalLoad() {
    }

    /**
     * The reports to send, kinds and places taking turns and the photos spread evenly among them.
     *
     * @param run marks this run's reports, so that the count check can tell a report sent twice
     */
    static List<PortalWalk.Plan> plans(int reports, double photoShare, byte[] photo, String run) {
        List<PortalWalk.Plan> plans = new ArrayList<>(reports);
        for (int i = 0; i < reports; i++) {
            boolean withPhoto = Math.floor((i + 1) * photoShare) > Math.floor(i * photoShare);
            plans.add(new PortalWalk.Plan(i, KINDS.get(i % KINDS.size()), POSTCODES.get(i % POSTCODES.size()),
                    IntakeCount.marker(run, i), withPhoto ? photo : null));
        }
        return plans;
    }

    static Result run(URI base, int clients, List<PortalWalk.Plan> plans, Duration timeout, PrintWriter progress)
            throws InterruptedException {
        // Platform threads, not virtual ones: the clients share this JVM with the server, whose
        // request threads are virtual. A client busy with its proof of work must not hold a carrier
        // thread that Tomcat needs.
        ExecutorService clientThreads = Executors.newFixedThreadPool(clients,
                Thread.ofPlatform().name("portal-client-", 1).daemon().factory());
        ExecutorService httpThreads = Executors.newCachedThreadPool(
                Thread.ofPlatform().name("portal-http-", 1).daemon().factory());
        PortalWalk walker = new PortalWalk(base, timeout, httpThreads);
        PortalWalk.Outcome[] outcomes = new PortalWalk.Outcome[plans.size()];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger finished = new AtomicInteger();
        long started = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                running.add(clientThreads.submit(() -> {
                    for (int i; (i = next.getAndIncrement()) < plans.size(); ) {
                        outcomes[i] = walker.walk(plans.get(i));
                        finished.incrementAndGet();
                    }
                }));
            }
            clientThreads.shutdown();
            while (!clientThreads.awaitTermination(10, TimeUnit.SECONDS)) {
                if (progress != null) {
                    progress.printf("  %3d s: %d of %d reports walked%n", (System.nanoTime() - started) / 1_000_000_000L,
                            finished.get(), plans.size());
                    progress.flush();
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("A client failed: " + e.getCause(), e.getCause());
        } finally {
            clientThreads.shutdownNow();
            httpThreads.shutdownNow();
        }
        return new Result(List.of(outcomes), System.nanoTime() - started);
    }
}
