package org.ganlab.model;

import org.ganlab.config.Architecture;
import org.ganlab.config.ExperimentConfig;

/**
 * What one network is built from: its shape and its optimiser, and nothing else of the run's configuration.
 *
 * @param architecture   the reference networks or Radford's DCGAN
 * @param latentSize     G's input size (unused by D)
 * @param filters        G's or D's filters
 * @param kernelSize     their convolution kernel size
 * @param batchNorm      batch normalisation between layers
 * @param batchNormDecay its running averages' decay
 * @param leakySlope     LeakyReLU's slope
 * @param learningRate   Adam's learning rate
 * @param beta1          Adam's beta1
 * @param beta2          Adam's beta2
 * @param imageSize      height and width of the images
 * @param channels       1 for grey, 3 for colour
 * @param classes        the number of classes the network is conditioned on, or 0 for an unconditional network
 * @param minibatchStddev D appends the minibatch standard deviation as a feature map (unused by G)
 * @param spectralNorm   D's weights are divided by their largest singular value (unused by G)
 * @param packing        how many images D judges at once, stacked as channels (1 for G and an unpacked D)
 */
public record NetworkSpec(Architecture architecture, int latentSize, int filters, int kernelSize, boolean batchNorm,
                          double batchNormDecay, double leakySlope, double learningRate, double beta1, double beta2,
                          int imageSize, int channels, int classes, boolean minibatchStddev,
                          boolean spectralNorm, int packing) {
    /** The number of classes of a conditional run: the ten digits. */
    public static final int DIGIT_CLASSES = 10;

    /** The generator's part of a run's configuration. */
    public static NetworkSpec generator(ExperimentConfig c, int imageSize, int channels) {
        return new NetworkSpec(c.architecture(), c.latentSize(), c.genFilters(), c.genKernelSize(),
                c.batchNorm() && c.genBatchNorm(),
                c.batchNormDecay(), c.leakySlope(), c.genLearningRate(), c.genBeta1(), c.genBeta2(), imageSize, channels,
                c.conditional() ? DIGIT_CLASSES : 0, false, false, 1);
    }

    /** The discriminator's part of a run's configuration. */
    public static NetworkSpec discriminator(ExperimentConfig c, int imageSize, int channels) {
        return new NetworkSpec(c.architecture(), c.latentSize(), c.discFilters(), c.discKernelSize(),
                c.batchNorm() && c.discBatchNorm(), c.batchNormDecay(), c.leakySlope(), c.discLearningRate(),
                c.discBeta1(), c.discBeta2(), imageSize, channels, c.conditional() ? DIGIT_CLASSES : 0,
                c.minibatchStddev(), c.spectralNorm(), Math.max(1, c.packing()));
    }
}
