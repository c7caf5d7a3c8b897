package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.api.Assertions;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.data.Datasets;
import org.ganlab.model.Mode;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.RunStatus;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The training loop on a small version of the reference network (few filters, small batches) for speed. */
class TrainerTest {
    static ExperimentConfig small(Map<String, Object> extra) {
        Map<String, Object> m = new HashMap<>(Map.of("genFilters", 16, "discFilters", 8, "batchSize", 16,
                "epochs", 2, "iterationsPerEpoch", 2, "seed", 42));
        m.putAll(extra);
        return ExperimentConfig.baseline().with(m);
    }

    static Trainer trainer(ExperimentConfig c) throws IOException {
        return new Trainer(c, Datasets.load(c));
    }

    @Test
    void layerShapesFollowTheReference() throws IOException {
        Trainer t = trainer(small(Map.of()));
        INDArray images = t.generator().forward(Nd4j.randn(DataType.FLOAT, 5, 100), Mode.TRAIN);
        assertThat(images.shape()).containsExactly(5, 28, 28, 1);
        assertThat(images.amaxNumber().doubleValue()).isLessThanOrEqualTo(1.0);
        assertThat(t.discriminator().forward(images, Mode.TRAIN).shape()).containsExactly(5, 1);
        INDArray features = t.discriminator().forward(images, Mode.TRAIN, t.discriminator().featureLayer() + 1);
        assertThat(features.shape()).containsExactly(5, 7, 7, 8);
        // the full-size generator has the reference's parameter count: dense 100*6272+6272, two 4x4x128x128
        // transposed convolutions with bias, two batch norms, and the 7x7x128 output convolution with bias
        Trainer full = trainer(ExperimentConfig.baseline());
        long expected = (100L * 6272 + 6272) + 2 * (4 * 4 * 128 * 128 + 128) + 2 * (2 * 128) + (7 * 7 * 128 + 1);
        assertThat(full.generator().parameterCount()).isEqualTo(expected);
    }

    @Test
    void aDiscriminatorUpdateChangesOnlyDAndAGeneratorUpdateOnlyG() throws IOException {
        ExperimentConfig c = small(Map.of());
        Trainer t = trainer(c);
        INDArray g0 = t.generator().parameters().dup();
        INDArray d0 = t.discriminator().parameters().dup();
        t.updateDiscriminator(Datasets.load(c).sample(new Random(1), 8), true);
        assertThat(t.generator().parameters()).isEqualTo(g0);
        assertThat(t.discriminator().parameters()).isNotEqualTo(d0);

        INDArray d1 = t.discriminator().parameters().dup();
        List<INDArray> dState = t.discriminator().state().stream().map(INDArray::dup).toList();
        t.updateGenerator(0);
        assertThat(t.generator().parameters()).isNotEqualTo(g0);
        assertThat(t.discriminator().parameters()).isEqualTo(d1);
        assertThat(t.discriminator().state()).as("D's batch-norm running averages").isEqualTo(dState);
    }

    @Test
    void combinedBatchModeUpdatesDOncePerIterationAndStillReportsBothHalves() throws IOException {
        Trainer separate = trainer(small(Map.of()));
        separate.iterate(1, 1, System.nanoTime());
        assertThat(separate.discriminator().updates()).isEqualTo(2);

        Trainer combined = trainer(small(Map.of("combinedBatch", true)));
        IterationMetrics m = combined.iterate(1, 1, System.nanoTime());
        assertThat(combined.discriminator().updates()).isEqualTo(1);
        assertThat(combined.generator().updates()).isEqualTo(1);
        assertThat(m.dLossReal()).isPositive().isNotEqualTo(m.dLossFake());
        // accuracies are shares of the 8 images of each half, measured in the one combined update
        assertThat(m.dAccReal() * 8).isCloseTo(Math.rint(m.dAccReal() * 8), Assertions.within(1e-9));
        assertThat(m.dAccFake() * 8).isCloseTo(Math.rint(m.dAccFake() * 8), Assertions.within(1e-9));
    }

