package org.ganlab.model;

import java.util.List;
import org.ganlab.config.WeightInitScheme;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The conditional discriminator's output (Miyato and Koyama 2018, "cGANs with projection discriminator"): the logit
 * of "real" is h w + b + h . v_y, where h is the example's features and v_y a learnt vector for its class y. The
 * class term is a product with the features, so D can judge whether an image looks like the digit it is said to
 * be, not only whether it looks real. [n, in] -> [n, 1].
 */
public final class ProjectionDense extends ConditionedLayer {
    private final int in;
    private final int classes;
    private INDArray w;
    private INDArray b;
    private INDArray v;
    private INDArray dw;
    private INDArray db;
    private INDArray dv;
    /** The classes of the last forward pass. */
    private INDArray oneHot;
    private INDArray h;
    /** Each example's class vector v_y, [n, in]. */
    private INDArray classVectors;

    public ProjectionDense(int in, int classes) {
        this.in = in;
        this.classes = classes;
    }

    @Override
    public List<long[]> parameterShapes() {
        return List.of(new long[] {in, 1}, new long[] {1, 1}, new long[] {classes, in});
    }

    @Override
    public void bind(INDArray[] params, INDArray[] grads) {
        w = params[0];
        b = params[1];
        v = params[2];
        dw = grads[0];
        db = grads[1];
        dv = grads[2];
    }

    @Override
    public void initialise(WeightInitScheme scheme, double std) {
        WeightInits.fill(w, scheme, std, in, 1);
        WeightInits.fill(v, scheme, std, in, 1);
        b.assign(0);
    }

    @Override
    public INDArray forward(INDArray x, Mode mode) {
        oneHot = classesFor(x);
        h = x.reshape(x.size(0), in);
        classVectors = oneHot.mmul(v);
        return h.mmul(w).addi(h.mul(classVectors).sum(true, 1)).addi(b.getDouble(0));
    }

    @Override
    public INDArray backward(INDArray dy) {
        Nd4j.gemm(h, dy, dw, true, false, 1.0, 0.0);
        db.assign(dy.sumNumber());
        // dL/dv_c = sum over the examples of class c of dy_i h_i
        Nd4j.gemm(oneHot, h.mulColumnVector(dy), dv, true, false, 1.0, 0.0);
        return dy.mmul(w.transpose()).addi(classVectors.mulColumnVector(dy));
    }

    @Override
    public INDArray weightGradient() {
        return dw;
    }

    @Override
    public String describe() {
        return "ProjectionDense(" + in + " -> 1, " + classes + " classes)";
    }
}
