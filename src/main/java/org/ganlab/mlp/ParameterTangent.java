package org.ganlab.mlp;

import java.util.Arrays;

/**
 * The derivative of an {@link Mlp}'s last backward pass along a direction of its parameters (forward over reverse),
 * for a loss whose Hessian with respect to the outputs is diagonal (a sum of per-output terms): with d the direction,
 * the product H d of the loss's Hessian in the parameters with d, and the derivative along d of the gradient with
 * respect to the input. Together they are what reverse differentiation through an optimiser's steps needs (the
 * unrolled GAN, {@link Unrolled}). LeakyReLU's slopes are fixed at the rows, as automatic differentiation takes them.
 *
 * <p>With z_l = a_(l-1) W_l + b_l the pre-activations and delta_l the backward pass's gradients with respect to them:
 * forward, z'_l = a'_(l-1) W_l + a_(l-1) W'_l + b'_l and a'_l = slope(z'_l), from a'_0 = 0 (the input is held);
 * at the output delta'_L = curvature z'_L; back, W_l's gradient moves by a'_(l-1)^T delta_l + a_(l-1)^T delta'_l,
 * b_l's by the column sums of delta'_l, and delta'_(l-1) = slope(delta'_l W_l^T + delta_l W'_l^T).
 */
final class ParameterTangent {
    private ParameterTangent() {
    }

    /**
     * After {@link Mlp#forward} and {@link Mlp#backward} of one batch: writes H d into {@code hessianTimes} (laid out
     * as the parameters) and returns the derivative along d of the gradient with respect to the input (rows by the
     * input's width).
     *
     * @param direction d, laid out as {@link Mlp#parameters()}
     * @param curvature the loss's second derivative with respect to each output of the last pass (rows by outputs)
     * @throws IllegalStateException for a spectrally normalised network (its normalisation is not differentiated here)
     */
    static float[] along(Mlp m, float[] direction, float[] curvature, float[] hessianTimes) {
        if (m.spectral != null) {
            throw new IllegalStateException(m.name() + " is spectrally normalised: no second derivatives along its "
                    + "weights");
        }
        int n = m.rows;
        int layers = m.layers;
        int[] w = m.widths;
        // the forward tangents: a'_l for l < L (a'_0 = 0), and z'_L
        float[][] at = new float[layers + 1][];
        at[0] = new float[n * w[0]];
        float[] scratch = new float[n * maxWidth(w)];
        for (int l = 1; l <= layers; l++) {
            at[l] = new float[n * w[l]];
            Kernels.dense(m.acts[l - 1], n, w[l - 1], direction, m.wOff[l - 1], direction, m.bOff[l - 1], w[l],
                    at[l]);
            if (l > 1) {
                Kernels.dense(at[l - 1], n, w[l - 1], m.params, m.wOff[l - 1], null, 0, w[l], scratch);
                Kernels.axpy(1f, scratch, 0, at[l], 0, n * w[l]);
            }
            if (l < layers) {
                Kernels.slopes(at[l], m.acts[l], n * w[l], m.slope);
            }
        }
        // back: delta'_L = curvature z'_L, then layer by layer
        float[] dt = new float[n * w[layers]];
        for (int i = 0; i < dt.length; i++) {
            dt[i] = curvature[i] * at[layers][i];
        }
        Arrays.fill(hessianTimes, 0f);
        float[] input = null;
        for (int l = layers; l >= 1; l--) {
            int in = w[l - 1];
            int out = w[l];
            Kernels.outer(at[l - 1], n, in, m.deltas[l], out, 1f, hessianTimes, m.wOff[l - 1]);
            Kernels.outer(m.acts[l - 1], n, in, dt, out, 1f, hessianTimes, m.wOff[l - 1]);
            Kernels.columnSums(dt, n, out, hessianTimes, m.bOff[l - 1]);
            float[] back = new float[n * in];
            Kernels.dense(dt, n, out, m.transposed[l - 1], 0, null, 0, in, back);
            float[] directionT = new float[in * out];
            Kernels.transpose(direction, m.wOff[l - 1], in, out, directionT);
            Kernels.dense(m.deltas[l], n, out, directionT, 0, null, 0, in, scratch);
            Kernels.axpy(1f, scratch, 0, back, 0, n * in);
            if (l > 1) {
                Kernels.slopes(back, m.acts[l - 1], n * in, m.slope);
            } else {
                input = back;
            }
            dt = back;
        }
        return input;
    }

    private static int maxWidth(int[] widths) {
        int max = 0;
        for (int v : widths) {
            max = Math.max(max, v);
        }
        return max;
    }
}
