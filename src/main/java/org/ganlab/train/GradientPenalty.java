package org.ganlab.train;

import org.ganlab.config.PlaneSettings;
import org.ganlab.model.Mode;
import org.ganlab.model.Network;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The gradient penalty of WGAN-GP (Gulrajani et al. 2017): lambda times the mean over points x^ = t x + (1 - t) x~,
 * with t uniform on [0, 1] per pair of a real point x and a fake x~, of (|grad_x D(x^)| - 1)^2. Its gradient with
 * respect to D's parameters is a Hessian-vector product, taken as {@link R1Penalty} takes its own: with c_i D's input
 * gradient at x^_i, d/dtheta of the penalty is d/dtheta sum_i w_i . c_i with w_i = 2 lambda / n (1 - 1 / |c_i|) c_i
 * held fixed, the central difference of D's parameter gradient along w.
 */
final class GradientPenalty {
    /** The weight lambda of the penalty in the paper's experiments on 2-D data. */
    static final double LAMBDA = 0.1;

    private GradientPenalty() {
    }

    /**
     * Adds the penalties the settings ask for (R1 on the real rows, WGAN-GP's at the interpolates, its mixing weights
     * drawn from {@code draws}) to the gradient of D's loss already in D's gradients, each from passes of its own.
     */
    static void addTo(Network d, PlaneSettings s, INDArray real, INDArray fake, Lcg48 draws) {
        boolean gp = PlaneLosses.WGAN_GP.equals(s.loss());
        if (s.r1Gamma() == 0 && !gp) {
            return;
        }
        INDArray lossGradient = d.gradients().dup();
        if (s.r1Gamma() > 0) {
            lossGradient.addi(R1Penalty.of(d, real, s.r1Gamma()).gradient());
        }
        if (gp) {
            lossGradient.addi(of(d, real, fake, LAMBDA, draws).gradient());
        }
        d.gradients().assign(lossGradient);
    }

    /**
     * The penalty at the interpolates of {@code real} and {@code fake} (rows as D reads them, the same count), the
     * mixing weights drawn from {@code draws}.
     */
    static R1Penalty.Result of(Network d, INDArray real, INDArray fake, double lambda, Lcg48 draws) {
        long n = real.size(0);
        INDArray t = Nd4j.create(DataType.FLOAT, n, 1);
        for (long i = 0; i < n; i++) {
            t.putScalar(i, 0, draws.nextDouble());
        }
        INDArray mixed = real.mulColumnVector(t).addi(fake.mulColumnVector(t.rsub(1)));
        d.forward(mixed, Mode.TRAIN_FROZEN);
        INDArray c = R1Penalty.inputGradient(d, n);
        INDArray norms = c.norm2(1).reshape(n, 1);
        double penalty = lambda * norms.sub(1).muli(norms.sub(1)).sumNumber().doubleValue() / n;
        // w_i = 2 lambda / n (1 - 1 / |c_i|) c_i; a zero gradient has no direction and adds nothing
        INDArray scale = Nd4j.create(DataType.FLOAT, n, 1);
        for (long i = 0; i < n; i++) {
            double norm = norms.getDouble(i, 0);
            scale.putScalar(i, 0, norm > 0 ? 2 * lambda / n * (1 - 1 / norm) : 0);
        }
        return new R1Penalty.Result(penalty, R1Penalty.alongInputs(d, mixed, c.mulColumnVector(scale), 1));
    }
}
