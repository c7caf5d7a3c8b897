package org.ganlab.model;

import org.ganlab.backend.OneDnn;
import org.ganlab.backend.OneDnnConvolution;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Convolution with "same" padding (TensorFlow's rule), NHWC: through oneDNN's primitives directly where it can
 * ({@link OneDnn#active()}), otherwise through libnd4j's conv2d / conv2d_bp.
 */
public final class Conv2d extends WeightedLayer {
    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private INDArray x;
    private final OneDnnConvolution direct;
    private boolean viaDirect;

    public Conv2d(int in, int out, int kernel, int stride) {
        super(new long[] {kernel, kernel, in, out}, new long[] {out}, (double) kernel * kernel * in,
                (double) kernel * kernel * out);
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
        this.direct = new OneDnnConvolution(false, in, out, kernel, stride, true);
    }

    @Override
    public INDArray forward(INDArray input, Mode mode) {
        x = input;
        viaDirect = OneDnn.active();
        INDArray weights = weights(mode);
        if (viaDirect) {
            return direct.forward(input, weights, b);
        }
        return Ops.conv2d(input, weights, b, stride, 0, true);
    }

    @Override
    public INDArray backward(INDArray dy) {
        INDArray weights = lastWeights();
        INDArray dx = viaDirect ? direct.backward(x, weights, dy, dw, db)
                : Ops.conv2dBackward(x, weights, b, dy, dw, db, stride, 0, true);
        finishWeightGradient();
        return dx;
    }

    @Override
    public String describe() {
        return "Conv2d(" + in + " -> " + out + ", " + kernel + "x" + kernel + ", stride " + stride + ", same)";
    }
}
