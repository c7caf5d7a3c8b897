package org.ganlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference discriminator: two stride-2 convolutions (each with batch norm and LeakyReLU), flatten, and one
 * dense unit whose output is the logit of "real" (the sigmoid is applied in the loss).
 */
public final class Discriminator extends Network {
    private final int featureLayer;

    public Discriminator(NetworkSpec s) {
        super("Discriminator", layers(s), s.learningRate(), s.beta1(), s.beta2());
        this.featureLayer = layers().size() - 3;
    }

    private static List<Layer> layers(NetworkSpec c) {
        int imageSize = c.imageSize();
        int channels = c.channels();
        if (c.architecture() == org.ganlab.config.Architecture.DCGAN) {
            return dcgan(c);
        }
        int f = c.filters();
        List<Layer> l = new ArrayList<>();
        int in = channels;
        int size = imageSize;
        for (int i = 0; i < 2; i++) {
            l.add(new Conv2d(in, f, c.kernelSize(), 2));
            if (c.batchNorm()) {
                l.add(new BatchNorm(f, c.batchNormDecay()));
            }
            l.add(Activation.leakyRelu(c.leakySlope()));
            in = f;
            size = (size + 1) / 2;
        }
        l.add(Activation.reshape((long) size * size * f));
        l.add(new Dense(size * size * f, 1));
        return l;
    }

    /**
     * Radford et al.: n stride-2 convolutions down to 4x4, doubling the filters from the first layer's, LeakyReLU
     * after each and batch norm after all but the first; then one dense unit.
     */
    private static List<Layer> dcgan(NetworkSpec c) {
        int imageSize = c.imageSize();
        int channels = c.channels();
        int steps = Integer.numberOfTrailingZeros(imageSize / 4);
        List<Layer> l = new ArrayList<>();
        int in = channels;
        int f = c.filters();
        for (int i = 0; i < steps; i++) {
            l.add(new Conv2d(in, f, c.kernelSize(), 2));
            if (i > 0 && c.batchNorm()) {
                l.add(new BatchNorm(f, c.batchNormDecay()));
            }
            l.add(Activation.leakyRelu(c.leakySlope()));
            in = f;
            f *= 2;
        }
        l.add(Activation.reshape(16L * in));
        l.add(new Dense(16 * in, 1));
        return l;
    }

    /** Index of the layer whose output feature matching compares: the last LeakyReLU before the flatten. */
    public int featureLayer() {
        return featureLayer;
    }
}
