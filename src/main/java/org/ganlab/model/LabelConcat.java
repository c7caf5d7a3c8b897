package org.ganlab.model;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Appends each example's one-hot class to its input row: [n, in] becomes [n, in + classes]. The conditional
 * generator's first layer, so that G's latent point and the digit it is asked for enter its dense layer together.
 */
public final class LabelConcat extends ConditionedLayer {
    private final int in;
    private final int classes;
    public LabelConcat(int in, int classes) {
        this.in = in;
        this.classes = classes;
    }

    @Override
    public INDArray forward(INDArray x, Mode mode) {
        return Nd4j.concat(1, x.reshape(x.size(0), in), classesFor(x));
    }

    @Override
    public INDArray backward(INDArray dy) {
        return dy.get(NDArrayIndex.all(), NDArrayIndex.interval(0, in)).dup();
    }

    @Override
    public String describe() {
        return "LabelConcat(" + in + " + " + classes + " classes)";
    }
}
