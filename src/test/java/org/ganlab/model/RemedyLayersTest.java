package org.ganlab.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.ganlab.config.ExperimentConfig;
import org.ganlab.config.WeightInitScheme;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** The remedies' layers against their papers' definitions, with numbers computed independently of the layer. */
class RemedyLayersTest {

    private static double largestSingularValue(INDArray matrix) {
        double[][] m = matrix.toDoubleMatrix();
        return new SingularValueDecomposition(new Array2DRowRealMatrix(m)).getSingularValues()[0];
    }

    @Test
    void spectralNormalisationLeavesTheLargestSingularValueAtOneAfterThePowerIteration() {
        Nd4j.getRandom().setSeed(3);
        Conv2d conv = new Conv2d(3, 5, 4, 2);
        Network net = new Network("sn", List.of(conv), 1e-3, 0.5, 0.999);
        net.initialise(WeightInitScheme.NORMAL, 0.5);
        conv.normaliseSpectrally();
        INDArray w = net.parameters().get(NDArrayIndex.all(),
                NDArrayIndex.interval(0, 4 * 4 * 3 * 5)).dup().reshape(48, 5);
        double sigma = largestSingularValue(w);
        assertThat(sigma).isGreaterThan(2); // far from 1 before normalising
        INDArray x = Nd4j.randn(DataType.FLOAT, 2, 8, 8, 3);
        for (int i = 0; i < 30; i++) {
            net.forward(x.dup(), Mode.TRAIN);
        }
        assertThat(conv.spectralSigma()).isCloseTo(sigma, within(1e-3 * sigma));
        // the layer computes with W / sigma: its output is the plain layer's divided by sigma (bias 0)
        Conv2d plain = new Conv2d(3, 5, 4, 2);
        Network reference = new Network("plain", List.of(plain), 1e-3, 0.5, 0.999);
        reference.parameters().assign(net.parameters().div(sigma));
        INDArray expected = reference.forward(x.dup(), Mode.TRAIN);
        INDArray actual = net.forward(x.dup(), Mode.TRAIN_FROZEN);
        assertThat(actual.sub(expected).amaxNumber().doubleValue()).isLessThan(1e-4);
        // in inference the estimate does not move
        double before = conv.spectralSigma();
        net.forward(x.dup(), Mode.INFER);
        assertThat(conv.spectralSigma()).isEqualTo(before);
    }

    @Test
    void thePowerIterationVectorIsPartOfTheModelsState() {
        ExperimentConfig c = ExperimentConfig.baseline().with(Map.of("spectralNorm", true));
        Discriminator d = new Discriminator(NetworkSpec.discriminator(c, 28, 1));
        Discriminator plain = new Discriminator(NetworkSpec.discriminator(ExperimentConfig.baseline(), 28, 1));
        // both convolutions and the dense layer carry a vector u beside the batch-norm averages
        assertThat(d.state()).hasSize(plain.state().size() + 3);
        assertThat(d.parameterCount()).isEqualTo(plain.parameterCount());
    }

    @Test
    void packingStacksConsecutiveImagesAsChannels() {
        INDArray x = Nd4j.arange(4 * 2 * 2).castTo(DataType.FLOAT).reshape(4, 2, 2, 1);
        Pack pack = new Pack(2);
        INDArray y = pack.forward(x, Mode.TRAIN);
        assertThat(y.shape()).containsExactly(2, 2, 2, 2);
        // pack 1 holds images 2 and 3: channel 0 is image 2, channel 1 image 3
        assertThat(y.getDouble(1, 0, 1, 0)).isEqualTo(x.getDouble(2, 0, 1, 0));
        assertThat(y.getDouble(1, 0, 1, 1)).isEqualTo(x.getDouble(3, 0, 1, 0));
        assertThat(pack.backward(y).equals(x)).isTrue();
    }

    @Test
    void aPackedMinibatchStddevDiscriminatorHasTheShapesThePapersDescribe() {
        ExperimentConfig c = ExperimentConfig.baseline().with(Map.of("packing", 2, "minibatchStddev", true, "discBatchNorm", false));
        Discriminator d = new Discriminator(NetworkSpec.discriminator(c, 28, 1));
        String text = d.describe();
        assertThat(text).contains("Pack(2").contains("Conv2d(2 -> 64").contains("MinibatchStddev(7x7x64 + 1 map")
                .contains("Dense(3185 -> 1)").doesNotContain("BatchNorm");
        INDArray out = d.forward(Nd4j.randn(DataType.FLOAT, 8, 28, 28, 1), Mode.TRAIN);
        assertThat(out.shape()).containsExactly(4, 1);
    }
}