    @Test
    void moreDiscriminatorStepsMeanMoreDUpdates() throws IOException {
        Trainer t = trainer(small(Map.of("discStepsPerGenStep", 3)));
        t.iterate(1, 1, System.nanoTime());
        assertThat(t.discriminator().updates()).isEqualTo(6);
        assertThat(t.generator().updates()).isEqualTo(1);
    }

    @Test
    void theSameSeedGivesTheSameMetricsAndSamples() throws IOException {
        ExperimentConfig c = small(Map.of("featureMatching", true, "labelSmoothing", 0.1));
        List<double[]> first = new ArrayList<>();
        List<double[]> second = new ArrayList<>();
        List<EpochSnapshot> grids1 = new ArrayList<>();
        List<EpochSnapshot> grids2 = new ArrayList<>();
        trainer(c).train(recorder(first, grids1), new TrainingControl());
        trainer(c).train(recorder(second, grids2), new TrainingControl());
        assertThat(first).hasSize(4);
        for (int i = 0; i < first.size(); i++) {
            assertThat(Arrays.copyOf(second.get(i), 11)).as("iteration %d", i + 1)
                    .containsExactly(Arrays.copyOf(first.get(i), 11));
        }
        assertThat(grids2.get(1).fixed().pixels()).containsExactly(grids1.get(1).fixed().pixels());

        List<double[]> other = new ArrayList<>();
        trainer(small(Map.of("featureMatching", true, "labelSmoothing", 0.1, "seed", 43)))
                .train(recorder(other, new ArrayList<>()), new TrainingControl());
        assertThat(other.get(0)[4]).as("another seed, another G loss").isNotEqualTo(first.get(0)[4]);
    }

    @Test
    void twoTrainersInOneProgramDoNotDisturbEachOther() throws IOException {
        ExperimentConfig c = small(Map.of());
        List<double[]> alone = new ArrayList<>();
        Trainer solo = trainer(c);
        for (int i = 1; i <= 3; i++) {
            alone.add(solo.iterate(i, 1, System.nanoTime()).values());
        }
        // the same run again, with a second trainer (another seed) drawing latent points in between its iterations
        Trainer a = trainer(c);
        Trainer b = trainer(small(Map.of("seed", 7)));
        for (int i = 1; i <= 3; i++) {
            double[] v = a.iterate(i, 1, System.nanoTime()).values();
            b.iterate(i, 1, System.nanoTime());
            Nd4j.randn(DataType.FLOAT, 50, 50); // and ND4J's global generator used by someone else
            assertThat(Arrays.copyOf(v, 11)).as("iteration %d", i)
                    .containsExactly(Arrays.copyOf(alone.get(i - 1), 11));
        }
    }

    /** A small run on a thread of its own that pauses itself after its first iteration, waiting at the pause point. */
    private record PausedRun(TrainingControl control, List<double[]> rows, Thread training) {
        static PausedRun afterTheFirstIteration() throws IOException {
            TrainingControl control = new TrainingControl();
            List<double[]> rows = Collections.synchronizedList(new ArrayList<>());
            TrainingListener pauseAtFirst = new TrainingListener() {
                @Override
                public void iteration(IterationMetrics m) {
                    rows.add(m.values());
                    if (m.iteration() == 1) {
                        control.pause();
                    }
                }
            };
            Trainer t = trainer(small(Map.of()));
            Thread training = new Thread(() -> t.train(pauseAtFirst, control));
            training.start();
            PausedRun run = new PausedRun(control, rows, training);
            run.awaitParked();
            return run;
        }

        /** Until the trainer waits at the pause point: no iteration can follow until it is resumed or stepped. */
        void awaitParked() {
            await().atMost(Duration.ofSeconds(60)).until(() -> waitingIn(training, "TrainingControl", "proceed"));
        }
    }

