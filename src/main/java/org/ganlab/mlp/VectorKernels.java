package org.ganlab.mlp;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorMask;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * {@link Kernels}' loops on the JDK's vector API, for the columns that fill whole registers; each returns the first
 * column it left to the plain loops. Every lane computes the chain of fused multiply-adds the plain loop computes for
 * its column, in the same order, so the numbers are the same to the bit. Loaded only when the module is present.
 */
final class VectorKernels {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();

    private VectorKernels() {
    }

    static int dense(float[] x, int n, int in, float[] w, int wOff, float[] b, int bOff, int out, float[] y) {
        int full = out / L * L;
        int j = 0;
        // two registers of columns by four rows: eight sums share each weight load and each broadcast
        for (; j + 2 * L <= full; j += 2 * L) {
            FloatVector bias0 = b == null ? FloatVector.zero(S) : FloatVector.fromArray(S, b, bOff + j);
            FloatVector bias1 = b == null ? FloatVector.zero(S) : FloatVector.fromArray(S, b, bOff + j + L);
            int i = 0;
            for (; i + 3 < n; i += 4) {
                FloatVector a0 = bias0;
                FloatVector a1 = bias0;
                FloatVector a2 = bias0;
                FloatVector a3 = bias0;
                FloatVector c0 = bias1;
                FloatVector c1 = bias1;
                FloatVector c2 = bias1;
                FloatVector c3 = bias1;
                int x0 = i * in;
                for (int k = 0; k < in; k++) {
                    int wk = wOff + k * out + j;
                    FloatVector w0 = FloatVector.fromArray(S, w, wk);
                    FloatVector w1 = FloatVector.fromArray(S, w, wk + L);
                    FloatVector s0 = FloatVector.broadcast(S, x[x0 + k]);
                    FloatVector s1 = FloatVector.broadcast(S, x[x0 + in + k]);
                    FloatVector s2 = FloatVector.broadcast(S, x[x0 + 2 * in + k]);
                    FloatVector s3 = FloatVector.broadcast(S, x[x0 + 3 * in + k]);
                    a0 = s0.fma(w0, a0);
                    a1 = s1.fma(w0, a1);
                    a2 = s2.fma(w0, a2);
                    a3 = s3.fma(w0, a3);
                    c0 = s0.fma(w1, c0);
                    c1 = s1.fma(w1, c1);
                    c2 = s2.fma(w1, c2);
                    c3 = s3.fma(w1, c3);
                }
                a0.intoArray(y, i * out + j);
                a1.intoArray(y, (i + 1) * out + j);
                a2.intoArray(y, (i + 2) * out + j);
                a3.intoArray(y, (i + 3) * out + j);
                c0.intoArray(y, i * out + j + L);
                c1.intoArray(y, (i + 1) * out + j + L);
                c2.intoArray(y, (i + 2) * out + j + L);
                c3.intoArray(y, (i + 3) * out + j + L);
            }
            for (; i < n; i++) {
                FloatVector a = bias0;
                FloatVector c = bias1;
                for (int k = 0; k < in; k++) {
                    FloatVector sk = FloatVector.broadcast(S, x[i * in + k]);
                    a = sk.fma(FloatVector.fromArray(S, w, wOff + k * out + j), a);
                    c = sk.fma(FloatVector.fromArray(S, w, wOff + k * out + j + L), c);
                }
                a.intoArray(y, i * out + j);
                c.intoArray(y, i * out + j + L);
            }
        }
        for (; j < full; j += L) {
            FloatVector bias = b == null ? FloatVector.zero(S) : FloatVector.fromArray(S, b, bOff + j);
            int i = 0;
            for (; i + 3 < n; i += 4) {
                FloatVector a0 = bias;
                FloatVector a1 = bias;
                FloatVector a2 = bias;
                FloatVector a3 = bias;
                int x0 = i * in;
                for (int k = 0; k < in; k++) {
                    FloatVector wv = FloatVector.fromArray(S, w, wOff + k * out + j);
                    a0 = FloatVector.broadcast(S, x[x0 + k]).fma(wv, a0);
                    a1 = FloatVector.broadcast(S, x[x0 + in + k]).fma(wv, a1);
                    a2 = FloatVector.broadcast(S, x[x0 + 2 * in + k]).fma(wv, a2);
                    a3 = FloatVector.broadcast(S, x[x0 + 3 * in + k]).fma(wv, a3);
                }
                a0.intoArray(y, i * out + j);
                a1.intoArray(y, (i + 1) * out + j);
                a2.intoArray(y, (i + 2) * out + j);
                a3.intoArray(y, (i + 3) * out + j);
            }
            for (; i < n; i++) {
                FloatVector a = bias;
                for (int k = 0; k < in; k++) {
                    a = FloatVector.broadcast(S, x[i * in + k]).fma(FloatVector.fromArray(S, w, wOff + k * out + j), a);
                }
                a.intoArray(y, i * out + j);
            }
        }
        return full;
    }

