package org.ganlab.mlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The unrolled GAN's gradient against central differences of its own definition: G's objective read off a D that has
 * taken K Adam steps on the batch, computed here by taking the steps (forward passes, the cross-entropy written out
 * anew, Adam's steps), so the differences share no code with the reverse pass through the steps.
 */
class UnrolledTest {
    private static final int STEPS = 3;

    @ParameterizedTest(name = "minimax {0}")
    @ValueSource(booleans = {true, false})
    void gsGradientThroughDsStepsMatchesDifferencesOfTheUnrolledObjective(boolean minimax) {
        Mlp g = network("G", new int[] {2, 6, 6, 2}, 11, 1e-3);
        Mlp d = network("D", new int[] {2, 7, 7, 1}, 12, 0.05);
        warm(d, 13);
        Unrolled.Batch b = batch(14);
        List<float[]> dBefore = d.save();
        int updates = d.updates();

        Unrolled.generatorGradient(g, d, b, STEPS, minimax);
        float[] exact = g.gradients().clone();
        assertThat(d.parameters()).as("D's weights put back").containsExactly(dBefore.get(0));
        assertThat(d.updates()).isEqualTo(updates);

        KinkAwareDifferences.check(exact, g.parameters(), () -> unrolledObjective(g, d, b, minimax), 1,
                "G's unrolled gradient, minimax " + minimax);

        // the second-order term matters here: G's gradient through the stepped D held fixed differs from it
        float[] held = heldGradient(g, d, b, minimax);
        double most = 0, apart = 0;
        for (int i = 0; i < exact.length; i++) {
            most = Math.max(most, Math.abs(exact[i]));
            apart = Math.max(apart, Math.abs(exact[i] - held[i]));
        }
        assertThat(apart).as("the second-order term's share").isGreaterThan(0.05 * most);
    }

    @Test
    void dsHessianAlongADirectionMatchesDifferencesOfItsGradient() {
        Mlp d = network("D", new int[] {2, 7, 7, 1}, 21, 0.05);
        float[] x = gaussian(new Random(22), 10 * 2);
        float[] target = {1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
        float[] direction = gaussian(new Random(23), d.parameterCount());
        float[] curvature = new float[10];
        float[] grad = lossGradient(d, x, target, curvature);
        float[] hd = new float[d.parameterCount()];
        float[] inputTangent = ParameterTangent.along(d, direction, curvature, hd);
        float[] input = inputGradient(d, x, target);
        double h = 1e-3;
        float[] p = d.parameters();
        float[] keep = p.clone();
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (keep[i] + h * direction[i]);
        }
        float[] gradUp = lossGradient(d, x, target, null);
        float[] inputUp = inputGradient(d, x, target);
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (keep[i] - h * direction[i]);
        }
        float[] gradDown = lossGradient(d, x, target, null);
        float[] inputDown = inputGradient(d, x, target);
        System.arraycopy(keep, 0, p, 0, p.length);
        for (int i = 0; i < hd.length; i++) {
            double fd = (gradUp[i] - gradDown[i]) / (2 * h);
            assertThat((double) hd[i]).as("H d, weight %d", i).isCloseTo(fd, within(2e-3 + 0.03 * Math.abs(fd)));
        }
        for (int i = 0; i < input.length; i++) {
            double fd = (inputUp[i] - inputDown[i]) / (2 * h);
            assertThat((double) inputTangent[i]).as("the input gradient's tangent, %d", i)
                    .isCloseTo(fd, within(2e-3 + 0.03 * Math.abs(fd)));
        }
        assertThat(grad).isNotEmpty();
    }

    /**
     * {@code read} applied to D after its K steps on the batch (given D's input rows, their targets and D's logits
     * there), D then put back as it was: what both the objective and the first-order gradient read.
     */
    private static <T> T afterDsSteps(Mlp g, Mlp d, Unrolled.Batch b, Stepped<T> read) {
        List<float[]> saved = d.save();
        int updates = d.updates();
        float[] both = dInput(g, b);
        float[] target = targets(b);
        for (int k = 0; k < STEPS; k++) {
            lossGradient(d, both, target, null);
            d.step();
        }
        T result = read.at(target, d.forward(both, both.length / 2, false));
        d.load(saved, updates);
        return result;
    }

    private interface Stepped<T> {
        T at(float[] target, float[] logits);
    }

    /** The objective by definition: D takes its K steps on the batch, G's objective is read, D is put back. */
    private static double unrolledObjective(Mlp g, Mlp d, Unrolled.Batch b, boolean minimax) {
        return afterDsSteps(g, d, b, (target, logits) -> {
            int rows = logits.length / 2;
            double value = 0;
            for (int i = 0; i < logits.length; i++) {
                double a = logits[i];
                double bce = Math.log1p(Math.exp(-Math.abs(a))) + Math.max(a, 0) - target[i] * a;
                if (minimax) {
                    value -= bce / logits.length;
                } else if (i >= rows) {
                    value += (Math.log1p(Math.exp(-Math.abs(a))) + Math.max(-a, 0)) / rows;
                }
            }
            return value;
        });
    }

    /** G's gradient through the D of K steps held fixed: the first-order version. */
    private static float[] heldGradient(Mlp g, Mlp d, Unrolled.Batch b, boolean minimax) {
        float[] points = afterDsSteps(g, d, b, (target, logits) -> {
            int rows = logits.length / 2;
            float[] dOut = new float[logits.length];
            for (int i = 0; i < logits.length; i++) {
                double p = 1 / (1 + Math.exp(-logits[i]));
                dOut[i] = minimax ? (float) (-(p - target[i]) / logits.length)
                        : i >= rows ? (float) ((p - 1) / rows) : 0;
            }
            float[] in = d.backward(dOut, false, true);
            return Arrays.copyOfRange(in, rows * 2, rows * 4);
        });
        g.forward(b.z(), points.length / 2, true);
        g.backward(points, true, false);
        return g.gradients().clone();
    }

    private static float[] dInput(Mlp g, Unrolled.Batch b) {
        int rows = b.realRows().length / 2;
        float[] fakes = g.forward(b.z(), rows, false);
        float[] both = new float[4 * rows];
        System.arraycopy(b.realRows(), 0, both, 0, 2 * rows);
        for (int i = 0; i < fakes.length; i++) {
            both[2 * rows + i] = fakes[i] + b.fakeNoise()[i];
        }
        return both;
    }

    private static float[] targets(Unrolled.Batch b) {
        int rows = b.realRows().length / 2;
        float[] t = new float[2 * rows];
        for (int i = 0; i < rows; i++) {
            t[i] = b.realTarget();
        }
        return t;
    }

    /** D's cross-entropy gradient in its weights on rows {@code x} (the mean), written out here. */
    private static float[] lossGradient(Mlp d, float[] x, float[] target, float[] curvature) {
        float[] logits = d.forward(x, target.length, true);
        float[] dOut = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            double p = 1 / (1 + Math.exp(-logits[i]));
            dOut[i] = (float) ((p - target[i]) / logits.length);
            if (curvature != null) {
                curvature[i] = (float) (p * (1 - p) / logits.length);
            }
        }
        d.backward(dOut, true, false);
        return d.gradients().clone();
    }

    private static float[] inputGradient(Mlp d, float[] x, float[] target) {
        float[] logits = d.forward(x, target.length, false);
        float[] dOut = new float[logits.length];
        for (int i = 0; i < logits.length; i++) {
            dOut[i] = (float) ((1 / (1 + Math.exp(-logits[i])) - target[i]) / logits.length);
        }
        return d.backward(dOut, false, true);
    }

    private static Mlp network(String name, int[] widths, long seed, double learningRate) {
        Mlp m = new Mlp(name, widths, 0.2, false, learningRate, 0.5, 0.999, 1e-8);
        Random r = new Random(seed);
        float[] p = m.parameters();
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) (0.6 * r.nextGaussian());
        }
        return m;
    }

    /** A few of D's steps on other batches: Adam's moments warm, as in a run. */
    private static void warm(Mlp d, long seed) {
        Random r = new Random(seed);
        for (int k = 0; k < 3; k++) {
            lossGradient(d, gaussian(r, 16), new float[] {1, 1, 1, 1, 0, 0, 0, 0}, null);
            d.step();
        }
    }

    private static Unrolled.Batch batch(long seed) {
        Random r = new Random(seed);
        return new Unrolled.Batch(gaussian(r, 12), gaussian(r, 12), scaled(gaussian(r, 12), 0.1f), 1, 0.9f);
    }

    private static float[] scaled(float[] v, float s) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= s;
        }
        return v;
    }

    private static float[] gaussian(Random r, int n) {
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }
}
