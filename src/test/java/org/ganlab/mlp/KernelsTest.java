package org.ganlab.mlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A run gives the same numbers with the vector API and without it (a launch without the module, another vector
 * width): each loop, on shapes with whole registers, a tail of columns, single columns, and row counts not a multiple
 * of four, to the bit.
 */
class KernelsTest {
    private static final int[][] SHAPES = {{7, 64, 64}, {13, 2, 64}, {9, 64, 1}, {6, 64, 2}, {5, 3, 37}, {4, 70, 19},
        {5, 33, 48}, {9, 7, 80}};

    private static float[] random(Random r, int n) {
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) r.nextGaussian();
        }
        return a;
    }

    @Test
    void theVectorLoopsAndThePlainOnesGiveTheSameBits() {
        assertThat(Kernels.VECTOR).as("the vector module, which the project's launch settings add (else the "
                + "playground trains several times slower)").isTrue();
        Random r = new Random(11);
        for (int[] shape : SHAPES) {
            int n = shape[0];
            int in = shape[1];
            int out = shape[2];
            float[] x = random(r, n * in);
            float[] w = random(r, 3 + in * out);
            float[] b = random(r, 2 + out);
            float[] d = random(r, n * out);
            float[][] y = new float[2][n * out];
            float[][] dw = {random(new Random(5), 1 + in * out), random(new Random(5), 1 + in * out)};
            float[][] db = {random(new Random(6), out), random(new Random(6), out)};
            float[][] a = {d.clone(), d.clone()};
            float[][] g = {x.clone(), x.clone()};
            for (int v = 0; v < 2; v++) {
                boolean vector = v == 0;
                Kernels.dense(vector, x, n, in, w, 3, b, 2, out, y[v]);
                Kernels.outer(vector, x, n, in, d, out, 0.7f, dw[v], 1);
                Kernels.columnSums(vector, d, n, out, db[v], 0);
                Kernels.leaky(vector, a[v], a[v].length, 0.2f);
                Kernels.slopes(vector, g[v], x, g[v].length, 0.2f);
            }
            String at = n + "x" + in + " -> " + out;
            assertThat(y[0]).as("dense " + at).isEqualTo(y[1]);
            assertThat(dw[0]).as("outer " + at).isEqualTo(dw[1]);
            assertThat(db[0]).as("column sums " + at).isEqualTo(db[1]);
            assertThat(a[0]).as("LeakyReLU " + at).isEqualTo(a[1]);
            assertThat(g[0]).as("slopes " + at).isEqualTo(g[1]);
        }
        int size = 4 * 16 + 13;
        float[][] params = {random(new Random(7), size), random(new Random(7), size)};
        Adam[] adams = {new Adam(size, 1e-3, 0.5, 0.999, 1e-7), new Adam(size, 1e-3, 0.5, 0.999, 1e-7)};
        for (int t = 0; t < 5; t++) {
            float[] grads = random(r, size);
            adams[0].step(true, params[0], grads, t);
            adams[1].step(false, params[1], grads, t);
        }
        assertThat(params[0]).as("Adam's parameters").isEqualTo(params[1]);
        assertThat(adams[0].state()).as("Adam's moments").isEqualTo(adams[1].state());
    }
}