    @Test
    void pauseHoldsTheTrainingThreadUntilResumed() throws Exception {
        PausedRun run = PausedRun.afterTheFirstIteration();
        assertThat(run.rows()).as("paused after the first iteration").hasSize(1);
        assertThat(run.training().isAlive()).isTrue();
        run.control().resume();
        run.training().join(60_000);
        assertThat(run.training().isAlive()).isFalse();
        assertThat(run.rows()).as("resumed to the end").hasSize(4);
    }

    /** A paused run steps one iteration at a time and waits again after each; resumed, it trains on to the end. */
    @Test
    void aPausedRunStepsOneIterationAtATime() throws Exception {
        PausedRun run = PausedRun.afterTheFirstIteration();
        List<double[]> rows = run.rows();
        assertThat(rows).hasSize(1);
        run.control().step();
        await().atMost(Duration.ofSeconds(60)).until(() -> rows.size() == 2);
        run.awaitParked();
        assertThat(rows).as("one step, one iteration, then paused again").hasSize(2);
        run.control().step();
        run.control().step();
        await().atMost(Duration.ofSeconds(60)).until(() -> rows.size() == 4 || !run.training().isAlive());
        assertThat(run.control().paused()).as("still paused after the steps").isTrue();
        run.control().resume();
        run.training().join(60_000);
        assertThat(run.training().isAlive()).isFalse();
        assertThat(rows).as("the run's four iterations, each once").hasSize(4);
    }

    /** True while {@code thread} waits inside {@code method} of {@code type}. */
    static boolean waitingIn(Thread thread, String type, String method) {
        Thread.State state = thread.getState();
        return (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING)
                && Arrays.stream(thread.getStackTrace()).anyMatch(f -> f.getClassName().endsWith("." + type)
                && f.getMethodName().equals(method));
    }

    @Test
    void stopKeepsWhatWasRecordedAndSaysSo() throws IOException {
        TrainingControl control = new TrainingControl();
        List<double[]> rows = new ArrayList<>();
        List<EpochSnapshot> grids = new ArrayList<>();
        RunStatus[] end = new RunStatus[1];
        TrainingListener stopAfterFirstEpoch = new TrainingListener() {
            @Override
            public void epoch(EpochSnapshot s) {
                control.stop();
            }

            @Override
            public void finished(RunStatus status, String message) {
                end[0] = status;
            }
        };
        RunStatus status = trainer(small(Map.of("epochs", 3))).train(
                TrainingListener.all(recorder(rows, grids), stopAfterFirstEpoch), control);
        assertThat(status).isEqualTo(RunStatus.STOPPED).isEqualTo(end[0]);
        assertThat(grids).hasSize(1);
        assertThat(rows).hasSize(2);
    }

    @Test
    void aLossThatBecomesNonFiniteEndsTheRunAsDivergedAndKeepsTheRecord() throws IOException {
        Trainer t = trainer(small(Map.of("epochs", 5)));
        List<double[]> rows = new ArrayList<>();
        List<EpochSnapshot> grids = new ArrayList<>();
        String[] message = new String[1];
        TrainingListener ending = new TrainingListener() {
            @Override
            public void epoch(EpochSnapshot s) {
                // a weight blown up to NaN, as a runaway learning rate would leave it
                t.discriminator().parameters().putScalar(0, Float.NaN);
            }

            @Override
            public void finished(RunStatus status, String text) {
                message[0] = text;
            }
        };
        RunStatus status = t.train(TrainingListener.all(recorder(rows, grids), ending), new TrainingControl());
        assertThat(status).isEqualTo(RunStatus.DIVERGED);
        assertThat(message[0]).contains("NaN").contains("iteration 3");
        assertThat(grids).hasSize(1);
        assertThat(rows).hasSize(3);
        assertThat(Double.isNaN(rows.get(2)[2])).isTrue();
    }

    static TrainingListener recorder(List<double[]> rows, List<EpochSnapshot> grids) {
        return new TrainingListener() {
            @Override
            public void iteration(IterationMetrics m) {
                rows.add(m.values());
            }

            @Override
            public void epoch(EpochSnapshot s) {
                grids.add(s);
            }
        };
    }
}
