package org.ganlab.model;

import java.util.List;
import org.ganlab.config.WeightInitScheme;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Convolution with "same" padding (TensorFlow's rule), NHWC, through libnd4j's conv2d / conv2d_bp. */
public final class Conv2d extends Layer {
    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private INDArray w;
    private INDArray b;
    private INDArray dw;
    private INDArray db;
    private INDArray x;

    public Conv2d(int in, int out, int kernel, int stride) {
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
    }

    @Override
    public List<long[]> parameterShapes() {
        return List.of(new long[] {kernel, kernel, in, out}, new long[] {out});
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
        WeightInits.fill(w, scheme, std, (double) kernel * kernel * in, (double) kernel * kernel * out);
        b.assign(0);
    }

    @Override
    public INDArray forward(INDArray input, Mode mode) {
        x = input;
        return Ops.conv2d(input, w, b, stride, 0, true);
    }

    @Override
    public INDArray backward(INDArray dy) {
        return Ops.conv2dBackward(x, w, b, dy, dw, db, stride, 0, true);
    }

    @Override
    public INDArray weightGradient() {
        return dw;
    }

    @Override
    public String describe() {
        return "Conv2d(" + in + " -> " + out + ", " + kernel + "x" + kernel + ", stride " + stride + ", same)";
    }
}
