package org.ganlab.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference discriminator: two stride-2 convolutions (each with batch norm and LeakyReLU), flatten, and one
 * dense unit whose output is the logit of "real" (the sigmoid is applied in the loss). The remedies add the
 * minibatch standard deviation before that unit, or make it a class projection (a conditional D, which needs
 * {@link #condition} with the images' classes before each forward pass).
 */
public final class Discriminator extends Network {
    private final int featureLayer;

    public Discriminator(NetworkSpec s) {
        super("Discriminator", layers(s), s.learningRate(), s.beta1(), s.beta2());
        int last = 0;
        for (int i = 0; i < layers().size(); i++) {
            if (layers().get(i) instanceof Activation) {
                last = i;
            }
        }
        this.featureLayer = last;
    }

    /**
     * Flatten, then [the minibatch standard deviation], then the logit: one dense unit, or the class projection when D
     * is conditional.
     */
    private static void head(List<Layer> l, NetworkSpec c, long features) {
        l.add(Activation.reshape(features));
        int in = (int) features;
        if (c.minibatchStddev()) {
            l.add(new MinibatchStddev(in));
            in++;
        }
        l.add(c.classes() > 0 ? new ProjectionDense(in, c.classes()) : new Dense(in, 1));
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
        head(l, c, (long) size * size * f);
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
        head(l, c, 16L * in);
        return l;
    }

    /** Index of the layer whose output feature matching compares: the last LeakyReLU before the flatten. */
    public int featureLayer() {
        return featureLayer;
    }
}
