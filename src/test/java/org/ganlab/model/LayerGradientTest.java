package org.ganlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.assertj.core.api.Assertions;
import org.ganlab.config.WeightInitScheme;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.reduce.same.AMax;
import org.nd4j.linalg.factory.Nd4j;

/** Each fast layer against a slower, obvious computation of the same thing. */
class LayerGradientTest {

    private static Network single(Layer layer) {
        Network net = new Network("test", List.of(layer), 1e-3, 0.5, 0.999);
        net.initialise(WeightInitScheme.NORMAL, 0.3);
        return net;
    }

    private static double maxDifference(INDArray a, INDArray b) {
        return Nd4j.getExecutioner().exec(new AMax(a.sub(b))).getDouble(0);
    }

    @Test
    void tapConvolutionEqualsTheLibraryConvolution() {
        Nd4j.getRandom().setSeed(7);
        for (int out : new int[] {1, 3}) {
            Network tap = single(new TapConv2d(6, out, 7));
            Network lib = single(new Conv2d(6, out, 7, 1));
            tap.parameters().assign(Nd4j.randn(DataType.FLOAT, tap.parameters().shape()));
            lib.parameters().assign(tap.parameters());
            INDArray x = Nd4j.randn(DataType.FLOAT, 2, 9, 9, 6);
            INDArray yTap = tap.forward(x, Mode.TRAIN);
            INDArray yLib = lib.forward(x, Mode.TRAIN);
            assertThat(yTap.shape()).containsExactly(2, 9, 9, out);
            assertThat(maxDifference(yTap, yLib)).as("forward, %d outputs", out).isLessThan(1e-3);

            INDArray dy = Nd4j.randn(DataType.FLOAT, yTap.shape());
            INDArray dxTap = tap.backward(dy);
            INDArray dxLib = lib.backward(dy);
            assertThat(maxDifference(dxTap, dxLib)).as("input gradient").isLessThan(1e-3);
            assertThat(maxDifference(tap.gradients(), lib.gradients())).as("parameter gradients").isLessThan(1e-2);
        }
    }

    /** Directional derivative of L = sum(layer(x) * g) along random directions, against the analytic gradient. */
    private static void checkNumerically(Network net, INDArray x, Mode mode) {
        // activations work in place: every forward pass gets its own copy of the input
        INDArray g = Nd4j.randn(DataType.FLOAT, net.forward(x.dup(), mode).shape());
        net.forward(x.dup(), mode);
        INDArray dx = net.backward(g).dup();
        INDArray dp = net.gradients().dup();
        INDArray vx = Nd4j.randn(DataType.FLOAT, x.shape());
        boolean hasParameters = net.parameterCount() > 0;
        INDArray vp = hasParameters ? Nd4j.randn(DataType.FLOAT, net.parameters().shape()) : net.parameters();
        double h = 1e-2;
        INDArray p0 = net.parameters().dup();
        if (hasParameters) {
            net.parameters().assign(p0.add(vp.mul(h)));
        }
        double plus = net.forward(x.add(vx.mul(h)), mode).mul(g).sumNumber().doubleValue();
        if (hasParameters) {
            net.parameters().assign(p0.sub(vp.mul(h)));
        }
        double minus = net.forward(x.sub(vx.mul(h)), mode).mul(g).sumNumber().doubleValue();
        if (hasParameters) {
            net.parameters().assign(p0);
        }
        double numeric = (plus - minus) / (2 * h);
        double analytic = dx.mul(vx).sumNumber().doubleValue()
                + (hasParameters ? dp.mul(vp).sumNumber().doubleValue() : 0);
        assertThat(analytic).isCloseTo(numeric, within(0.02 * Math.abs(numeric) + 1e-2));
    }

    @Test
    void batchNormBackwardMatchesFiniteDifferences() {
        Nd4j.getRandom().setSeed(11);
        Network bn = single(new BatchNorm(5, 0.99));
        bn.parameters().assign(Nd4j.rand(DataType.FLOAT, bn.parameters().shape()).addi(0.5));
        checkNumerically(bn, Nd4j.randn(DataType.FLOAT, 4, 3, 3, 5).muli(2).addi(1), Mode.TRAIN_FROZEN);
    }

    @Test
    void batchNormNormalisesEachChannelInTraining() {
        Network bn = single(new BatchNorm(4, 0.99));
        INDArray y = bn.forward(Nd4j.randn(DataType.FLOAT, 64, 4).muli(5).addi(3), Mode.TRAIN_FROZEN);
        assertThat(y.mean(0).amaxNumber().doubleValue()).isLessThan(1e-4);
        assertThat(y.std(false, 0).getDouble(0)).isCloseTo(1.0, within(1e-2));
    }

    @Test
    void denseConvolutionAndActivationsMatchFiniteDifferences() {
        Nd4j.getRandom().setSeed(12);
        checkNumerically(single(new Dense(12, 5)), Nd4j.randn(DataType.FLOAT, 3, 12), Mode.TRAIN);
        checkNumerically(single(new Conv2d(2, 3, 4, 2)), Nd4j.randn(DataType.FLOAT, 2, 7, 7, 2), Mode.TRAIN);
        checkNumerically(single(Activation.tanh()), Nd4j.randn(DataType.FLOAT, 4, 6), Mode.TRAIN);
        // leaky ReLU has a kink at 0: keep inputs away from it so a finite step does not cross it
        INDArray away = Nd4j.randn(DataType.FLOAT, 4, 6);
        away.addi(Nd4j.math().sign(away).muli(0.5));
        checkNumerically(single(Activation.leakyRelu(0.2)), away, Mode.TRAIN);
    }

