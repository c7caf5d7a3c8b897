package org.ganlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference generator: Dense(C*7*7) -> LeakyReLU -> reshape 7x7xC -> two stride-2 transposed convolutions
 * (each with batch norm and LeakyReLU) to 28x28 -> 7x7 convolution to one channel -> tanh.
 */
public final class Generator extends Network {
    private final int latentSize;
    private final int imageSize;
    private final int channels;

    public Generator(NetworkSpec s) {
        super("Generator", layers(s), s.learningRate(), s.beta1(), s.beta2());
        this.latentSize = s.latentSize();
        this.imageSize = s.imageSize();
        this.channels = s.channels();
    }

    private static List<Layer> layers(NetworkSpec c) {
        int imageSize = c.imageSize();
        int channels = c.channels();
        if (c.architecture() == org.ganlab.config.Architecture.DCGAN) {
            return dcgan(c);
        }
        if (imageSize % 4 != 0) {
            throw new IllegalArgumentException("the generator needs an image size divisible by 4, not " + imageSize);
        }
        int f = c.filters();
        int base = imageSize / 4;
        List<Layer> l = new ArrayList<>();
        l.add(new Dense(c.latentSize(), f * base * base));
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
        l.add(new Dense(c.latentSize(), 16 * f));
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
