package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Each loss against its definition, and its gradient against central differences of the loss. */
class LossesTest {
    private static final float[] LOGITS = {-3.5f, -0.7f, 0f, 0.4f, 2.2f, 9f};

    /** d loss / d logits[i] by central differences. */
    private static double numeric(float[] logits, int i, ToDoubleFunction<float[]> loss) {
        double h = 1e-3;
        float[] up = logits.clone();
        float[] down = logits.clone();
        up[i] += (float) h;
        down[i] -= (float) h;
        return (loss.applyAsDouble(up) - loss.applyAsDouble(down)) / (up[i] - down[i]);
    }

    @Test
    void crossEntropyIsItsDefinitionAndItsGradientIsItsDerivative() {
        Losses.Bce atZero = Losses.bce(new float[] {0f}, 0, 1, 1f, 1);
        assertThat(atZero.loss()).isCloseTo(Math.log(2), within(1e-12));
        for (float target : new float[] {1f, 0.9f, 0f}) {
            Losses.Bce b = Losses.bce(LOGITS, 0, LOGITS.length, target, LOGITS.length);
            double expected = 0;
            for (float a : LOGITS) {
                double p = 1 / (1 + Math.exp(-a));
                expected -= target * Math.log(p) + (1 - target) * Math.log(1 - p);
            }
            assertThat(b.loss()).isCloseTo(expected / LOGITS.length, within(1e-6));
            for (int i = 0; i < LOGITS.length; i++) {
                double d = numeric(LOGITS, i, l -> Losses.bce(l, 0, l.length, target, l.length).loss());
                assertThat((double) b.gradient()[i]).as("target %s, logit %d", target, i).isCloseTo(d, within(2e-4));
            }
        }
        // a slice of a larger batch: its gradient is scaled for the mean over the whole batch
        Losses.Bce slice = Losses.bce(LOGITS, 2, 3, 1f, 12);
        assertThat(slice.gradient()).hasSize(3);
        assertThat((double) slice.gradient()[0]).isCloseTo((0.5 - 1) / 12, within(1e-7));
        assertThat(Losses.bce(LOGITS, 0, LOGITS.length, 1f, LOGITS.length).accuracy()).as("logits > 0 right")
                .isEqualTo(3 / 6.0);
    }

    @Test
    void theSaturatingLossIsMeanLogOfOneMinusDAndItsGradientVanishesWhenDIsSure() {
        Losses.Bce s = Losses.saturating(LOGITS);
        double expected = 0;
        for (float a : LOGITS) {
            expected += Math.log(1 - 1 / (1 + Math.exp(-a)));
        }
        assertThat(s.loss()).isCloseTo(expected / LOGITS.length, within(1e-6));
        for (int i = 0; i < LOGITS.length; i++) {
            double d = numeric(LOGITS, i, l -> Losses.saturating(l).loss());
            assertThat((double) s.gradient()[i]).as("logit %d", i).isCloseTo(d, within(2e-4));
        }
        assertThat(Math.abs(s.gradient()[0])).as("D sure it is fake: almost no gradient for G")
                .isLessThan(Math.abs(s.gradient()[3]) / 10);
    }

    @Test
    void featureMatchingGradientMatchesItsLoss() {
        INDArray real = Nd4j.createFromArray(new float[][] {{0.1f, 0.5f, -0.2f}, {0.3f, 0.1f, 0.0f}});
        float[][] fakeRows = {{0.4f, -0.1f, 0.2f}, {0.0f, 0.3f, 0.7f}, {-0.2f, 0.2f, 0.1f}};
        Losses.FeatureMatch fm = Losses.featureMatching(real, Nd4j.createFromArray(fakeRows), 2.0);
        // 2 * mean over 3 features of (mean real - mean fake)^2
        double[] realMean = {0.2, 0.3, -0.1};
        double[] fakeMean = {0.2 / 3, 0.4 / 3, 1.0 / 3};
        double expected = 0;
        for (int f = 0; f < 3; f++) {
            expected += Math.pow(realMean[f] - fakeMean[f], 2);
        }
        assertThat(fm.loss()).isCloseTo(2 * expected / 3, within(1e-6));
        double h = 1e-3;
        for (int r = 0; r < 3; r++) {
            for (int f = 0; f < 3; f++) {
                float[][] up = copy(fakeRows);
                float[][] down = copy(fakeRows);
                up[r][f] += (float) h;
                down[r][f] -= (float) h;
                double d = (Losses.featureMatching(real, Nd4j.createFromArray(up), 2.0).loss()
                        - Losses.featureMatching(real, Nd4j.createFromArray(down), 2.0).loss()) / (up[r][f] - down[r][f]);
                assertThat(fm.gradient().getDouble(r, f)).as("row %d feature %d", r, f).isCloseTo(d, within(1e-4));
            }
        }
        assertThat(fm.gradient().dataType()).isEqualTo(DataType.FLOAT);
    }

    private static float[][] copy(float[][] rows) {
        float[][] c = new float[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            c[i] = rows[i].clone();
        }
        return c;
    }
}
