package org.ganlab.backend;

import static org.bytedeco.dnnl.global.dnnl.*;
import static org.ganlab.backend.OneDnn.check;
import static org.ganlab.backend.OneDnn.execute;
import static org.ganlab.backend.OneDnn.md;
import static org.ganlab.backend.OneDnn.primitive;
import static org.ganlab.backend.OneDnn.primitiveDesc;

import java.util.List;
import java.util.Map;
import org.bytedeco.dnnl.dnnl_eltwise_desc_t;
import org.bytedeco.dnnl.dnnl_memory_desc_t;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Leaky ReLU, {@code y = x} for {@code x > 0} and {@code slope * x} otherwise, through oneDNN: in place in one pass
 * forward, and one pass backward that reads the output ({@code dx = dy} where {@code y > 0}, {@code slope * dy}
 * elsewhere).
 */
public final class OneDnnLeakyRelu {
    private final float slope;
    /** Plans by slope and length, shared by every layer that has them (see OneDnnConvolution). */
    private static final Map<List<Object>, Plan> PLANS = OneDnn.cache();

    public OneDnnLeakyRelu(double slope) {
        if (slope < 0) {
            throw new IllegalArgumentException("the slope must not be negative, got " + slope);
        }
        this.slope = (float) slope;
    }

    private final class Plan {
        final dnnl_memory_desc_t data;
        final OneDnn.Primitive forward;
        final OneDnn.Primitive backward;

        Plan(long length) {
            data = md(dnnl_a, length);
            dnnl_eltwise_desc_t f = new dnnl_eltwise_desc_t();
            check(dnnl_eltwise_forward_desc_init(f, dnnl_forward_training, dnnl_eltwise_relu_use_dst_for_bwd, data,
                    slope, 0f), "describing leaky ReLU");
            var fpd = primitiveDesc(f, null);
            forward = primitive(fpd);
            dnnl_eltwise_desc_t b = new dnnl_eltwise_desc_t();
            check(dnnl_eltwise_backward_desc_init(b, dnnl_eltwise_relu_use_dst_for_bwd, data, data, slope, 0f),
                    "describing leaky ReLU's backward pass");
            backward = primitive(primitiveDesc(b, fpd));
        }
    }

    private Plan plan(long length) {
        return PLANS.computeIfAbsent(List.of(slope, length), k -> new Plan(length));
    }

    /** Applies the function to {@code x} in place when it is dense (otherwise to a copy); returns the result. */
    public INDArray forwardInPlace(INDArray x) {
        INDArray y = OneDnn.denseOrCopy(x);
        Plan p = plan(y.length());
        synchronized (p) { // a plan's scratch memory serves one call at a time
            execute(p.forward, DNNL_ARG_SRC, p.data, y, DNNL_ARG_DST, p.data, y);
        }
        return y;
    }

    /** The input gradient from the output {@code y} of the forward pass and the output gradient {@code dy}. */
    public INDArray backward(INDArray y, INDArray dy) {
        dy = OneDnn.denseOrCopy(dy);
        Plan p = plan(y.length());
        INDArray dx = Nd4j.createUninitialized(DataType.FLOAT, y.shape());
        synchronized (p) {
            execute(p.backward, DNNL_ARG_DST, p.data, y, DNNL_ARG_DIFF_DST, p.data, dy, DNNL_ARG_DIFF_SRC, p.data, dx);
        }
        return dx.reshape(dy.shape());
    }
}
