package org.ganlab.model;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.config.ExperimentConfig;

/**
 * The reference discriminator: two stride-2 convolutions (each with batch norm and LeakyReLU), flatten, and one
 * dense unit whose output is the logit of "real" (the sigmoid is applied in the loss).
 */
public final class Discriminator extends Network {
    private final int featureLayer;

    public Discriminator(ExperimentConfig c, int imageSize, int channels) {
        super("Discriminator", layers(c, imageSize, channels), c.discLearningRate(), c.discBeta1(), c.discBeta2());
        this.featureLayer = layers().size() - 3;
    }

    private static List<Layer> layers(ExperimentConfig c, int imageSize, int channels) {
        int f = c.discFilters();
        List<Layer> l = new ArrayList<>();
        int in = channels;
        int size = imageSize;
        for (int i = 0; i < 2; i++) {
            l.add(new Conv2d(in, f, c.discKernelSize(), 2));
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

    /** Index of the layer whose output feature matching compares: the last LeakyReLU before the flatten. */
    public int featureLayer() {
        return featureLayer;
    }
}