    static int outer(float[] x, int n, int in, float[] d, int out, float scale, float[] dw, int off) {
        int full = out / L * L;
        int j = 0;
        // two registers of columns by four rows of dW: eight sums share each load of d and each broadcast
        for (; j + 2 * L <= full; j += 2 * L) {
            int k = 0;
            for (; k + 3 < in; k += 4) {
                int o = off + k * out + j;
                FloatVector a0 = FloatVector.fromArray(S, dw, o);
                FloatVector a1 = FloatVector.fromArray(S, dw, o + out);
                FloatVector a2 = FloatVector.fromArray(S, dw, o + 2 * out);
                FloatVector a3 = FloatVector.fromArray(S, dw, o + 3 * out);
                FloatVector c0 = FloatVector.fromArray(S, dw, o + L);
                FloatVector c1 = FloatVector.fromArray(S, dw, o + out + L);
                FloatVector c2 = FloatVector.fromArray(S, dw, o + 2 * out + L);
                FloatVector c3 = FloatVector.fromArray(S, dw, o + 3 * out + L);
                for (int i = 0; i < n; i++) {
                    FloatVector d0 = FloatVector.fromArray(S, d, i * out + j);
                    FloatVector d1 = FloatVector.fromArray(S, d, i * out + j + L);
                    int xi = i * in + k;
                    FloatVector s0 = FloatVector.broadcast(S, scale * x[xi]);
                    FloatVector s1 = FloatVector.broadcast(S, scale * x[xi + 1]);
                    FloatVector s2 = FloatVector.broadcast(S, scale * x[xi + 2]);
                    FloatVector s3 = FloatVector.broadcast(S, scale * x[xi + 3]);
                    a0 = s0.fma(d0, a0);
                    a1 = s1.fma(d0, a1);
                    a2 = s2.fma(d0, a2);
                    a3 = s3.fma(d0, a3);
                    c0 = s0.fma(d1, c0);
                    c1 = s1.fma(d1, c1);
                    c2 = s2.fma(d1, c2);
                    c3 = s3.fma(d1, c3);
                }
                a0.intoArray(dw, o);
                a1.intoArray(dw, o + out);
                a2.intoArray(dw, o + 2 * out);
                a3.intoArray(dw, o + 3 * out);
                c0.intoArray(dw, o + L);
                c1.intoArray(dw, o + out + L);
                c2.intoArray(dw, o + 2 * out + L);
                c3.intoArray(dw, o + 3 * out + L);
            }
            for (; k < in; k++) {
                int o = off + k * out + j;
                FloatVector a = FloatVector.fromArray(S, dw, o);
                FloatVector c = FloatVector.fromArray(S, dw, o + L);
                for (int i = 0; i < n; i++) {
                    FloatVector sk = FloatVector.broadcast(S, scale * x[i * in + k]);
                    a = sk.fma(FloatVector.fromArray(S, d, i * out + j), a);
                    c = sk.fma(FloatVector.fromArray(S, d, i * out + j + L), c);
                }
                a.intoArray(dw, o);
                c.intoArray(dw, o + L);
            }
        }
        for (; j < full; j += L) {
            int k = 0;
            for (; k + 3 < in; k += 4) {
                int o = off + k * out + j;
                FloatVector a0 = FloatVector.fromArray(S, dw, o);
                FloatVector a1 = FloatVector.fromArray(S, dw, o + out);
                FloatVector a2 = FloatVector.fromArray(S, dw, o + 2 * out);
                FloatVector a3 = FloatVector.fromArray(S, dw, o + 3 * out);
                for (int i = 0; i < n; i++) {
                    FloatVector dv = FloatVector.fromArray(S, d, i * out + j);
                    int xi = i * in + k;
                    a0 = FloatVector.broadcast(S, scale * x[xi]).fma(dv, a0);
                    a1 = FloatVector.broadcast(S, scale * x[xi + 1]).fma(dv, a1);
                    a2 = FloatVector.broadcast(S, scale * x[xi + 2]).fma(dv, a2);
                    a3 = FloatVector.broadcast(S, scale * x[xi + 3]).fma(dv, a3);
                }
                a0.intoArray(dw, o);
                a1.intoArray(dw, o + out);
                a2.intoArray(dw, o + 2 * out);
                a3.intoArray(dw, o + 3 * out);
            }
            for (; k < in; k++) {
                int o = off + k * out + j;
                FloatVector a = FloatVector.fromArray(S, dw, o);
                for (int i = 0; i < n; i++) {
                    a = FloatVector.broadcast(S, scale * x[i * in + k]).fma(FloatVector.fromArray(S, d, i * out + j), a);
                }
                a.intoArray(dw, o);
            }
        }
        return full;
    }

