package org.ganlab.backend;

import static org.bytedeco.dnnl.global.dnnl.*;
import static org.ganlab.backend.OneDnn.activations;
import static org.ganlab.backend.OneDnn.buffer;
import static org.ganlab.backend.OneDnn.check;
import static org.ganlab.backend.OneDnn.denseOrCopy;
import static org.ganlab.backend.OneDnn.execute;
import static org.ganlab.backend.OneDnn.md;
import static org.ganlab.backend.OneDnn.primitive;
import static org.ganlab.backend.OneDnn.primitiveDesc;
import static org.ganlab.backend.OneDnn.reorder;

import java.util.List;
import java.util.Map;
import org.bytedeco.dnnl.dnnl_convolution_desc_t;
import org.bytedeco.dnnl.dnnl_memory_desc_t;
import org.bytedeco.dnnl.dnnl_primitive_desc;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A convolution or transposed convolution with "same" padding as TensorFlow and Keras define it, on NHWC arrays
 * with weights [kH, kW, inChannels, outChannels], through oneDNN primitives built once per input shape.
 *
 * <p>Ordinary: output size ceil(in / stride), the padding split with the odd row at the end. Transposed: output size
 * in * stride; output pixel {@code o = stride * i + k - padBefore} receives input pixel {@code i} through tap
 * {@code k}, with {@code padBefore = (kernel - stride) / 2}; kernels smaller than the stride are not supported.
 */
public final class OneDnnConvolution {
    private final boolean transposed;
    private final int in;
    private final int out;
    private final int kernel;
    private final int stride;
    private final boolean bias;
    /**
     * Plans by geometry and input shape, shared by every layer of that geometry: a generator built again to draw
     * samples (each epoch, in the lab's latent walk) reuses the primitives instead of compiling them again.
     */
    private static final Map<List<Object>, Plan> PLANS = OneDnn.cache();

    public OneDnnConvolution(boolean transposed, int in, int out, int kernel, int stride, boolean bias) {
        if (transposed && kernel < stride) {
            throw new IllegalArgumentException("a transposed convolution needs a kernel at least as large as its stride");
        }
        this.transposed = transposed;
        this.in = in;
        this.out = out;
        this.kernel = kernel;
        this.stride = stride;
        this.bias = bias;
    }

    /** Whether a transposed convolution with this kernel and stride can run here. */
    public static boolean supportsTransposed(int kernel, int stride) {
        return kernel >= stride;
    }

    /** The primitives for one input shape, and the converted weights they read. */
    private final class Plan {
        final long[] outShape;
        final dnnl_memory_desc_t src;
        final dnnl_memory_desc_t dst;
        final dnnl_memory_desc_t userWeights = md(dnnl_hwio, out, in, kernel, kernel);
        final dnnl_memory_desc_t biasMd = md(dnnl_a, out);
        final Step forward;
        private final dnnl_primitive_desc forwardPd;
        private final long[] strides;
        private final long[] padBefore;
        private final long[] padAfter;
        private final dnnl_memory_desc_t anyWeights = md(dnnl_format_tag_any, out, in, kernel, kernel);
        private final dnnl_memory_desc_t biasOrNone = bias ? biasMd : null;
        private final int algorithm = transposed ? dnnl_deconvolution_direct : dnnl_convolution_direct;
        /** The backward primitives, made on the first backward pass (sampling never needs them). */
        Step backwardData;
        OneDnn.Primitive backwardWeights;
        dnnl_memory_desc_t gradWeights;
        OneDnn.Primitive gradToUser;
        INDArray gradBuffer;

        Plan(long n, long h, long w) {
            long oh = transposed ? h * stride : (h + stride - 1) / stride;
            long ow = transposed ? w * stride : (w + stride - 1) / stride;
            outShape = new long[] {n, oh, ow, out};
            src = activations(new long[] {n, h, w, in});
            dst = activations(outShape);
            strides = new long[] {stride, stride};
            padBefore = new long[] {padBefore(h, oh), padBefore(w, ow)};
            padAfter = new long[] {padTotal(h, oh) - padBefore[0], padTotal(w, ow) - padBefore[1]};

            dnnl_convolution_desc_t f = new dnnl_convolution_desc_t();
            if (transposed) {
                check(dnnl_deconvolution_forward_desc_init(f, dnnl_forward_training, algorithm, src, anyWeights,
                        biasOrNone, dst, strides, padBefore, padAfter), "describing a transposed convolution");
            } else {
                check(dnnl_convolution_forward_desc_init(f, dnnl_forward_training, algorithm, src, anyWeights,
                        biasOrNone, dst, strides, padBefore, padAfter), "describing a convolution");
            }
            forwardPd = primitiveDesc(f, null);
            forward = new Step(forwardPd, dnnl_primitive_desc_query_md(forwardPd, dnnl_query_weights_md, 0));
        }

