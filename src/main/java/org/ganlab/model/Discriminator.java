package org.ganlab.model;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.config.Architecture;

/**
 * The reference discriminator: two stride-2 convolutions (each with batch norm and LeakyReLU), flatten, and one
 * dense unit whose output is the logit of "real" (the sigmoid is applied in the loss). The remedies pack several
 * images into one input ({@link Pack}), divide every weight array by its largest singular value
 * ({@link SpectralNorm}), append the minibatch standard deviation as a feature map before that unit, or make it a
 * class projection (a conditional D, which needs {@link #condition} with the images' classes before each forward
 * pass).
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
    private static void head(List<Layer> l, NetworkSpec c, int size, int filters) {
        int maps = filters;
        if (c.minibatchStddev()) {
            l.add(new MinibatchStddev(size, size, filters));
            maps++;
        }
        int in = size * size * maps;
        l.add(Activation.reshape(in));
        l.add(c.classes() > 0 ? new ProjectionDense(in, c.classes()) : new Dense(in, 1));
        if (c.spectralNorm()) {
            l.stream().filter(x -> x instanceof WeightedLayer).forEach(x -> ((WeightedLayer) x).normaliseSpectrally());
        }
    }

    /** [Pack], then the channels the first convolution takes. */
    private static int input(List<Layer> l, NetworkSpec c) {
        if (c.packing() > 1) {
            l.add(new Pack(c.packing()));
        }
        return c.channels() * c.packing();
    }

    private static List<Layer> layers(NetworkSpec c) {
        int imageSize = c.imageSize();
        if (c.architecture() == Architecture.DCGAN) {
            return dcgan(c);
        }
        int f = c.filters();
        List<Layer> l = new ArrayList<>();
        int in = input(l, c);
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
        head(l, c, size, f);
        return l;
    }

    /**
     * Radford et al.: n stride-2 convolutions down to 4x4, doubling the filters from the first layer's, LeakyReLU
     * after each and batch norm after all but the first; then one dense unit.
     */
    private static List<Layer> dcgan(NetworkSpec c) {
        int imageSize = c.imageSize();
        int steps = Integer.numberOfTrailingZeros(imageSize / 4);
        List<Layer> l = new ArrayList<>();
        int in = input(l, c);
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
        head(l, c, 4, in);
        return l;
    }

    /** Index of the layer whose output feature matching compares: the last LeakyReLU before the flatten. */
    public int featureLayer() {
        return featureLayer;
    }
}