    static int columnSums(float[] d, int n, int out, float[] db, int off) {
        int full = out / L * L;
        for (int j = 0; j < full; j += L) {
            FloatVector a = FloatVector.fromArray(S, db, off + j);
            for (int i = 0; i < n; i++) {
                a = a.add(FloatVector.fromArray(S, d, i * out + j));
            }
            a.intoArray(db, off + j);
        }
        return full;
    }

    /** a = max(a, slope a), LeakyReLU for a slope below 1, over whole registers of {@code a}[0, length). */
    static int leaky(float[] a, int length, float slope) {
        int full = length / L * L;
        for (int i = 0; i < full; i += L) {
            FloatVector v = FloatVector.fromArray(S, a, i);
            v.max(v.mul(slope)).intoArray(a, i);
        }
        return full;
    }

    /** g = g (a > 0 ? 1 : slope), over whole registers of [0, length). */
    static int slopes(float[] g, float[] a, int length, float slope) {
        int full = length / L * L;
        FloatVector one = FloatVector.broadcast(S, 1f);
        FloatVector low = FloatVector.broadcast(S, slope);
        for (int i = 0; i < full; i += L) {
            VectorMask<Float> above = FloatVector.fromArray(S, a, i).compare(VectorOperators.GT, 0f);
            FloatVector.fromArray(S, g, i).mul(low.blend(one, above)).intoArray(g, i);
        }
        return full;
    }

    /**
     * {@link Adam#step}'s loop over whole registers of [0, n): the same single-precision operations in the same
     * order (the square root correctly rounded either way), so the same bits.
     */
    static int adam(float[] params, float[] grads, float[] state, int n, float b1, float b2, float c1, float c2,
                    float a, float eps) {
        int full = n / L * L;
        for (int i = 0; i < full; i += L) {
            FloatVector g = FloatVector.fromArray(S, grads, i);
            FloatVector m = FloatVector.fromArray(S, state, i).mul(b1).add(g.mul(c1));
            FloatVector v = FloatVector.fromArray(S, state, n + i).mul(b2).add(g.mul(c2).mul(g));
            m.intoArray(state, i);
            v.intoArray(state, n + i);
            FloatVector p = FloatVector.fromArray(S, params, i);
            p.sub(m.mul(a).div(v.lanewise(VectorOperators.SQRT).add(eps))).intoArray(params, i);
        }
        return full;
    }
}
