package org.ganlab.mlp;

import java.util.Arrays;

/**
 * Spectral normalisation of one weight matrix W [in, out] (Miyato et al. 2018): the layer computes with W / sigma,
 * sigma W's largest singular value, estimated by power iteration with a vector u [out] kept from pass to pass (one
 * iteration per training pass, as in the paper). sigma = |W u| with |u| = 1, v = W u / sigma, and the gradient with
 * respect to W is (G - sum(G * W / sigma) v u^T) / sigma for the gradient G with respect to W / sigma.
 */
final class SpectralScale {
    private static final double EPSILON = 1e-12;
    private final int in;
    private final int out;
    final float[] u;
    private final float[] v;
    /** W / sigma of the last pass. */
    final float[] normalised;
    /** W u and W^T W u of the power iteration, reused from pass to pass. */
    private final float[] wu;
    private final float[] next;
    private double sigma;

    SpectralScale(int in, int out) {
        this.in = in;
        this.out = out;
        this.u = new float[out];
        Arrays.fill(u, (float) (1 / Math.sqrt(out)));
        this.v = new float[in];
        this.normalised = new float[in * out];
        this.wu = new float[in];
        this.next = new float[out];
    }

    /** Writes W / sigma (W at {@code w[off]}); a training pass first takes one power-iteration step of u. */
    void normalise(float[] w, int off, boolean training) {
        if (training) {
            times(w, off, u, wu);
            double norm = norm(wu) + EPSILON;
            Arrays.fill(next, 0f);
            for (int k = 0; k < in; k++) {
                Kernels.axpy((float) (wu[k] / norm), w, off + k * out, next, 0, out);
            }
            double nextNorm = norm(next) + EPSILON;
            for (int j = 0; j < out; j++) {
                u[j] = (float) (next[j] / nextNorm);
            }
        }
        times(w, off, u, wu);
        sigma = norm(wu) + EPSILON;
        for (int k = 0; k < in; k++) {
            v[k] = (float) (wu[k] / sigma);
        }
        float inverse = (float) (1 / sigma);
        for (int i = 0; i < normalised.length; i++) {
            normalised[i] = w[off + i] * inverse;
        }
    }

    /** Turns the gradient with respect to W / sigma, at {@code dw[off]}, into the one with respect to W. */
    void backward(float[] dw, int off) {
        double along = 0;
        for (int i = 0; i < normalised.length; i++) {
            along += (double) dw[off + i] * normalised[i];
        }
        float inverse = (float) (1 / sigma);
        for (int k = 0; k < in; k++) {
            float vk = (float) (along * v[k]);
            for (int j = 0; j < out; j++) {
                int i = off + k * out + j;
                dw[i] = (dw[i] - vk * u[j]) * inverse;
            }
        }
    }

    double sigma() {
        return sigma;
    }

    private void times(float[] w, int off, float[] x, float[] y) {
        for (int k = 0; k < in; k++) {
            double s = 0;
            for (int j = 0; j < out; j++) {
                s += (double) w[off + k * out + j] * x[j];
            }
            y[k] = (float) s;
        }
    }

    private static double norm(float[] x) {
        double s = 0;
        for (float f : x) {
            s += (double) f * f;
        }
        return Math.sqrt(s);
    }
}
