package org.ganlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import org.ganlab.backend.OneDnn;
import org.ganlab.config.WeightInitScheme;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The layers that call oneDNN directly must compute what their libnd4j route computes (the route other backends
 * take), pass for pass: outputs, input gradients, parameter gradients and batch norm's running averages.
 */
class OneDnnRouteTest {

    @AfterEach
    void restore() {
        OneDnn.setEnabled(true);
    }

    @Test
    @EnabledOnOs(value = {OS.LINUX, OS.WINDOWS}, architectures = "amd64")
    void theDirectRouteIsTakenOnX86() {
        assertThat(OneDnn.active()).as("oneDNN loads from the project's dependencies").isTrue();
    }

    private record Pass(INDArray out, INDArray dx, INDArray grads, List<INDArray> state) { }

    private static Pass run(Network net, INDArray params, INDArray x, INDArray g, Mode mode, boolean direct) {
        OneDnn.setEnabled(direct);
        if (net.parameterCount() > 0) {
            net.parameters().assign(params);
        }
        Nd4j.getRandom().setSeed(1); // the same running averages to start from on both routes
        for (INDArray s : net.state()) {
            s.assign(Nd4j.rand(DataType.FLOAT, s.shape()).addi(0.5));
        }
        INDArray y = net.forward(x.dup(), mode).dup();
        INDArray dx = mode == Mode.INFER ? null : net.backward(g.dup()).dup();
        return new Pass(y, dx, net.gradients().dup(), net.state().stream().map(INDArray::dup).toList());
    }

    private static double diff(INDArray a, INDArray b) {
        return a.sub(b).amaxNumber().doubleValue();
    }

    private static void sameBothWays(Supplier<Network> make, long[] inputShape, Mode mode) {
        Nd4j.getRandom().setSeed(42);
        Network net = make.get();
        net.initialise(WeightInitScheme.NORMAL, 0.3);
        INDArray params = net.parameterCount() == 0 ? net.parameters()
                : net.parameters().add(Nd4j.rand(DataType.FLOAT, net.parameters().shape()).muli(0.2));
        INDArray x = Nd4j.randn(DataType.FLOAT, inputShape).muli(2).addi(0.5);
        INDArray g = Nd4j.randn(DataType.FLOAT, net.forward(x.dup(), Mode.TRAIN_FROZEN).shape());
        Pass direct = run(net, params, x, g, mode, true);
        Pass libnd4j = run(net, params, x, g, mode, false);
        double scale = Math.max(1, libnd4j.out().amaxNumber().doubleValue());
        assertThat(diff(direct.out(), libnd4j.out()) / scale).as("%s output", net.describe()).isLessThan(1e-4);
        if (mode != Mode.INFER) {
            assertThat(diff(direct.dx(), libnd4j.dx()) / Math.max(1, libnd4j.dx().amaxNumber().doubleValue()))
                    .as("%s input gradient", net.describe()).isLessThan(1e-4);
            assertThat(net.parameterCount() == 0 ? 0 : diff(direct.grads(), libnd4j.grads()) / Math.max(1, libnd4j.grads().amaxNumber().doubleValue()))
                    .as("%s parameter gradients", net.describe()).isLessThan(1e-4);
        }
        for (int i = 0; i < direct.state().size(); i++) {
            assertThat(diff(direct.state().get(i), libnd4j.state().get(i))).as("running average %d", i).isLessThan(1e-5);
        }
    }

    @Test
    void transposedConvolutionsAgree() {
        for (int kernel : new int[] {2, 3, 4, 5}) {
            for (boolean cancelled : new boolean[] {false, true}) {
                sameBothWays(() -> new Network("t", List.of(new TransposedConv2d(6, 5, kernel, cancelled)), 1e-3, 0.5, 0.999),
                        new long[] {3, 7, 6, 6}, Mode.TRAIN);
            }
        }
    }

    @Test
    void convolutionsAgreeOnOddAndEvenSizes() {
        for (int size : new int[] {7, 8, 28}) {
            sameBothWays(() -> new Network("c", List.of(new Conv2d(3, 8, 4, 2)), 1e-3, 0.5, 0.999),
                    new long[] {2, size, size, 3}, Mode.TRAIN);
        }
        sameBothWays(() -> new Network("c", List.of(new Conv2d(4, 2, 3, 1)), 1e-3, 0.5, 0.999),
                new long[] {2, 9, 9, 4}, Mode.TRAIN);
    }

    @Test
    void leakyReluAgrees() {
        sameBothWays(() -> new Network("a", List.of(Activation.leakyRelu(0.2)), 1e-3, 0.5, 0.999),
                new long[] {3, 5, 5, 4}, Mode.TRAIN);
        sameBothWays(() -> new Network("a", List.of(Activation.leakyRelu(0.2)), 1e-3, 0.5, 0.999),
                new long[] {7, 9}, Mode.TRAIN);
    }

    @Test
    void batchNormAgreesInEveryMode() {
        for (Mode mode : Mode.values()) {
            sameBothWays(() -> new Network("b", List.of(new BatchNorm(6, 0.9)), 1e-3, 0.5, 0.999),
                    new long[] {5, 4, 3, 6}, mode);
            sameBothWays(() -> new Network("b", List.of(new BatchNorm(6, 0.9)), 1e-3, 0.5, 0.999),
                    new long[] {20, 6}, mode);
        }
    }
}
