package org.ganlab.ui.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.Pointer;
import org.ganlab.backend.NativeOwner;
import org.ganlab.ui.common.BackgroundTasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Twenty start/stop cycles of tiny runs in one lab session, as a class would press Start and Stop through a lesson:
 * the Java heap after a full collection, ND4J's live off-heap buffers (its allocation tracker's count) and the
 * process's resident memory (JavaCPP's {@code Pointer.physicalBytes()}) grow by at most 10% from cycle 5 to cycle 20. {@code -Dsoak.cycles=40} runs a longer soak. Training runs on a real background thread; screen updates are
 * queued and run on the test's thread, the lab's "screen", between pulses.
 */
class LabSoakTest {
    private final ExecutorService background = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "soak-background");
        t.setDaemon(true);
        return t;
    });
    private final LinkedBlockingQueue<Runnable> screen = new LinkedBlockingQueue<>();
    private final NativeOwner owner = NativeOwner.start("soak-native");
    @TempDir
    Path runs;
    private LabViewModel model;

    @BeforeEach
    void model() {
        model = new LabViewModel(new BackgroundTasks(BackgroundTasks.NativeLane.of(owner), background, screen::add,
                (count, then) -> then.run()), runs);
    }

    @AfterEach
    void shutdown() throws Exception {
        model.shutdown();
        assertThat(owner.close(Duration.ofSeconds(30))).as("native work returned").isTrue();
        background.shutdownNow();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    /** Runs the screen's queue and a pulse until the condition holds. */
    private void screenUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            for (Runnable r; (r = screen.poll()) != null; ) {
                r.run();
            }
            model.training().pulse();
            assertThat(System.nanoTime()).as("the lab answered in time").isLessThan(deadline);
            serveScreen(5);
        }
    }

    /** Waits up to {@code millis} for screen work, as the JavaFX thread would, and runs what arrives. */
    private void serveScreen(long millis) throws InterruptedException {
        Runnable r = screen.poll(millis, TimeUnit.MILLISECONDS);
        if (r != null) {
            r.run();
        }
    }

    /** Heap after GC; the bytes ND4J's allocation tracker counts as live off the heap; the process's resident set. */
    private record Memory(long heap, long nd4j, long physical) { }

    /**
     * After full collections, once ND4J's deallocator has freed what the collections released (it runs behind, and
     * further behind on a busy machine): the count must hold still over three readings in a row.
     */
    private Memory measure() throws InterruptedException {
        long before = Long.MAX_VALUE;
        int still = 0;
        for (int i = 0; i < 40 && still < 3; i++) {
            System.gc();
            serveScreen(150); // ND4J's deallocator frees behind the collection
            long now = Nd4j.getMemoryManager().allocatedMemory(0);
            still = now >= before ? still + 1 : 0;
            before = Math.min(before, now);
        }
        return new Memory(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
                Nd4j.getMemoryManager().allocatedMemory(0), Pointer.physicalBytes());
    }

    /** The most any measure may grow over a window of cycles. */
    private static final double GROWTH = 1.10;

    private static boolean within(Memory from, Memory to) {
        return to.heap() <= from.heap() * GROWTH && to.nd4j() <= from.nd4j() * GROWTH
                && to.physical() <= from.physical() * GROWTH;
    }

    /** One start, three iterations, stop. */
    private void cycle(int cycle) throws InterruptedException {
        model.start();
        screenUntil(() -> model.shown().metrics().size() >= 3);
        model.stop();
        screenUntil(() -> !model.runningProperty().get());
        assertThat(model.shown().titleProperty().get()).endsWith("(stopped)");
        if (Boolean.getBoolean("soak.trace")) {
            Memory m = measure();
            System.out.printf("cycle %d: heap %.1f MB, ND4J %.1f MB, resident %.1f MB%n", cycle, m.heap() / 1e6,
                    m.nd4j() / 1e6, m.physical() / 1e6); // -Dsoak.trace=true: every cycle
        }
    }

    @Test
    void twentyStartStopCyclesDoNotGrowMemory() throws Exception {
        Map.of("qualitySamples", 0, "genFilters", 8, "discFilters", 8, "batchSize", 16, "epochs", 50, "iterationsPerEpoch", 2)
                .forEach(model::set);
        assertThat(model.settings().problems()).isEmpty();
        int planned = Integer.getInteger("soak.cycles", 20);
        int cycles = planned;
        int from = 5;
        Memory first = null;
        Memory last = null;
        // a leak grows with every cycle; a buffer that another part of the suite fills once (a cache, a late
        // background task) does not: when the first window grows, a second window as long must not grow again
        for (int cycle = 1; cycle <= cycles; cycle++) {
            cycle(cycle);
            if (cycle == from) {
                first = measure();
            }
            if (cycle == cycles) {
                last = measure();
                if (!within(first, last) && cycles == planned) {
                    System.out.printf("soak: grew in cycles %d-%d (%s -> %s); a second window%n", from, cycle, first,
                            last);
                    first = last;
                    from = cycle;
                    cycles += planned - 5;
                }
            }
        }
        System.out.printf("soak: heap after GC %.1f -> %.1f MB; ND4J off-heap %.1f -> %.1f MB; process resident "
                + "%.1f -> %.1f MB (cycle %d -> %d)%n", first.heap() / 1e6, last.heap() / 1e6, first.nd4j() / 1e6,
                last.nd4j() / 1e6, first.physical() / 1e6, last.physical() / 1e6, from, cycles);
        String threads = Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted()
                .collect(Collectors.joining(", "));
        assertThat((double) last.heap()).as("heap after GC").isLessThanOrEqualTo(first.heap() * GROWTH);
        assertThat((double) last.nd4j()).as("ND4J's live off-heap buffers (threads alive: %s)", threads)
                .isLessThanOrEqualTo(first.nd4j() * GROWTH);
        assertThat((double) last.physical()).as("the process's resident memory")
                .isLessThanOrEqualTo(first.physical() * GROWTH);
    }
}
