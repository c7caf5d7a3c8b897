package org.ganlab.model;

import java.util.concurrent.ConcurrentHashMap;
import org.ganlab.backend.OneDnn;
import org.ganlab.backend.OneDnnMatmul;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The libnd4j operations the layers are built from, called directly so that they run on oneDNN where the natives
 * have it. All images are NHWC; convolution weights are [kH, kW, inChannels, outChannels].
 */
final class Ops {
    private static final int NHWC = 1;
    private static final int WEIGHTS_YXIO = 0;
    private static final ConcurrentHashMap<Long, INDArray> ONES = new ConcurrentHashMap<>();

    private Ops() {
    }

    private static int[] convArgs(int k, int stride, int pad, boolean same) {
        return new int[] {k, k, stride, stride, pad, pad, 1, 1, same ? 1 : 0, NHWC, WEIGHTS_YXIO};
    }

    /** Convolution; {@code same} pads as TensorFlow does (the extra row at the end), otherwise {@code pad} each side. */
    static INDArray conv2d(INDArray x, INDArray w, INDArray bias, int stride, int pad, boolean same) {
        int k = (int) w.size(0);
        long n = x.size(0);
        long h = outSize(x.size(1), k, stride, pad, same);
        long wd = outSize(x.size(2), k, stride, pad, same);
        INDArray y = Nd4j.createUninitialized(DataType.FLOAT, n, h, wd, w.size(3));
        INDArray[] inputs = bias == null ? new INDArray[] {x, w} : new INDArray[] {x, w, bias};
        Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(inputs).addOutputs(y)
                .addIntegerArguments(convArgs(k, stride, pad, same)).build());
        return y;
    }

    /** Backward of {@link #conv2d}: writes the weight and bias gradients into the given arrays, returns dL/dx. */
    static INDArray conv2dBackward(INDArray x, INDArray w, INDArray bias, INDArray dy, INDArray dw, INDArray db,
                                   int stride, int pad, boolean same) {
        int k = (int) w.size(0);
        INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        // the builder's addInputs/addOutputs replace rather than append: pass each list whole
        INDArray[] inputs = bias == null ? new INDArray[] {x, w, dy} : new INDArray[] {x, w, bias, dy};
        INDArray[] outputs = bias == null ? new INDArray[] {dx, dw} : new INDArray[] {dx, dw, db};
        Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(inputs).addOutputs(outputs)
                .addIntegerArguments(convArgs(k, stride, pad, same)).build());
        return dx;
    }

    /** {@code c = op(a) op(b)} into the given [m, n] array; on oneDNN's matmul where it is called directly. */
    static void gemm(INDArray a, INDArray b, INDArray c, boolean transA, boolean transB) {
        if (OneDnn.active() && OneDnn.isDense(a) && OneDnn.isDense(b) && OneDnn.isDense(c)) {
            OneDnnMatmul.multiply(a, transA, b, transB, c);
        } else {
            Nd4j.gemm(a, b, c, transA, transB, 1.0, 0.0);
        }
    }

    static long outSize(long in, int k, int stride, int pad, boolean same) {
        return same ? (in + stride - 1) / stride : (in + 2L * pad - k) / stride + 1;
    }

    /** Column sums of a [rows, cols] matrix as a [1, cols] row, through one matrix product (fast on every backend). */
    static INDArray columnSums(INDArray m) {
        INDArray ones = ONES.computeIfAbsent(m.size(0), rows -> {
            try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
                return Nd4j.ones(DataType.FLOAT, 1, rows);
            }
        });
        return ones.mmul(m);
    }
}
