package org.ganlab.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ganlab.model.Activation;
import org.ganlab.model.Dense;
import org.ganlab.model.Layer;
import org.ganlab.model.Mode;
import org.ganlab.model.Network;
import org.ganlab.records.NamedArray;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The playground's engine against two independent references: the image models' layers (DL4J's path, the same
 * weights) for the passes, Adam and the spectral normalisation, and finite differences of each penalty's definition
 * for the exact second derivatives.
 */
class MlpTest {
    private static final int[] WIDTHS = {3, 16, 12, 1};
    private static final double SLOPE = 0.2;

    private static Mlp mlp(boolean spectral) {
        Mlp m = new Mlp("D", WIDTHS, SLOPE, spectral, 1e-3, 0.5, 0.999, 1e-7);
        Random r = new Random(3);
        float[] p = m.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (0.5 * r.nextGaussian());
        }
        return m;
    }

    private static Network network(boolean spectral) {
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l + 1 < WIDTHS.length; l++) {
            Dense d = new Dense(WIDTHS[l], WIDTHS[l + 1]);
            layers.add(d);
            if (spectral) {
                d.normaliseSpectrally();
            }
            if (l + 2 < WIDTHS.length) {
                layers.add(Activation.leakyRelu(SLOPE));
            }
        }
        return new Network("D", layers, 1e-3, 0.5, 0.999);
    }

    private static float[] rows(int n, int seed) {
        Random r = new Random(seed);
        float[] x = new float[n * WIDTHS[0]];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) r.nextGaussian();
        }
        return x;
    }

    /** Three training steps on the same weights and rows: the same outputs, gradients and weights as DL4J's path. */
    @Test
    void passesAdamAndTheSpectralNormAgreeWithTheImageModelsLayers() {
        for (boolean spectral : new boolean[] {false, true}) {
            Mlp mine = mlp(spectral);
            Network theirs = network(spectral);
            theirs.parameters().assign(Nd4j.createFromArray(mine.parameters().clone()).reshape(1, -1));
            for (int step = 0; step < 3; step++) {
                float[] x = rows(40, step);
                float[] out = mine.forward(x, 40, true);
                INDArray theirOut = theirs.forward(Nd4j.createFromArray(x).reshape(40, WIDTHS[0]), Mode.TRAIN);
                assertClose(out, theirOut.reshape(-1).toFloatVector(), 1e-5, "outputs, spectral " + spectral);
                float[] dOut = rows(40, 100 + step);
                float[] dOutColumn = Arrays.copyOf(dOut, 40);
                float[] dx = mine.backward(dOutColumn, true, true);
                INDArray theirDx = theirs.backward(Nd4j.createFromArray(dOutColumn).reshape(40, 1));
                assertClose(dx, theirDx.reshape(-1).toFloatVector(), 1e-5, "input gradient");
                mine.step();
                theirs.step();
                assertClose(mine.parameters(), theirs.parameters().toFloatVector(), 1e-5,
                        "weights after Adam step " + step + ", spectral " + spectral);
            }
            Map<String, NamedArray> theirState = new HashMap<>();
            theirs.trainingState().forEach(a -> theirState.put(a.name(), a));
            for (NamedArray a : mine.trainingState()) {
                assertThat(theirState).containsKey(a.name());
                assertThat(a.shape()).isEqualTo(theirState.get(a.name()).shape());
                assertClose(a.values(), theirState.get(a.name()).values(), 1e-4, a.name());
            }
        }
    }

    /** A checkpoint of the image models' layout loads; one of another shape is refused by the array's name. */
    @Test
    void aSavedStateLoadsAndAWrongShapeIsRefusedByName() {
        Mlp a = mlp(true);
        a.forward(rows(8, 1), 8, true);
        a.backward(new float[8], true, false);
        a.step();
        Map<String, NamedArray> saved = new HashMap<>();
        a.trainingState().forEach(s -> saved.put(s.name(), s));
        Mlp b = mlp(true);
        b.restoreTrainingState(saved, a.updates());
        assertThat(b.parameters()).isEqualTo(a.parameters());
        assertThat(b.forward(rows(5, 2), 5, true)).isEqualTo(a.forward(rows(5, 2), 5, true));
        Mlp wider = new Mlp("D", new int[] {3, 17, 12, 1}, SLOPE, true, 1e-3, 0.5, 0.999, 1e-7);
        assertThatThrownBy(() -> wider.restoreTrainingState(saved, 1)).hasMessageContaining("D.parameters has shape");
    }

    /**
     * R1 (gamma / 2 mean |grad_x D|^2) and WGAN-GP's penalty (lambda mean (|grad_x D| - 1)^2): the exact gradient
     * with respect to every weight against central differences of the penalty itself, computed from the input
     * gradients alone. With and without the spectral normalisation (differentiated through it).
     */
    @Test
    void thePenaltiesExactGradientsMatchFiniteDifferencesOfTheirDefinitions() {
        int n = 6;
        float[] x = rows(n, 9);
        for (boolean spectral : new boolean[] {false, true}) {
            for (boolean r1 : new boolean[] {true, false}) {
                Mlp m = mlp(spectral);
                m.forward(x, n, true); // the power iteration's step, then every pass below holds u
                double weight = r1 ? 10 : 0.1;
                float[] c = inputGradients(m, x, n);
                float[] direction = new float[c.length];
                int width = WIDTHS[0];
                for (int i = 0; i < n; i++) {
                    double norm = norm(c, i * width, width);
                    for (int k = 0; k < width; k++) {
                        direction[i * width + k] = (float) (r1 ? c[i * width + k]
                                : c[i * width + k] * (1 - 1 / norm));
                    }
                }
                Arrays.fill(m.gradients(), 0f);
                m.addAlongInputs(direction, (float) ((r1 ? weight : 2 * weight) / n));
                float[] exact = m.gradients().clone();
                if (spectral) {
                    m.step();
                    // the step turned the gradients into the parameters' own before moving them: recover them
                    exact = m.gradients().clone();
                }
                Mlp fresh = mlp(spectral);
                fresh.forward(x, n, true);
                KinkAwareDifferences.check(exact, fresh.parameters(), () -> penalty(fresh, x, n, r1, weight), 1,
                        (r1 ? "R1" : "WGAN-GP") + (spectral ? ", spectrally normalised" : ""));
            }
        }
    }

    private static float[] inputGradients(Mlp m, float[] x, int n) {
        m.forward(x, n, false);
        float[] ones = new float[n];
        Arrays.fill(ones, 1f);
        return m.backward(ones, false, true);
    }

    private static double penalty(Mlp m, float[] x, int n, boolean r1, double weight) {
        float[] c = inputGradients(m, x, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double norm = norm(c, i * WIDTHS[0], WIDTHS[0]);
            sum += r1 ? weight / 2 * norm * norm : weight * (norm - 1) * (norm - 1);
        }
        return sum / n;
    }

    private static double norm(float[] v, int off, int len) {
        double s = 0;
        for (int k = 0; k < len; k++) {
            s += (double) v[off + k] * v[off + k];
        }
        return Math.sqrt(s);
    }

    private static void assertClose(float[] a, float[] b, double tolerance, String what) {
        assertThat(a).as(what).hasSameSizeAs(b);
        for (int i = 0; i < a.length; i++) {
            assertThat((double) a[i]).as(what + " [" + i + "]").isCloseTo(b[i], within(tolerance * (1 + Math.abs(b[i]))));
        }
    }
}
