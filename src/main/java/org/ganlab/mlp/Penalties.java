package org.ganlab.mlp;

import java.util.Arrays;

/**
 * Penalties on a network's input gradient c_i = grad_x D(x_i), each adding its exact gradient with respect to D's
 * weights to {@link Mlp#gradients()} (after the loss's backward pass) and returning its value. With w_i = dP/dc_i,
 * dP/dtheta = d/dtheta sum_i w_i . c_i with w held fixed, which {@link Mlp#addAlongInputs} takes exactly.
 */
public final class Penalties {
    private Penalties() {
    }

    /** R1 (Mescheder et al. 2018): gamma / 2 times the mean over the {@code n} rows of {@code x} of |c_i|^2. */
    public static double r1(Mlp d, float[] x, int n, double gamma) {
        float[] c = inputGradients(d, x, n);
        double sum = 0;
        for (float v : c) {
            sum += (double) v * v;
        }
        // w_i = gamma / n c_i
        d.addAlongInputs(c, (float) (gamma / n));
        return gamma / 2 * sum / n;
    }

    /**
     * WGAN-GP's (Gulrajani et al. 2017): lambda times the mean over the interpolates x^_i = t_i x_i + (1 - t_i) x~_i
     * of (|c_i| - 1)^2, for {@code n} rows of {@code real} and {@code fake} and the mixing weights {@code t}.
     */
    public static double gradientPenalty(Mlp d, float[] real, float[] fake, float[] t, int n, double lambda) {
        int width = real.length / n;
        float[] mixed = new float[n * width];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < width; k++) {
                int j = i * width + k;
                mixed[j] = t[i] * real[j] + (1 - t[i]) * fake[j];
            }
        }
        float[] c = inputGradients(d, mixed, n);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double norm = 0;
            for (int k = 0; k < width; k++) {
                norm += (double) c[i * width + k] * c[i * width + k];
            }
            norm = Math.sqrt(norm);
            sum += (norm - 1) * (norm - 1);
            // w_i = 2 lambda / n (1 - 1 / |c_i|) c_i; a zero gradient has no direction and adds nothing
            double scale = norm > 0 ? 1 - 1 / norm : 0;
            for (int k = 0; k < width; k++) {
                c[i * width + k] *= (float) scale;
            }
        }
        d.addAlongInputs(c, (float) (2 * lambda / n));
        return lambda * sum / n;
    }

    /** c_i for each row: D's input gradient of its output, from a pass that changes nothing. */
    public static float[] inputGradients(Mlp d, float[] x, int n) {
        d.forward(x, n, false);
        float[] ones = new float[n];
        Arrays.fill(ones, 1f);
        return d.backward(ones, false, true);
    }
}
