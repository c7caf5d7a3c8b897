package org.ganlab.model;

import java.util.List;
import org.ganlab.config.WeightInitScheme;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Fully connected layer on the flattened input: y = x W + b. */
public final class Dense extends Layer {
    private final int in;
    private final int out;
    private INDArray w;
    private INDArray b;
    private INDArray dw;
    private INDArray db;
    private INDArray x;
    private long[] inputShape;

    public Dense(int in, int out) {
        this.in = in;
        this.out = out;
    }

    @Override
    public List<long[]> parameterShapes() {
        return List.of(new long[] {in, out}, new long[] {1, out});
    }

    @Override
    public void bind(INDArray[] params, INDArray[] grads) {
        w = params[0];
        b = params[1];
        dw = grads[0];
        db = grads[1];
    }

    @Override
    public void initialise(WeightInitScheme scheme, double std) {
        WeightInits.fill(w, scheme, std, in, out);
        b.assign(0);
    }

    @Override
    public INDArray forward(INDArray input, Mode mode) {
        inputShape = input.shape();
        x = input.reshape(input.size(0), in);
        return x.mmul(w).addiRowVector(b);
    }

    @Override
    public INDArray backward(INDArray dy) {
        Nd4j.gemm(x, dy, dw, true, false, 1.0, 0.0);
        db.assign(Ops.columnSums(dy));
        return dy.mmul(w.transpose()).reshape(inputShape);
    }

    @Override
    public INDArray weightGradient() {
        return dw;
    }

    @Override
    public String describe() {
        return "Dense(" + in + " -> " + out + ")";
    }
}