    @Test
    void remedyLayersMatchFiniteDifferences() {
        Nd4j.getRandom().setSeed(13);
        // two groups of four, and a batch of six that is one group
        checkNumerically(single(new MinibatchStddev(2, 2, 3)), Nd4j.randn(DataType.FLOAT, 8, 2, 2, 3), Mode.TRAIN);
        checkNumerically(single(new MinibatchStddev(2, 1, 2)), Nd4j.randn(DataType.FLOAT, 6, 2, 1, 2), Mode.TRAIN);
        checkNumerically(single(new Pack(2)), Nd4j.randn(DataType.FLOAT, 4, 3, 3, 2), Mode.TRAIN);
        Network spectral = single(new Dense(6, 4));
        ((WeightedLayer) spectral.layers().get(0)).normaliseSpectrally();
        spectral.forward(Nd4j.randn(DataType.FLOAT, 3, 6), Mode.TRAIN); // one power step; u then stays fixed
        checkNumerically(spectral, Nd4j.randn(DataType.FLOAT, 3, 6), Mode.TRAIN_FROZEN);
        Network spectralConv = single(new Conv2d(2, 3, 3, 2));
        ((WeightedLayer) spectralConv.layers().get(0)).normaliseSpectrally();
        spectralConv.forward(Nd4j.randn(DataType.FLOAT, 2, 5, 5, 2), Mode.TRAIN);
        checkNumerically(spectralConv, Nd4j.randn(DataType.FLOAT, 2, 5, 5, 2), Mode.TRAIN_FROZEN);
        Network projection = single(new ProjectionDense(6, 10));
        projection.condition(Generator.oneHot(new int[] {3, 0, 3, 9}, 10));
        checkNumerically(projection, Nd4j.randn(DataType.FLOAT, 4, 6), Mode.TRAIN);
        Network concat = single(new LabelConcat(5, 10));
        concat.condition(Generator.oneHot(new int[] {1, 2, 7}, 10));
        checkNumerically(concat, Nd4j.randn(DataType.FLOAT, 3, 5), Mode.TRAIN);
    }

    @Test
    void projectionAddsTheClassVectorsProductToTheLogit() {
        Network p = single(new ProjectionDense(3, 10));
        // parameters in order: w [3, 1], b [1, 1], v [10, 3]
        float[] values = new float[3 + 1 + 30];
        values[0] = 1f; values[1] = 2f; values[2] = 3f;
        values[3] = 0.5f;
        values[4 + 3 * 4] = 10f;   // v[4][0]
        values[4 + 3 * 7 + 2] = -1f; // v[7][2]
        p.parameters().assign(Nd4j.createFromArray(values).reshape(1, values.length));
        p.condition(Generator.oneHot(new int[] {4, 7}, 10));
        INDArray y = p.forward(Nd4j.createFromArray(new float[][] {{1, 1, 1}, {1, 0, 2}}), Mode.TRAIN);
        // row 0: 1+2+3 + 0.5 + 10*1 = 16.5; row 1: 1+0+6 + 0.5 - 1*2 = 5.5
        assertThat(y.getDouble(0, 0)).isCloseTo(16.5, within(1e-5));
        assertThat(y.getDouble(1, 0)).isCloseTo(5.5, within(1e-5));
    }

    @Test
    void minibatchStddevAppendsAMapThatIsSmallForCopiesAndLargeForVariedGroups() {
        Network s = single(new MinibatchStddev(2, 2, 1));
        INDArray one = Nd4j.randn(DataType.FLOAT, 1, 2, 2, 1);
        // group 1: four copies; group 2: two pairs of constant images 0 and 2 (standard deviation 1 everywhere)
        INDArray varied = Nd4j.concat(0, Nd4j.zeros(DataType.FLOAT, 2, 2, 2, 1), Nd4j.ones(DataType.FLOAT, 2, 2, 2, 1).muli(2));
        INDArray y = s.forward(Nd4j.concat(0, one, one, one, one, varied), Mode.TRAIN);
        assertThat(y.shape()).containsExactly(8, 2, 2, 2);
        for (int i = 0; i < 4; i++) {
            assertThat(y.getDouble(i, 1, 0, 1)).isLessThan(1e-3);
            assertThat(y.getDouble(4 + i, 0, 1, 1)).isCloseTo(1.0, within(1e-4));
        }
        // the first channel is the input, unchanged
        assertThat(y.getDouble(5, 1, 1, 0)).isEqualTo(0.0);
        assertThat(y.getDouble(6, 1, 1, 0)).isEqualTo(2.0);
    }

    @Test
    void aConditionalLayerWithoutClassesSaysSo() {
        Network p = single(new ProjectionDense(3, 10));
        Assertions.assertThatThrownBy(() -> p.forward(Nd4j.ones(DataType.FLOAT, 2, 3), Mode.TRAIN))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("class of each of the 2 examples");
    }
}
