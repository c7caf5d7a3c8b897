package org.ganlab.backend;

import static org.bytedeco.dnnl.global.dnnl.*;
import static org.ganlab.backend.OneDnn.activations;
import static org.ganlab.backend.OneDnn.check;
import static org.ganlab.backend.OneDnn.execute;
import static org.ganlab.backend.OneDnn.md;
import static org.ganlab.backend.OneDnn.primitive;
import static org.ganlab.backend.OneDnn.primitiveDesc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.dnnl.dnnl_primitive_desc;
import org.bytedeco.dnnl.dnnl_batch_normalization_desc_t;
import org.bytedeco.dnnl.dnnl_memory_desc_t;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Batch normalisation over the channel axis of NHWC images or [rows, channels] matrices, through oneDNN: one pass
 * for the statistics and one for the output, and one fused backward pass. The scale and shift are read as one
 * [2, channels] block (gamma, then beta), and their gradients written the same way.
 */
public final class OneDnnBatchNorm {
    private final int channels;
    private final float epsilon;
    /** Plans by channels, epsilon and input shape, shared by every layer that has them (see OneDnnConvolution). */
    private static final Map<List<Object>, Plan> PLANS = OneDnn.cache();

    public OneDnnBatchNorm(int channels, double epsilon) {
        this.channels = channels;
        this.epsilon = (float) epsilon;
    }

    private final class Plan {
        final dnnl_memory_desc_t data;
        final dnnl_memory_desc_t stats = md(dnnl_a, channels);
        final dnnl_memory_desc_t scaleShift = md(dnnl_nc, 2, channels);
        final OneDnn.Primitive training;
        final OneDnn.Primitive inference;
        private final dnnl_primitive_desc trainingPd;
        /** Made on the first backward pass. */
        private OneDnn.Primitive backward;

        Plan(long[] shape) {
            data = activations(shape);
            dnnl_batch_normalization_desc_t t = new dnnl_batch_normalization_desc_t();
            check(dnnl_batch_normalization_forward_desc_init(t, dnnl_forward_training, data, epsilon,
                    dnnl_use_scaleshift), "describing batch normalisation");
            trainingPd = primitiveDesc(t, null);
            training = primitive(trainingPd);
            dnnl_batch_normalization_desc_t i = new dnnl_batch_normalization_desc_t();
            check(dnnl_batch_normalization_forward_desc_init(i, dnnl_forward_inference, data, epsilon,
                    dnnl_use_scaleshift | dnnl_use_global_stats), "describing batch normalisation for inference");
            inference = primitive(primitiveDesc(i, null));
        }

        OneDnn.Primitive backward() {
            if (backward == null) {
                dnnl_batch_normalization_desc_t b = new dnnl_batch_normalization_desc_t();
                check(dnnl_batch_normalization_backward_desc_init(b, dnnl_backward, data, data, epsilon,
                        dnnl_use_scaleshift), "describing batch normalisation's backward pass");
                backward = primitive(primitiveDesc(b, trainingPd));
            }
            return backward;
        }
    }

    private Plan plan(INDArray x) {
        List<Object> key = new ArrayList<>(List.of(channels, epsilon));
        for (long s : x.shape()) {
            key.add(s);
        }
        return PLANS.computeIfAbsent(key, k -> new Plan(x.shape()));
    }

    /**
     * Normalises with the batch's own statistics, which it writes into {@code mean} and {@code variance} ([channels],
     * the variance divided by the count, not count - 1).
     */
    public INDArray train(INDArray x, INDArray scaleShift, INDArray mean, INDArray variance) {
        x = OneDnn.denseOrCopy(x);
        Plan p = plan(x);
        INDArray y = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        synchronized (p) { // a plan's scratch memory serves one call at a time
            execute(p.training, DNNL_ARG_SRC, p.data, x, DNNL_ARG_SCALE_SHIFT, p.scaleShift, scaleShift,
                DNNL_ARG_MEAN, p.stats, mean, DNNL_ARG_VARIANCE, p.stats, variance, DNNL_ARG_DST, p.data, y);
        }
        return y;
    }

    /** Normalises with given statistics (the running averages). */
    public INDArray infer(INDArray x, INDArray scaleShift, INDArray mean, INDArray variance) {
        x = OneDnn.denseOrCopy(x);
        Plan p = plan(x);
        INDArray y = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        synchronized (p) {
            execute(p.inference, DNNL_ARG_SRC, p.data, x, DNNL_ARG_SCALE_SHIFT, p.scaleShift, scaleShift,
                    DNNL_ARG_MEAN, p.stats, mean, DNNL_ARG_VARIANCE, p.stats, variance, DNNL_ARG_DST, p.data, y);
        }
        return y;
    }

    /** The input gradient of a {@link #train} pass; the scale and shift gradients go into {@code gradScaleShift}. */
    public INDArray backward(INDArray x, INDArray dy, INDArray scaleShift, INDArray mean, INDArray variance,
                             INDArray gradScaleShift) {
        x = OneDnn.denseOrCopy(x);
        dy = OneDnn.denseOrCopy(dy);
        Plan p = plan(x);
        INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, x.shape());
        synchronized (p) {
            execute(p.backward(), DNNL_ARG_SRC, p.data, x, DNNL_ARG_DIFF_DST, p.data, dy,
                    DNNL_ARG_SCALE_SHIFT, p.scaleShift, scaleShift, DNNL_ARG_MEAN, p.stats, mean,
                    DNNL_ARG_VARIANCE, p.stats, variance, DNNL_ARG_DIFF_SRC, p.data, dx,
                    DNNL_ARG_DIFF_SCALE_SHIFT, p.scaleShift, gradScaleShift);
        }
        return dx;
    }
}
