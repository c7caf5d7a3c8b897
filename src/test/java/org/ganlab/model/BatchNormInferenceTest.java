package org.ganlab.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ganlab.config.WeightInitScheme;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.ganlab.config.ExperimentConfig;

/** Running averages: after many training passes over one batch, inference must reproduce the training output. */
class BatchNormInferenceTest {
    @Test
    void inferenceConvergesToBatchStatistics() {
        Nd4j.getRandom().setSeed(3);
        Network bn = new Network("bn", List.of(new BatchNorm(3, 0.9)), 1e-3, 0.5, 0.999);
        bn.initialise(WeightInitScheme.NORMAL, 0.02);
        INDArray x = Nd4j.randn(DataType.FLOAT, 500, 3).muli(4).addi(2);
        INDArray train = null;
        for (int i = 0; i < 200; i++) {
            train = bn.forward(x, Mode.TRAIN).dup();
        }
        INDArray infer = bn.forward(x, Mode.INFER);
        assertThat(infer.sub(train).amaxNumber().doubleValue()).isLessThan(0.02);
    }

    @Test
    void theWholeGeneratorAgreesBetweenTrainingAndInference() {
        Nd4j.getRandom().setSeed(4);
        Generator g = new Generator(NetworkSpec.generator(ExperimentConfig.baseline().with(Map.of(
                "latentSize", 10, "genFilters", 8, "batchNormDecay", 0.9)), 28, 1));
        g.initialise(WeightInitScheme.NORMAL, 0.02);
        INDArray z = Nd4j.randn(DataType.FLOAT, 64, 10);
        INDArray train = null;
        for (int i = 0; i < 200; i++) {
            train = g.forward(z, Mode.TRAIN).dup();
        }
        INDArray infer = g.forward(z, Mode.INFER);
        assertThat(infer.sub(train).amaxNumber().doubleValue()).isLessThan(0.05);
    }
}
