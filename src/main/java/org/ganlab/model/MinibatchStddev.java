package org.ganlab.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The minibatch standard deviation feature (Karras et al. 2018, progressive GANs): the standard deviation of every
 * feature over the batch, averaged into one number, is appended to each example's features. A batch of near
 * copies has a small value, so D can see collapse and G is pushed to vary. [n, in] -> [n, in + 1].
 */
public final class MinibatchStddev extends Layer {
    private static final double EPSILON = 1e-8;
    private final int in;
    private INDArray centred;
    private INDArray sd;

    public MinibatchStddev(int in) {
        this.in = in;
    }

    @Override
    public INDArray forward(INDArray x, Mode mode) {
        INDArray h = x.reshape(x.size(0), in);
        centred = h.subRowVector(h.mean(true, 0));
        sd = Transforms.sqrt(centred.mul(centred).mean(true, 0).addi(EPSILON), false);
        double s = sd.meanNumber().doubleValue();
        return Nd4j.concat(1, h, Nd4j.valueArrayOf(new long[] {h.size(0), 1}, s, h.dataType()));
    }

    @Override
    public INDArray backward(INDArray dy) {
        long n = dy.size(0);
        double total = dy.get(NDArrayIndex.all(), NDArrayIndex.point(in)).sumNumber().doubleValue();
        // s = mean_j sd_j and d sd_j / d x_ij = (x_ij - mean_j) / (n sd_j)
        INDArray dx = dy.get(NDArrayIndex.all(), NDArrayIndex.interval(0, in)).dup();
        return dx.addi(centred.divRowVector(sd).muli(total / ((double) n * in)));
    }

    @Override
    public String describe() {
        return "MinibatchStddev(" + in + " + 1)";
    }
}
