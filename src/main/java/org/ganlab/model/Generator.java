package org.ganlab.model;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.config.Architecture;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The reference generator: [class appended when conditional] Dense(C*7*7) -> LeakyReLU -> reshape 7x7xC -> two stride-2 transposed convolutions
 * (each with batch norm and LeakyReLU) to 28x28 -> 7x7 convolution to one channel -> tanh.
 */
public final class Generator extends Network {
    private final int latentSize;
    private final int imageSize;
    private final int channels;
    private final int classes;

    public Generator(NetworkSpec s) {
        super("Generator", layers(s), s.learningRate(), s.beta1(), s.beta2());
        this.latentSize = s.latentSize();
        this.imageSize = s.imageSize();
        this.channels = s.channels();
        this.classes = s.classes();
    }

    private static List<Layer> layers(NetworkSpec c) {
        int imageSize = c.imageSize();
        int channels = c.channels();
        if (c.architecture() == Architecture.DCGAN) {
            return dcgan(c);
        }
        if (imageSize % 4 != 0) {
            throw new IllegalArgumentException("the generator needs an image size divisible by 4, not " + imageSize);
        }
        int f = c.filters();
        int base = imageSize / 4;
        List<Layer> l = new ArrayList<>();
        if (c.classes() > 0) {
            l.add(new LabelConcat(c.latentSize(), c.classes()));
        }
        l.add(new Dense(inputSize(c), f * base * base));
        l.add(Activation.leakyRelu(c.leakySlope()));
        l.add(Activation.reshape(base, base, f));
        for (int i = 0; i < 2; i++) {
            l.add(new TransposedConv2d(f, f, c.kernelSize(), c.batchNorm()));
            if (c.batchNorm()) {
                l.add(new BatchNorm(f, c.batchNormDecay()));
            }
            l.add(Activation.leakyRelu(c.leakySlope()));
        }
        l.add(new TapConv2d(f, channels, 7));
        l.add(Activation.tanh());
        return l;
    }

    /**
     * Radford et al.: project to 4x4 with 2^(n-1) times the last layer's filters, then n stride-2 transposed
     * convolutions halving the filters and doubling the size (batch norm and ReLU between), the last one to the
     * image's channels with tanh.
     */
    private static List<Layer> dcgan(NetworkSpec c) {
        int imageSize = c.imageSize();
        int channels = c.channels();
        int steps = Integer.numberOfTrailingZeros(imageSize / 4);
        if (imageSize < 8 || 4 << steps != imageSize) {
            throw new IllegalArgumentException("the DCGAN generator needs a size of 4 times a power of two, not " + imageSize);
        }
        int f = c.filters() << (steps - 1);
        List<Layer> l = new ArrayList<>();
        if (c.classes() > 0) {
            l.add(new LabelConcat(c.latentSize(), c.classes()));
        }
        l.add(new Dense(inputSize(c), 16 * f));
        l.add(Activation.reshape(4, 4, f));
        if (c.batchNorm()) {
            l.add(new BatchNorm(f, c.batchNormDecay()));
        }
        l.add(Activation.leakyRelu(0.0));
        for (int i = 1; i < steps; i++) {
            l.add(new TransposedConv2d(f, f / 2, c.kernelSize(), c.batchNorm()));
            f /= 2;
            if (c.batchNorm()) {
                l.add(new BatchNorm(f, c.batchNormDecay()));
            }
            l.add(Activation.leakyRelu(0.0));
        }
        l.add(new TransposedConv2d(f, channels, c.kernelSize(), false));
        l.add(Activation.tanh());
        return l;
    }

    /** The dense layer's input: the latent point, with the one-hot class appended when G is conditional. */
    private static int inputSize(NetworkSpec c) {
        return c.latentSize() + c.classes();
    }

    /**
     * The classes a conditional G draws when none are given: the n images are split into equal runs of each class in
     * turn, so a 10x10 grid has digit k in row k and a large sample has every digit equally often.
     */
    public static int[] evenClasses(int n, int classes) {
        int[] y = new int[n];
        for (int i = 0; i < n; i++) {
            y[i] = (int) ((long) i * classes / n);
        }
        return y;
    }

    /** The given classes as one-hot rows, [n, classes]. */
    public static INDArray oneHot(int[] labels, int classes) {
        INDArray m = Nd4j.zeros(DataType.FLOAT, labels.length, classes);
        for (int i = 0; i < labels.length; i++) {
            m.putScalar(i, labels[i], 1f);
        }
        return m;
    }

    /** Images for the given latent points: of the given classes when G is conditional (ignored otherwise). */
    public INDArray forward(INDArray z, int[] labels, Mode mode) {
        if (classes > 0) {
            condition(oneHot(labels, classes));
        }
        return super.forward(z, mode);
    }

    /** Images for the given latent points; a conditional G draws the classes of {@link #evenClasses}. */
    @Override
    public INDArray forward(INDArray z, Mode mode) {
        return forward(z, classes > 0 ? evenClasses((int) z.size(0), classes) : null, mode);
    }

    /** How many classes G is conditioned on (0 when it is not conditional). */
    public int classes() {
        return classes;
    }

    public int latentSize() {
        return latentSize;
    }

    public int imageSize() {
        return imageSize;
    }

    public int channels() {
        return channels;
    }
}
