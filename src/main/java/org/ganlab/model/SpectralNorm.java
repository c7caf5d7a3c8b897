package org.ganlab.model;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Spectral normalisation of one weight array (Miyato et al. 2018): the layer computes with W / sigma(W), where sigma is
 * W's largest singular value, estimated by power iteration with a vector u that persists from step to step (one
 * iteration per training forward pass, as in the paper). The weights are read as a matrix of [fan-in, outputs]
 * (a convolution's [k, k, in, out] flattened to [k * k * in, out]); sigma = |W u| with |u| = 1, so d sigma / dW = v u^T
 * with v = W u / |W u|, and the gradient with respect to W follows from the one with respect to W / sigma.
 */
final class SpectralNorm {
    private static final double EPSILON = 1e-12;
    private final long rows;
    private final long cols;
    /** The right singular vector's estimate, [cols, 1]: state of the model, saved with it. */
    private final INDArray u;
    /** The normalised weights, rewritten by every forward pass (one array, so its address does not change). */
    private final INDArray normalised;
    /** W u / |W u| of the last forward pass, [rows, 1]. */
    private final INDArray v;
    private double sigma;

    SpectralNorm(long[] weightShape) {
        long cols = weightShape[weightShape.length - 1];
        long all = 1;
        for (long d : weightShape) {
            all *= d;
        }
        this.rows = all / cols;
        this.cols = cols;
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            this.u = Nd4j.valueArrayOf(new long[] {cols, 1}, 1.0 / Math.sqrt(cols), DataType.FLOAT);
            this.normalised = Nd4j.zeros(DataType.FLOAT, weightShape);
            this.v = Nd4j.zeros(DataType.FLOAT, rows, 1);
        }
    }

    /**
     * W / sigma(W) for this forward pass; in training ({@link Mode#TRAIN}) u first takes one power-iteration step.
     */
    INDArray normalise(INDArray w, Mode mode) {
        INDArray matrix = w.reshape(rows, cols);
        if (mode == Mode.TRAIN) {
            INDArray wu = matrix.mmul(u);
            INDArray next = matrix.transpose().mmul(wu.divi(wu.norm2Number().doubleValue() + EPSILON));
            u.assign(next.divi(next.norm2Number().doubleValue() + EPSILON));
        }
        INDArray wu = matrix.mmul(u);
        sigma = wu.norm2Number().doubleValue() + EPSILON;
        v.assign(wu.divi(sigma));
        normalised.assign(w).divi(sigma);
        return normalised;
    }

    /**
     * Turns the gradient with respect to the normalised weights, in {@code dw}, into the one with respect to W:
     * (G - sum(G * W / sigma) v u^T) / sigma.
     */
    void backward(INDArray dw) {
        double along = dw.mul(normalised).sumNumber().doubleValue();
        dw.subi(v.mmul(u.transpose()).muli(along).reshape(dw.shape())).divi(sigma);
    }

    /** The weights of the last forward pass, W / sigma. */
    INDArray normalised() {
        return normalised;
    }

    /** The estimate of the largest singular value of the last forward pass. */
    double sigma() {
        return sigma;
    }

    INDArray u() {
        return u;
    }
}
