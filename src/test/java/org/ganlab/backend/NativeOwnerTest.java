package org.ganlab.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.model.Generator;
import org.ganlab.model.Mode;
import org.ganlab.model.NetworkSpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

/** The one thread for native work: requests between training's steps, latest wins, an exit that waits. */
class NativeOwnerTest {
    private final NativeOwner owner = NativeOwner.start("test-owner");

    @AfterEach
    void close() {
        assertThat(owner.close(Duration.ofSeconds(30))).isTrue();
    }

    /** Long work that runs until released, calling the safe point between its "iterations". */
    private CompletableFuture<Integer> training(AtomicBoolean release, CountDownLatch started) {
        return owner.submit(() -> {
            started.countDown();
            int iterations = 0;
            while (!release.get()) {
                NativeOwner.safePoint();
                iterations++;
                Thread.onSpinWait();
            }
            return iterations;
        });
    }

    @Test
    void requestsRunOnTheOwnerBetweenTheStepsOfRunningWork() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Integer> train = training(release, started);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        String thread = owner.request(null, () -> Thread.currentThread().getName()).get(10, TimeUnit.SECONDS);
        assertThat(thread).as("served while training still runs, on the owner's thread").isEqualTo("test-owner");
        assertThat(train).isNotDone();
        release.set(true);
        assertThat(train.get(10, TimeUnit.SECONDS)).isPositive();
    }

    @Test
    void requestsAskedForWithoutPauseTakeAtMostAQuarterOfTrainingsTime() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        AtomicLong inRequests = new AtomicLong();
        long t0 = System.nanoTime();
        CompletableFuture<Integer> train = training(release, started);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        // a screen that asks again as soon as it is answered; each request costs 40 ms of the owner's time
        while (System.nanoTime() - t0 < TimeUnit.SECONDS.toNanos(2)) {
            owner.request("walk", () -> {
                long s = System.nanoTime();
                while (System.nanoTime() - s < TimeUnit.MILLISECONDS.toNanos(40)) {
                    Thread.onSpinWait(); // 40 ms of the owner's time, as a walk's arithmetic takes it
                }
                return inRequests.addAndGet(System.nanoTime() - s);
            }).get(10, TimeUnit.SECONDS);
        }
        release.set(true);
        train.get(10, TimeUnit.SECONDS);
        double share = inRequests.get() / (double) (System.nanoTime() - t0);
        assertThat(share).as("share of the time spent in requests").isBetween(0.05, 1.0 / (NativeOwner.REQUEST_PACE + 1) + 0.05);
    }

    @Test
    void aNewerRequestOfTheSameKindReplacesOlderOnesThatHaveNotStarted() throws Exception {
        CountDownLatch hold = new CountDownLatch(1);
        CountDownLatch busy = new CountDownLatch(1);
        owner.submit(() -> {
            busy.countDown();
            return hold.await(10, TimeUnit.SECONDS);
        });
        // the thread is busy before any walk is asked for, so the walks queue up (else the first could start at once)
        assertThat(busy.await(10, TimeUnit.SECONDS)).isTrue();
        List<Integer> ran = new CopyOnWriteArrayList<>();
        List<CompletableFuture<Integer>> walks = new ArrayList<>();
        for (int d = 0; d < 5; d++) {
            int dimension = d;
            walks.add(owner.request("walk", () -> {
                ran.add(dimension);
                return dimension;
            }));
        }
        CompletableFuture<String> other = owner.request("diagnosis", () -> "judged");
        hold.countDown();
        assertThat(walks.get(4).get(10, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(other.get(10, TimeUnit.SECONDS)).as("another kind is not replaced").isEqualTo("judged");
        assertThat(ran).as("only the newest walk ran").containsExactly(4);
        assertThat(walks.subList(0, 4)).allMatch(CompletableFuture::isCancelled);
    }

    @Test
    void closingWaitsForTheRunningWorkAndThenRefusesMore() throws Exception {
        AtomicBoolean release = new AtomicBoolean();
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Integer> train = training(release, started);
        CompletableFuture<Object> queued = owner.submit(() -> "never");
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(owner.close(Duration.ofMillis(200))).as("still running: the wait is bounded").isFalse();
        release.set(true); // what stopping training does
        assertThat(owner.close(Duration.ofSeconds(10))).isTrue();
        assertThat(train).isCompleted();
        assertThat(queued).as("queued work is cancelled at close").isCancelled();
        assertThatThrownBy(() -> owner.submit(() -> 1).get()).isInstanceOf(ExecutionException.class)
                .hasMessageContaining("closing");
    }

    @Test
    void whileAnOwnerIsOpenOneDnnRunsOnlyOnItsThread() throws Exception {
        ExperimentConfig config = ExperimentConfig.baseline();
        Generator g = owner.submit(() -> {
            Generator made = new Generator(NetworkSpec.generator(config, 28, 1));
            made.initialise(config.weightInit(), config.initStd());
            made.forward(Nd4j.randn(4, config.latentSize()), Mode.INFER);
            return made;
        }).get(60, TimeUnit.SECONDS);
        assertThat(NativeOwner.mayRunNative()).as("the test's thread, beside an open owner").isFalse();
        if (OneDnn.active()) {
            assertThatThrownBy(() -> g.forward(Nd4j.randn(4, config.latentSize()), Mode.INFER))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("native owner");
        }
        assertThat(owner.submit(() -> g.forward(Nd4j.randn(4, config.latentSize()), Mode.INFER).shape())
                .get(60, TimeUnit.SECONDS)).containsExactly(4, 28, 28, 1);
    }
}
