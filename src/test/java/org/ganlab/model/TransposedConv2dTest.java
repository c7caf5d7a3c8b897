package org.ganlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.assertj.core.data.Offset;
import org.ganlab.config.WeightInitScheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The phase decomposition must compute exactly the transposed convolution it stands for. */
class TransposedConv2dTest {

    /** Transposed convolution straight from its definition: out[2i + k - padBefore] += x[i] * w[k]. */
    static float[][][][] reference(float[][][][] x, float[][][][] w, float[] bias) {
        int n = x.length, h = x[0].length, wd = x[0][0].length, cin = x[0][0][0].length;
        int k = w.length, cout = w[0][0][0].length;
        int padBefore = Math.max(k - 2, 0) / 2;
        float[][][][] y = new float[n][2 * h][2 * wd][cout];
        for (int b = 0; b < n; b++) {
            for (int oh = 0; oh < 2 * h; oh++) {
                for (int ow = 0; ow < 2 * wd; ow++) {
                    for (int c = 0; c < cout; c++) {
                        y[b][oh][ow][c] = bias[c];
                    }
                }
            }
            for (int i = 0; i < h; i++) {
                for (int j = 0; j < wd; j++) {
                    for (int kh = 0; kh < k; kh++) {
                        for (int kw = 0; kw < k; kw++) {
                            int oh = 2 * i + kh - padBefore;
                            int ow = 2 * j + kw - padBefore;
                            if (oh < 0 || ow < 0 || oh >= 2 * h || ow >= 2 * wd) {
                                continue;
                            }
                            for (int ci = 0; ci < cin; ci++) {
                                for (int c = 0; c < cout; c++) {
                                    y[b][oh][ow][c] += x[b][i][j][ci] * w[kh][kw][ci][c];
                                }
                            }
                        }
                    }
                }
            }
        }
        return y;
    }

    static float[][][][] toArray(INDArray a) {
        long[] s = a.shape();
        float[][][][] r = new float[(int) s[0]][(int) s[1]][(int) s[2]][(int) s[3]];
        for (int i = 0; i < s[0]; i++) {
            for (int j = 0; j < s[1]; j++) {
                for (int k = 0; k < s[2]; k++) {
                    for (int l = 0; l < s[3]; l++) {
                        r[i][j][k][l] = a.getFloat(i, j, k, l);
                    }
                }
            }
        }
        return r;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7})
    void forwardMatchesTheDefinitionForEveryKernelSize(int kernel) {
        Nd4j.getRandom().setSeed(kernel);
        TransposedConv2d layer = new TransposedConv2d(3, 5, kernel);
        Network net = new Network("t", List.of(layer), 1e-3, 0.5, 0.999);
        net.initialise(WeightInitScheme.NORMAL, 0.5);
        net.parameters().addi(Nd4j.rand(DataType.FLOAT, net.parameters().shape())); // non-zero bias too
        INDArray x = Nd4j.randn(DataType.FLOAT, 2, 4, 5, 3);
        INDArray y = net.forward(x, Mode.TRAIN);
        assertThat(y.shape()).containsExactly(2, 8, 10, 5);

        INDArray w = net.parameters().get(NDArrayIndex.point(0),
                NDArrayIndex.interval(0, (long) kernel * kernel * 15)).reshape(kernel, kernel, 3, 5);
        INDArray b = net.parameters().get(NDArrayIndex.point(0),
                NDArrayIndex.interval((long) kernel * kernel * 15, (long) kernel * kernel * 15 + 5));
        float[][][][] expected = reference(toArray(x), toArray(w), b.toFloatVector());
        float[][][][] actual = toArray(y);
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 8; j++) {
                for (int k = 0; k < 10; k++) {
                    for (int c = 0; c < 5; c++) {
                        assertThat(actual[i][j][k][c]).as("y[%d,%d,%d,%d]", i, j, k, c)
                                .isCloseTo(expected[i][j][k][c], Offset.offset(1e-4f));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void backwardIsTheAdjointOfForward(int kernel) {
        // y = T(x, w) is linear in x and in w, so for L = <y, g>: dL/dx . x = <y, g> and dL/dw . w = <y, g>.
        // The bias is left at zero, so its term in the parameter product vanishes.
        Nd4j.getRandom().setSeed(100 + kernel);
        TransposedConv2d layer = new TransposedConv2d(4, 3, kernel);
        Network net = new Network("t", List.of(layer), 1e-3, 0.5, 0.999);
        net.initialise(WeightInitScheme.NORMAL, 0.5);
        INDArray x = Nd4j.randn(DataType.FLOAT, 3, 5, 4, 4);
        INDArray y = net.forward(x, Mode.TRAIN);
        INDArray g = Nd4j.randn(DataType.FLOAT, y.shape());
        double lhs = y.mul(g).sumNumber().doubleValue();
        INDArray dx = net.backward(g);
        Offset<Double> tolerance = Offset.offset(1e-3 * Math.max(1, Math.abs(lhs)));
        assertThat(dx.mul(x).sumNumber().doubleValue()).as("input gradient").isCloseTo(lhs, tolerance);
        assertThat(net.gradients().mul(net.parameters()).sumNumber().doubleValue()).as("weight gradient")
                .isCloseTo(lhs, tolerance);
    }

    @Test
    void aBiasThatBatchNormCancelsCanBeSkippedWithoutChangingOutputOrGradients() {
        Nd4j.getRandom().setSeed(9);
        Network full = new Network("full", List.of(new TransposedConv2d(3, 4, 4, false),
                new BatchNorm(4, 0.99)), 1e-3, 0.5, 0.999);
        Network skipped = new Network("skipped", List.of(new TransposedConv2d(3, 4, 4, true),
                new BatchNorm(4, 0.99)), 1e-3, 0.5, 0.999);
        full.initialise(WeightInitScheme.NORMAL, 0.5);
        skipped.initialise(WeightInitScheme.NORMAL, 0.5);
        full.parameters().addi(Nd4j.rand(DataType.FLOAT, full.parameters().shape())); // a bias far from zero
        skipped.parameters().assign(full.parameters());
        INDArray x = Nd4j.randn(DataType.FLOAT, 2, 4, 5, 3);
        INDArray yFull = full.forward(x, Mode.TRAIN);
        INDArray ySkipped = skipped.forward(x, Mode.TRAIN);
        assertThat(ySkipped.sub(yFull).amaxNumber().doubleValue()).as("same output").isLessThan(1e-4);

        INDArray g = Nd4j.randn(DataType.FLOAT, yFull.shape());
        INDArray dxFull = full.backward(g);
        INDArray dxSkipped = skipped.backward(g);
        assertThat(dxSkipped.sub(dxFull).amaxNumber().doubleValue()).as("same input gradient").isLessThan(1e-4);
        long weights = 4L * 4 * 3 * 4;
        var all = NDArrayIndex.all();
        INDArray wFull = full.gradients().get(all, NDArrayIndex.interval(0, weights));
        INDArray wSkipped = skipped.gradients().get(all, NDArrayIndex.interval(0, weights));
        assertThat(wSkipped.sub(wFull).amaxNumber().doubleValue()).as("same weight gradient").isLessThan(1e-4);
        INDArray biasFull = full.gradients().get(all, NDArrayIndex.interval(weights, weights + 4));
        INDArray biasSkipped = skipped.gradients().get(all,
                NDArrayIndex.interval(weights, weights + 4));
        assertThat(biasFull.amaxNumber().doubleValue()).as("the bias's true gradient is zero").isLessThan(1e-4);
        assertThat(biasSkipped.amaxNumber().doubleValue()).isZero();
    }
}
