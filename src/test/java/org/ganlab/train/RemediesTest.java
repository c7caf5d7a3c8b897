package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Map;
import org.ganlab.config.ConfigException;
import org.ganlab.config.ConfigSchema;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.model.Generator;
import org.ganlab.model.Mode;
import org.ganlab.records.IterationMetrics;
import org.ganlab.records.SampleGrid;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The remedies for collapse on all ten digits: conditional networks, the minibatch deviation, instance noise. */
class RemediesTest {

    @Test
    void aConditionalGeneratorDrawsTheDigitItIsAskedForInItsRow() throws IOException {
        Trainer t = TrainerTest.trainer(TrainerTest.small(Map.of("digits", "1,7", "conditional", true)));
        for (int i = 1; i <= 3; i++) {
            assertThat(t.iterate(i, 1, System.nanoTime()).finite()).isTrue();
        }
        Generator g = t.generator();
        assertThat(g.classes()).isEqualTo(10);
        // the class enters G: the same latent points asked for a 1 and for a 7 give different images
        INDArray z = Nd4j.randn(DataType.FLOAT, 4, 100);
        INDArray ones = g.forward(z, new int[] {1, 1, 1, 1}, Mode.TRAIN_FROZEN).dup();
        INDArray sevens = g.forward(z, new int[] {7, 7, 7, 7}, Mode.TRAIN_FROZEN).dup();
        assertThat(ones.sub(sevens).amaxNumber().doubleValue()).isGreaterThan(1e-4);
        // the class enters D: the same images said to be 1s and 7s are judged differently
        t.discriminator().condition(Generator.oneHot(new int[] {1, 1, 1, 1}, 10));
        INDArray asOnes = t.discriminator().forward(ones.dup(), Mode.TRAIN_FROZEN).dup();
        t.discriminator().condition(Generator.oneHot(new int[] {7, 7, 7, 7}, 10));
        INDArray asSevens = t.discriminator().forward(ones.dup(), Mode.TRAIN_FROZEN).dup();
        assertThat(asOnes.sub(asSevens).amaxNumber().doubleValue()).isGreaterThan(1e-6);
        // the grid asks row k for digit k
        assertThat(Generator.evenClasses(SampleGrid.GRID_IMAGES, 10)).startsWith(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)
                .endsWith(9);
        INDArray fixed = Trainer.fixedLatentPoints(42, 100);
        float[] grid = t.draw(fixed).pixels();
        float[] rowByRow = g.forward(fixed, Generator.evenClasses(100, 10), Mode.TRAIN_FROZEN).dup('c')
                .reshape(100 * 28 * 28).toFloatVector();
        float[] allZeros = g.forward(fixed, new int[100], Mode.TRAIN_FROZEN).dup('c').reshape(100 * 28 * 28)
                .toFloatVector();
        assertThat(grid).containsExactly(rowByRow);
        assertThat(grid).isNotEqualTo(allZeros);
    }

    @Test
    void aConditionalRunNeedsLabelledData() {
        ExperimentConfig onPictures = TrainerTest.small(Map.of("conditional", true, "imageFolder", "."));
        assertThatThrownBy(() -> ConfigSchema.validate(onPictures)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("conditional").hasMessageContaining("no class labels");
    }

    @Test
    void theMinibatchDeviationGivesDOneMoreFeatureMapAndTrains() throws IOException {
        Trainer plain = TrainerTest.trainer(TrainerTest.small(Map.of()));
        Trainer remedied = TrainerTest.trainer(TrainerTest.small(Map.of("minibatchStddev", true)));
        // one more 7x7 feature map into D's last dense layer (Karras et al.), not a single extra input
        assertThat(remedied.discriminator().parameterCount()).isEqualTo(plain.discriminator().parameterCount() + 7 * 7);
        IterationMetrics m = remedied.iterate(1, 1, System.nanoTime());
        assertThat(m.finite()).isTrue();
        assertThat(remedied.discriminator().describe()).contains("MinibatchStddev");
    }

    @Test
    void instanceNoiseFallsToZeroAndChangesWhatDSees() throws IOException {
        ExperimentConfig noisy = TrainerTest.small(Map.of("instanceNoise", 0.4));
        assertThat(noisy.instanceNoiseAt(1, 101)).isEqualTo(0.4);
        assertThat(noisy.instanceNoiseAt(51, 101)).isCloseTo(0.2, within(1e-12));
        assertThat(noisy.instanceNoiseAt(101, 101)).isEqualTo(0.0);
        IterationMetrics quiet = TrainerTest.trainer(TrainerTest.small(Map.of())).iterate(1, 1, System.nanoTime());
        IterationMetrics loud = TrainerTest.trainer(noisy).iterate(1, 1, System.nanoTime());
        assertThat(loud.dLossReal()).isNotEqualTo(quiet.dLossReal());
        assertThat(loud.finite()).isTrue();
    }

    @Test
    void theLatentWalkOfAConditionalGeneratorStaysOnTheChosenDigit() throws IOException {
        ExperimentConfig c = TrainerTest.small(Map.of("digits", "1,7", "conditional", true));
        Trainer t = TrainerTest.trainer(c);
        t.iterate(1, 1, System.nanoTime());
        LatentWalk.Source trained = g -> g.parameters().assign(t.generator().parameters());
        SampleGrid ones = LatentWalk.walk(c, trained, 3, 5, 3, 28, 1, 1);
        SampleGrid sevens = LatentWalk.walk(c, trained, 3, 5, 3, 28, 1, 7);
        assertThat(ones.count()).isEqualTo(5);
        assertThat(ones.pixels()).isNotEqualTo(sevens.pixels());
        assertThat(LatentWalk.walk(c, trained, 3, 5, 3, 28, 1, 1).pixels()).containsExactly(ones.pixels());
        assertThatThrownBy(() -> LatentWalk.walk(c, trained, 3, 5, 3, 28, 1, 10))
                .hasMessageContaining("digit 10 does not exist");
    }
}
