package org.ganlab.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Fully connected layer on the flattened input: y = x W + b. */
public final class Dense extends WeightedLayer {
    private final int in;
    private final int out;
    private INDArray x;
    private long[] inputShape;

    public Dense(int in, int out) {
        super(new long[] {in, out}, new long[] {1, out}, in, out);
        this.in = in;
        this.out = out;
    }

    @Override
    public INDArray forward(INDArray input, Mode mode) {
        inputShape = input.shape();
        x = input.reshape(input.size(0), in);
        // straight into a row-major result: mmul on a parameter view runs several times slower here
        INDArray y = Nd4j.createUninitialized(DataType.FLOAT, x.size(0), out);
        Ops.gemm(x, weights(mode), y, false, false);
        return y.addiRowVector(b);
    }

    @Override
    public INDArray backward(INDArray dy) {
        Ops.gemm(x, dy, dw, true, false);
        db.assign(Ops.columnSums(dy));
        INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, dy.size(0), in);
        Ops.gemm(dy, lastWeights(), dx, false, true);
        finishWeightGradient();
        return dx.reshape(inputShape);
    }

    @Override
    public String describe() {
        return "Dense(" + in + " -> " + out + ")";
    }
}
