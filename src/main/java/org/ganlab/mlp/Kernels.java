package org.ganlab.mlp;

/**
 * The loops every pass is made of. Matrices are row-major; a weight matrix is [in, out]. Where the JDK's vector API
 * is present (the module {@code jdk.incubator.vector}, added by the project's launch settings) {@link VectorKernels}
 * computes them a whole register of columns at a time; elsewhere these loops compute exactly the same numbers, one
 * column at a time: each output is the same chain of fused multiply-adds in the same order (no sum is split across
 * lanes), so a run gives the same numbers with or without the module and on any vector width.
 */
final class Kernels {
    /** Whether the vector API is there to use. */
    static final boolean VECTOR = ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private Kernels() {
    }

    /** y[n, out] = b + x[n, in] W[in, out] (b = 0 when {@code b} is null); W starts at {@code w[wOff]}. */
    static void dense(float[] x, int n, int in, float[] w, int wOff, float[] b, int bOff, int out, float[] y) {
        dense(VECTOR, x, n, in, w, wOff, b, bOff, out, y);
    }

    /** {@link #dense}, with the vector API or without it. */
    static void dense(boolean vector, float[] x, int n, int in, float[] w, int wOff, float[] b, int bOff, int out,
                      float[] y) {
        int from = vector ? VectorKernels.dense(x, n, in, w, wOff, b, bOff, out, y) : 0;
        // each output the same chain over k as a vector lane takes; four rows' chains at a time, since one alone
        // waits on each multiply-add before the next
        for (int j = from; j < out; j++) {
            float start = b == null ? 0f : b[bOff + j];
            int i = 0;
            for (; i + 3 < n; i += 4) {
                float a0 = start;
                float a1 = start;
                float a2 = start;
                float a3 = start;
                int x0 = i * in;
                for (int k = 0; k < in; k++) {
                    float wk = w[wOff + k * out + j];
                    a0 = Math.fma(x[x0 + k], wk, a0);
                    a1 = Math.fma(x[x0 + in + k], wk, a1);
                    a2 = Math.fma(x[x0 + 2 * in + k], wk, a2);
                    a3 = Math.fma(x[x0 + 3 * in + k], wk, a3);
                }
                y[i * out + j] = a0;
                y[(i + 1) * out + j] = a1;
                y[(i + 2) * out + j] = a2;
                y[(i + 3) * out + j] = a3;
            }
            for (; i < n; i++) {
                float a = start;
                for (int k = 0; k < in; k++) {
                    a = Math.fma(x[i * in + k], w[wOff + k * out + j], a);
                }
                y[i * out + j] = a;
            }
        }
    }

    /** dW[in, out] += (scale x[n, in])^T d[n, out], dW starting at {@code dw[off]}, each sum in the rows' order. */
    static void outer(float[] x, int n, int in, float[] d, int out, float scale, float[] dw, int off) {
        outer(VECTOR, x, n, in, d, out, scale, dw, off);
    }

    /** {@link #outer}, with the vector API or without it. */
    static void outer(boolean vector, float[] x, int n, int in, float[] d, int out, float scale, float[] dw, int off) {
        int from = vector ? VectorKernels.outer(x, n, in, d, out, scale, dw, off) : 0;
        for (int j = from; j < out; j++) {
            int k = 0;
            for (; k + 3 < in; k += 4) {
                int o = off + k * out + j;
                float a0 = dw[o];
                float a1 = dw[o + out];
                float a2 = dw[o + 2 * out];
                float a3 = dw[o + 3 * out];
                for (int i = 0; i < n; i++) {
                    float di = d[i * out + j];
                    int xi = i * in + k;
                    a0 = Math.fma(scale * x[xi], di, a0);
                    a1 = Math.fma(scale * x[xi + 1], di, a1);
                    a2 = Math.fma(scale * x[xi + 2], di, a2);
                    a3 = Math.fma(scale * x[xi + 3], di, a3);
                }
                dw[o] = a0;
                dw[o + out] = a1;
                dw[o + 2 * out] = a2;
                dw[o + 3 * out] = a3;
            }
            for (; k < in; k++) {
                int o = off + k * out + j;
                float a = dw[o];
                for (int i = 0; i < n; i++) {
                    a = Math.fma(scale * x[i * in + k], d[i * out + j], a);
                }
                dw[o] = a;
            }
        }
    }

    /** db[out] += the column sums of d[n, out], db starting at {@code db[off]}, each sum in the rows' order. */
    static void columnSums(float[] d, int n, int out, float[] db, int off) {
        columnSums(VECTOR, d, n, out, db, off);
    }

    /** {@link #columnSums}, with the vector API or without it. */
    static void columnSums(boolean vector, float[] d, int n, int out, float[] db, int off) {
        int from = vector ? VectorKernels.columnSums(d, n, out, db, off) : 0;
        for (int j = from; j < out; j++) {
            float acc = db[off + j];
            for (int i = 0; i < n; i++) {
                acc += d[i * out + j];
            }
            db[off + j] = acc;
        }
    }

    /** LeakyReLU in place: a = max(a, slope a) for a slope below 1 (a when a > 0, else slope a). */
    static void leaky(float[] a, int length, float slope) {
        leaky(VECTOR, a, length, slope);
    }

    /** {@link #leaky}, with the vector API or without it. */
    static void leaky(boolean vector, float[] a, int length, float slope) {
        for (int i = vector ? VectorKernels.leaky(a, length, slope) : 0; i < length; i++) {
            a[i] = Math.max(a[i], slope * a[i]);
        }
    }

    /** g times LeakyReLU's slope at each unit, read from the sign of its output a. */
    static void slopes(float[] g, float[] a, int length, float slope) {
        slopes(VECTOR, g, a, length, slope);
    }

    /** {@link #slopes}, with the vector API or without it. */
    static void slopes(boolean vector, float[] g, float[] a, int length, float slope) {
        for (int i = vector ? VectorKernels.slopes(g, a, length, slope) : 0; i < length; i++) {
            g[i] *= a[i] > 0 ? 1f : slope;
        }
    }

    /** y[off..off+len) += s x[xOff..xOff+len). */
    static void axpy(float s, float[] x, int xOff, float[] y, int off, int len) {
        for (int j = 0; j < len; j++) {
            y[off + j] += s * x[xOff + j];
        }
    }

    /** t[out, in] = W[in, out]^T, W starting at {@code w[off]}. */
    static void transpose(float[] w, int off, int in, int out, float[] t) {
        for (int k = 0; k < in; k++) {
            for (int j = 0; j < out; j++) {
                t[j * in + k] = w[off + k * out + j];
            }
        }
    }
}
