package org.ganlab.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * PacGAN's packing (Lin et al. 2018): every {@code size} consecutive images of a batch are stacked along the channels
 * and judged as one, so D sees whether a set of samples varies as real sets do. NHWC: [n, h, w, c] ->
 * [n / size, h, w, size * c], image k of a pack in channels [k * c, (k + 1) * c).
 */
public final class Pack extends Layer {
    private final int size;
    private long[] inputShape;

    public Pack(int size) {
        this.size = size;
    }

    @Override
    public INDArray forward(INDArray x, Mode mode) {
        inputShape = x.shape();
        long n = x.size(0);
        if (n % size != 0) {
            throw new IllegalArgumentException("a batch of " + n + " images does not divide into packs of " + size);
        }
        long h = x.size(1);
        long w = x.size(2);
        long c = x.size(3);
        return x.dup('c').reshape(n / size, size, h, w, c).permute(0, 2, 3, 1, 4).dup('c')
                .reshape(n / size, h, w, size * c);
    }

    @Override
    public INDArray backward(INDArray dy) {
        long n = inputShape[0];
        long h = inputShape[1];
        long w = inputShape[2];
        long c = inputShape[3];
        return dy.dup('c').reshape(n / size, h, w, size, c).permute(0, 3, 1, 2, 4).dup('c').reshape(inputShape);
    }

    @Override
    public String describe() {
        return "Pack(" + size + " images as channels)";
    }
}
