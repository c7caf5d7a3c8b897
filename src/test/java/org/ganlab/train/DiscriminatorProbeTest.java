package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ganlab.data.Datasets;
import org.ganlab.model.Mode;
import org.ganlab.records.EpochSnapshot;
import org.ganlab.records.GridScores;
import org.ganlab.records.SampleGrid;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** D's view of the epoch's grid: its score of each shown image, taken without changing the run. */
class DiscriminatorProbeTest {
    @Test
    void eachGridImageGetsDsVerdictOnItInGridOrderAndAskingChangesNothing() throws IOException {
        Trainer t = TrainerTest.trainer(TrainerTest.small(Map.of()));
        t.iterate(1, 1, System.nanoTime());
        INDArray d0 = t.discriminator().parameters().dup();
        List<INDArray> state0 = t.discriminator().state().stream().map(INDArray::dup).toList();

        EpochSnapshot s = t.snapshot(1, 1, 0);
        GridScores scores = s.scores();
        assertThat(scores.fake()).hasSize(100);
        assertThat(scores.real()).hasSize(100);
        assertThat(GridScores.judged(scores.fake())).isEqualTo(100);

        // D's output on the very images shown, in the grid's order, through a sigmoid
        SampleGrid grid = s.fixed();
        INDArray shown = Nd4j.create(grid.pixels(), new long[] {100, 28, 28, 1}, 'c');
        float[] logits = t.discriminator().forward(shown, Mode.TRAIN_FROZEN).toFloatVector();
        for (int i = 0; i < 100; i++) {
            assertThat((double) scores.fake()[i]).as("image %d", i).isCloseTo(1 / (1 + Math.exp(-logits[i])),
                    within(1e-4));
        }
        assertThat(t.snapshot(1, 1, 0).scores()).as("asked again").isEqualTo(scores);
        assertThat(t.discriminator().parameters()).isEqualTo(d0);
        assertThat(t.discriminator().state()).as("D's batch-norm running averages").isEqualTo(state0);
    }

    @Test
    void aDThatTellsThemApartScoresTheRealImagesAboveTheFakes() throws IOException {
        var c = TrainerTest.small(Map.of());
        Trainer t = TrainerTest.trainer(c);
        var data = Datasets.load(c);
        Random random = new Random(3);
        for (int k = 0; k < 30; k++) { // D alone: G stays as it was initialised
            t.updateDiscriminator(data.sample(random, 16), true);
            t.updateDiscriminator(t.generator().forward(Nd4j.randn(random.nextLong(), new long[] {16, 100}),
                    Mode.TRAIN), false);
        }
        GridScores scores = t.snapshot(1, 1, 0).scores();
        assertThat(GridScores.mean(scores.real())).isGreaterThan(0.5);
        assertThat(GridScores.mean(scores.fake())).isLessThan(0.5);
        assertThat(GridScores.calledReal(scores.real())).isGreaterThan(GridScores.calledReal(scores.fake()));
    }

    @Test
    void aPackedDScoresEachPackOnceAndLeavesTheImagesOfNoWholePackUnjudged() throws IOException {
        Trainer t = TrainerTest.trainer(TrainerTest.small(Map.of("packing", 3, "batchSize", 18)));
        GridScores scores = t.snapshot(1, 1, 0).scores();
        assertThat(GridScores.judged(scores.fake())).isEqualTo(99);
        assertThat(scores.fake()[99]).isNaN();
        assertThat(scores.fake()[0]).isEqualTo(scores.fake()[1]).isEqualTo(scores.fake()[2]);
        assertThat(scores.real()[99]).isNaN();
    }
}
