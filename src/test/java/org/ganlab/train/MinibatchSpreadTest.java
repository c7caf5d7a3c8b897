package org.ganlab.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The minibatch standard deviation for points, against its definition and by finite differences. */
class MinibatchSpreadTest {
    @Test
    void theSpreadIsTheMeanOfTheColumnsStandardDeviations() {
        // columns {0, 2} (std 1) and {1, 1} (std 0)
        float[] x = {0, 1, 2, 1};
        assertThat(MinibatchSpread.spread(x, 2, 2)).isCloseTo(0.5, within(1e-4));
        float[] out = MinibatchSpread.append(x, 2, 2);
        assertThat(out).containsExactly(new float[] {0, 1, 0.5f, 2, 1, 0.5f}, Offset.offset(1e-4f));
    }

    /** A loss L = sum of w . output: its gradient through the appended spread, against central differences. */
    @Test
    void theGradientThroughTheSpreadMatchesFiniteDifferences() {
        Random r = new Random(3);
        int rows = 6;
        int width = 4;
        float[] x = new float[rows * width];
        float[] w = new float[rows * (width + 1)];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) r.nextGaussian();
        }
        float[] dx = MinibatchSpread.backward(x, w, rows, width);
        double h = 1e-3;
        for (int i = 0; i < x.length; i++) {
            float[] up = x.clone();
            float[] down = x.clone();
            up[i] += (float) h;
            down[i] -= (float) h;
            double slope = (loss(up, w, rows, width) - loss(down, w, rows, width)) / (2 * h);
            assertThat((double) dx[i]).as("element %d", i).isCloseTo(slope, within(2e-3 + Math.abs(slope) * 1e-2));
        }
    }

    private static double loss(float[] x, float[] w, int rows, int width) {
        float[] out = MinibatchSpread.append(x, rows, width);
        double sum = 0;
        for (int i = 0; i < out.length; i++) {
            sum += (double) w[i] * out[i];
        }
        return sum;
    }
}