        void prepareBackward() {
            if (backwardWeights != null) {
                return;
            }
            dnnl_convolution_desc_t d = new dnnl_convolution_desc_t();
            if (transposed) {
                check(dnnl_deconvolution_backward_data_desc_init(d, algorithm, src, anyWeights, dst, strides,
                        padBefore, padAfter), "describing a transposed convolution's backward pass");
            } else {
                check(dnnl_convolution_backward_data_desc_init(d, algorithm, src, anyWeights, dst, strides,
                        padBefore, padAfter), "describing a convolution's backward pass");
            }
            dnnl_primitive_desc dpd = primitiveDesc(d, forwardPd);
            backwardData = new Step(dpd, dnnl_primitive_desc_query_md(dpd, dnnl_query_weights_md, 0));

            dnnl_convolution_desc_t g = new dnnl_convolution_desc_t();
            if (transposed) {
                check(dnnl_deconvolution_backward_weights_desc_init(g, algorithm, src, anyWeights, biasOrNone, dst,
                        strides, padBefore, padAfter), "describing a transposed convolution's weight gradient");
            } else {
                check(dnnl_convolution_backward_weights_desc_init(g, algorithm, src, anyWeights, biasOrNone, dst,
                        strides, padBefore, padAfter), "describing a convolution's weight gradient");
            }
            dnnl_primitive_desc gpd = primitiveDesc(g, forwardPd);
            backwardWeights = primitive(gpd);
            gradWeights = dnnl_primitive_desc_query_md(gpd, dnnl_query_diff_weights_md, 0);
            boolean gradIsUser = dnnl_memory_desc_equal(gradWeights, userWeights) == 1;
            gradToUser = gradIsUser ? null : reorder(gradWeights, userWeights);
            gradBuffer = gradIsUser ? null : buffer(gradWeights);
        }

        private long padTotal(long size, long outSize) {
            return transposed ? kernel - stride : Math.max((outSize - 1) * stride + kernel - size, 0);
        }

        private long padBefore(long size, long outSize) {
            return padTotal(size, outSize) / 2;
        }

        /** A primitive that reads the weights, with their conversion from the layer's layout when it wants another. */
        final class Step {
            final OneDnn.Primitive primitive;
            final dnnl_memory_desc_t weights;
            final OneDnn.Primitive fromUser;
            final INDArray converted;

            Step(dnnl_primitive_desc pd, dnnl_memory_desc_t weights) {
                primitive = primitive(pd);
                this.weights = weights;
                boolean same = dnnl_memory_desc_equal(weights, userWeights) == 1;
                fromUser = same ? null : reorder(userWeights, weights);
                converted = same ? null : buffer(weights);
            }

            /** The weights as this primitive reads them. */
            INDArray weightsFrom(INDArray w) {
                if (fromUser == null) {
                    return w;
                }
                execute(fromUser, DNNL_ARG_FROM, userWeights, w, DNNL_ARG_TO, weights, converted);
                return converted;
            }
        }
    }

    private Plan plan(INDArray x) {
        long n = x.size(0);
        long h = x.size(1);
        long w = x.size(2);
        return PLANS.computeIfAbsent(List.of(transposed, in, out, kernel, stride, bias, n, h, w), k -> new Plan(n, h, w));
    }

    /** The output for input {@code x} [n, h, w, in], weights {@code w} and bias {@code b} (ignored without bias). */
    public INDArray forward(INDArray x, INDArray w, INDArray b) {
        x = denseOrCopy(x);
        Plan p = plan(x);
        INDArray y = Nd4j.createUninitialized(DataType.FLOAT, p.outShape);
        synchronized (p) { // one call at a time per plan: its converted weights and scratch memory are shared
            runForward(p, x, w, b, y);
        }
        return y;
    }

    private void runForward(Plan p, INDArray x, INDArray w, INDArray b, INDArray y) {
        INDArray weights = p.forward.weightsFrom(w);
        if (bias) {
            execute(p.forward.primitive, DNNL_ARG_SRC, p.src, x, DNNL_ARG_WEIGHTS, p.forward.weights, weights,
                    DNNL_ARG_BIAS, p.biasMd, b, DNNL_ARG_DST, p.dst, y);
        } else {
            execute(p.forward.primitive, DNNL_ARG_SRC, p.src, x, DNNL_ARG_WEIGHTS, p.forward.weights, weights,
                    DNNL_ARG_DST, p.dst, y);
        }
    }

    /**
     * Backward pass for the forward pass on {@code x}: writes the weight gradient into {@code dw} (and the bias
     * gradient into {@code db}, with bias) and returns the input gradient.
     */
    public INDArray backward(INDArray x, INDArray w, INDArray dy, INDArray dw, INDArray db) {
        x = denseOrCopy(x);
        dy = denseOrCopy(dy);
        Plan p = plan(x);
        INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        synchronized (p) {
            p.prepareBackward();
            runBackward(p, x, w, dy, dw, db, dx);
        }
        return dx;
    }

    private void runBackward(Plan p, INDArray x, INDArray w, INDArray dy, INDArray dw, INDArray db, INDArray dx) {
        INDArray weights = p.backwardData.weightsFrom(w);
        execute(p.backwardData.primitive, DNNL_ARG_DIFF_SRC, p.src, dx, DNNL_ARG_WEIGHTS, p.backwardData.weights,
                weights, DNNL_ARG_DIFF_DST, p.dst, dy);
        INDArray grad = p.gradBuffer == null ? dw : p.gradBuffer;
        if (bias) {
            execute(p.backwardWeights, DNNL_ARG_SRC, p.src, x, DNNL_ARG_DIFF_WEIGHTS, p.gradWeights, grad,
                    DNNL_ARG_DIFF_BIAS, p.biasMd, db, DNNL_ARG_DIFF_DST, p.dst, dy);
        } else {
            execute(p.backwardWeights, DNNL_ARG_SRC, p.src, x, DNNL_ARG_DIFF_WEIGHTS, p.gradWeights, grad,
                    DNNL_ARG_DIFF_DST, p.dst, dy);
        }
        if (p.gradToUser != null) {
            execute(p.gradToUser, DNNL_ARG_FROM, p.gradWeights, grad, DNNL_ARG_TO, p.userWeights, dw);
        }
    }
}
