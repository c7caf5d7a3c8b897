package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.records.ImageUpdate;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.Player;
import org.ganlab.records.SingleUpdate;
import org.ganlab.records.TrainingControl;
import org.ganlab.records.TrainingListener;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;

/** A run on images stepped one network's update at a time: what each update changes, and that nothing else differs. */
class SingleUpdatesTest {
    private static final ExperimentConfig TWO_D_STEPS = TrainerTest.small(Map.of("discStepsPerGenStep", 2));

    /** Takes iteration {@code iteration} of {@code t} update by update, as the loop does; returns the updates. */
    private static List<ImageUpdate> updateByUpdate(Trainer t, int iteration) {
        List<ImageUpdate> updates = new ArrayList<>();
        boolean[] ended = {false};
        while (!ended[0]) {
            updates.add((ImageUpdate) t.update(iteration, () -> {
                t.iterate(iteration, 1, System.nanoTime());
                ended[0] = true;
            }));
        }
        return updates;
    }

    @Test
    void aRunSteppedUpdateByUpdateIsTheRunTrainedStraight() throws IOException {
        Trainer stepped = TrainerTest.trainer(TWO_D_STEPS);
        Trainer straight = TrainerTest.trainer(TWO_D_STEPS);
        for (int i = 1; i <= 2; i++) {
            List<ImageUpdate> updates = updateByUpdate(stepped, i);
            straight.iterate(i, 1, System.nanoTime());
            assertThat(updates).extracting(SingleUpdate::player).containsExactly(Player.D, Player.D, Player.G);
            assertThat(updates).extracting(SingleUpdate::number).containsExactly(1, 2, 1);
            assertThat(updates).extracting(SingleUpdate::of).containsExactly(2, 2, 1);
            assertThat(updates).extracting(SingleUpdate::iteration).containsOnly(i);
        }
        assertThat(stepped.generator().parameters()).isEqualTo(straight.generator().parameters());
        assertThat(stepped.discriminator().parameters()).isEqualTo(straight.discriminator().parameters());
        assertThat(stepped.discriminator().state()).isEqualTo(straight.discriminator().state());
        assertThat(stepped.checkpoint(1, 2, 0).randomStates()).isEqualTo(straight.checkpoint(1, 2, 0).randomStates());
        assertThat(stepped.discriminator().updates()).isEqualTo(straight.discriminator().updates());
        // the random streams moved alike: the next iteration draws the same batches
        IterationMetrics a = stepped.iterate(3, 2, System.nanoTime());
        IterationMetrics b = straight.iterate(3, 2, System.nanoTime());
        assertThat(a.dLossReal()).isEqualTo(b.dLossReal());
        assertThat(a.gLoss()).isEqualTo(b.gLoss());
    }

    @Test
    void aDUpdateChangesDsWeightsAndScoresAndAGUpdateOnlyGsImages() throws IOException {
        Trainer t = TrainerTest.trainer(TWO_D_STEPS);
        INDArray g0 = t.generator().parameters().dup();
        INDArray d0 = t.discriminator().parameters().dup();
        ImageUpdate d = (ImageUpdate) t.update(1, () -> { });
        assertThat(d.player()).isEqualTo(Player.D);
        assertThat(t.generator().parameters()).as("G's weights after D's update").isEqualTo(g0);
        assertThat(t.discriminator().parameters()).as("D's weights after D's update").isNotEqualTo(d0);
        assertThat(d.fakeAfter().pixels()).as("G's images after D's update").isEqualTo(d.fakeBefore().pixels());
        assertThat(d.after().real()).as("D's scores of the real images").isNotEqualTo(d.before().real());
        assertThat(d.real().count()).isEqualTo(ImageUpdate.SHOWN);
        assertThat(d.describe()).startsWith("D update 1 of 2 (iteration 1): D(real) ");

        t.update(1, () -> { });
        INDArray d2 = t.discriminator().parameters().dup();
        List<INDArray> dState = t.discriminator().state().stream().map(INDArray::dup).toList();
        INDArray g1 = t.generator().parameters().dup();
        ImageUpdate g = (ImageUpdate) t.update(1, () -> t.iterate(1, 1, System.nanoTime()));
        assertThat(g.player()).isEqualTo(Player.G);
        assertThat(t.discriminator().parameters()).as("D's weights after G's update").isEqualTo(d2);
        assertThat(t.discriminator().state()).as("D's running averages after G's update").isEqualTo(dState);
        assertThat(t.generator().parameters()).as("G's weights after G's update").isNotEqualTo(g1);
        assertThat(g.fakeAfter().pixels()).isNotEqualTo(g.fakeBefore().pixels());
        assertThat(g.after().real()).as("D's scores of the real images after G's update").isEqualTo(g.before().real());
        int most = g.mostChanged();
        for (int i = 0; i < ImageUpdate.SHOWN; i++) {
            assertThat(g.meanChange(i)).isLessThanOrEqualTo(g.meanChange(most));
        }
        assertThat(g.meanChange(most)).isPositive();
        assertThat(g.describe()).startsWith("G update (iteration 1): G's images changed ");
    }

    @Test
    void aPausedLoopTakesUpdatesAloneAndCountsTheIterationOnce() throws Exception {
        Trainer t = TrainerTest.trainer(TWO_D_STEPS);
        List<SingleUpdate> updates = new CopyOnWriteArrayList<>();
        List<IterationMetrics> iterations = new CopyOnWriteArrayList<>();
        TrainingControl control = new TrainingControl();
        control.pause();
        Thread trainer = new Thread(() -> t.train(new TrainingListener() {
            @Override
            public void iteration(IterationMetrics m) {
                iterations.add(m);
            }

            @Override
            public void update(SingleUpdate u) {
                updates.add(u);
            }
        }, control));
        trainer.start();
        await().atMost(Duration.ofSeconds(30)).until(control::parked);
        control.update();
        control.update();
        await().atMost(Duration.ofSeconds(30)).until(() -> updates.size() == 2 && control.parked());
        assertThat(iterations).as("two of D's updates do not end an iteration").isEmpty();
        control.update();
        await().atMost(Duration.ofSeconds(30)).until(() -> updates.size() == 3 && control.parked());
        assertThat(iterations).extracting(IterationMetrics::iteration).containsExactly(1);
        assertThat(updates).extracting(SingleUpdate::player).containsExactly(Player.D, Player.D, Player.G);
        control.step(); // a whole iteration is still a step
        await().atMost(Duration.ofSeconds(30)).until(() -> iterations.size() == 2 && control.parked());
        assertThat(updates).hasSize(3);
        control.stop();
        trainer.join(30_000);
        assertThat(trainer.isAlive()).isFalse();
    }
}
