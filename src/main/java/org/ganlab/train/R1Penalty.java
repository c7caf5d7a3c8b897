package org.ganlab.train;

import org.ganlab.model.Mode;
import org.ganlab.model.Network;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The R1 gradient penalty of Mescheder et al. 2018 on real images: gamma / 2 times the mean over D's outputs of the
 * squared norm of D's gradient with respect to its input. Its gradient with respect to D's parameters needs the
 * derivative of a gradient; here it is a Hessian-vector product taken by central differences of D's parameter
 * gradient along c, the input gradient itself: d/dtheta sum |c|^2 / 2 = (grad_theta D(x + e c) - grad_theta D(x - e c))
 * / (2 e) as e goes to 0. The two passes run in {@link Mode#TANGENT}: LeakyReLU keeps its slopes at x, as automatic
 * differentiation does (it sees no kinks), so for a D without batch norm the difference is exact; batch statistics
 * make it a close approximation. D changes no running average or power-iteration vector. The image GAN's D and the
 * plane playground's MLP both take it.
 */
final class R1Penalty {
    /** The root-mean-square change of a pixel in the two difference passes. */
    static final double STEP = 1e-2;

    /**
     * @param penalty  gamma / 2 * mean |grad_x D(x)|^2
     * @param gradient its gradient with respect to D's parameters, laid out as {@link Network#gradients()}
     */
    record Result(double penalty, INDArray gradient) { }

    private R1Penalty() {
    }

    /**
     * c = grad_x of the sum of D's outputs, for the batch of D's last forward pass (which must have been the real
     * images); the R1 step reuses that pass instead of running D forward again.
     */
    static INDArray inputGradient(Network d, long outputs) {
        return d.backward(Nd4j.ones(DataType.FLOAT, outputs, 1)).dup();
    }

    /** The penalty on {@code real} (as D sees it; a conditional D must be conditioned on its classes already). */
    static Result of(Network d, INDArray real, double gamma) {
        long outputs = d.forward(real, Mode.TRAIN_FROZEN).size(0);
        return of(d, real, inputGradient(d, outputs), gamma);
    }

    /** The penalty on {@code real} with its input gradient {@code c} already taken ({@link #inputGradient}). */
    static Result of(Network d, INDArray real, INDArray c, double gamma) {
        long outputs = c.size(0);
        double penalty = gamma / 2 * c.mul(c).sumNumber().doubleValue() / outputs;
        return new Result(penalty, alongInputs(d, real, c, gamma / outputs));
    }

    /**
     * {@code scale} times d/dtheta of sum_i w_i . grad_x D(x_i), w held fixed: the central difference of D's parameter
     * gradient between x + e w and x - e w, each row of {@code w} its point's direction (zeros when w is zero). R1
     * takes it along the input gradient itself, WGAN-GP's penalty along its own weighting of it.
     */
    static INDArray alongInputs(Network d, INDArray x, INDArray w, double scale) {
        double rms = Math.sqrt(w.mul(w).sumNumber().doubleValue() / w.length());
        if (!(rms > 0)) {
            return Nd4j.zeros(DataType.FLOAT, d.gradients().shape());
        }
        double e = STEP / rms;
        INDArray ones = Nd4j.ones(DataType.FLOAT, x.size(0), 1);
        d.forward(x.add(w.mul(e)), Mode.TANGENT);
        d.backward(ones);
        INDArray plus = d.gradients().dup();
        d.forward(x.sub(w.mul(e)), Mode.TANGENT);
        d.backward(ones);
        return plus.subi(d.gradients()).muli(scale / (2 * e));
    }
}
