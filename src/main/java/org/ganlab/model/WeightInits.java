package org.ganlab.model;

import org.deeplearning4j.nn.conf.distribution.NormalDistribution;
import org.deeplearning4j.nn.weights.IWeightInit;
import org.deeplearning4j.nn.weights.WeightInitDistribution;
import org.deeplearning4j.nn.weights.WeightInitXavierUniform;
import org.ganlab.config.WeightInitScheme;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Weight initialisation through DL4J's initialisers, drawing from ND4J's seeded random generator. */
final class WeightInits {
    private WeightInits() {
    }

    static void fill(INDArray weights, WeightInitScheme scheme, double std, double fanIn, double fanOut) {
        IWeightInit init = switch (scheme) {
            case NORMAL -> new WeightInitDistribution(new NormalDistribution(0.0, std));
            case XAVIER -> new WeightInitXavierUniform();
        };
        INDArray flat = weights.reshape(weights.length());
        init.init(fanIn, fanOut, new long[] {weights.length()}, 'c', flat);
    }
}
