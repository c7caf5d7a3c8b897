package org.ganlab.mlp;

import java.util.Arrays;
import java.util.List;

/**
 * The unrolled GAN (Metz, Poole, Pfau and Sohl-Dickstein 2017): G's gradient taken through K steps of D's own Adam on
 * one batch, the second-order term included, so that G anticipates how D will answer its move. As in the authors'
 * code: D's K steps start from its weights and Adam's moments and read the same batch each time (its reals, and G's
 * points for its latent points, plus any instance noise); D's loss is the cross-entropy, mean over both halves; G's
 * objective is read off the D after the K steps; and the steps are differentiated whole, Adam's moments included.
 * D is left as it was.
 *
 * <p>Reverse differentiation through the steps: with g_k D's gradient at theta_k, m and v Adam's moments after step
 * k, s = sqrt(v) and a_k Adam's step size, theta_(k+1) = theta_k - a_k m / (s + eps). Going back from the adjoint of
 * theta_K (G's objective's gradient in D's weights), each step adds -a_k / (s + eps) times it to m's adjoint and
 * a_k m / (2 s (s + eps)^2) times it to v's; g_k's adjoint is c1 times m's plus 2 c2 g_k times v's; theta_k's is
 * theta_(k+1)'s plus H_k times g_k's (D's Hessian, {@link ParameterTangent}), and the derivative along g_k's adjoint
 * of D's input gradient at the fake rows carries the second-order term to G's points.
 */
public final class Unrolled {
    /**
     * One batch: D's real rows and G's latent points, as many fake points as there are real ones.
     *
     * @param realRows   D's input rows for the reals (points packed {@code pack} to a row)
     * @param z          G's latent points, one per fake point
     * @param fakeNoise  added to G's points before D reads them (instance noise), or null
     * @param realTarget the cross-entropy's target for a real row (1, or less with label smoothing)
     */
    public record Batch(float[] realRows, float[] z, float[] fakeNoise, int pack, float realTarget) { }

    private Unrolled() {
    }

    /**
     * Writes into {@code g.gradients()} the gradient of G's objective after {@code steps} of D's Adam steps on
     * {@code b}, and returns the objective. {@code minimax}: the objective is minus D's whole loss on the batch (the
     * paper's), else G's non-saturating loss on its points, -log D(G(z)).
     */
    public static double generatorGradient(Mlp g, Mlp d, Batch b, int steps, boolean minimax) {
        int rows = b.realRows().length / (2 * b.pack());
        int points = rows * b.pack();
        float[] fakes = g.forward(b.z(), points, true);
        float[] both = new float[2 * b.realRows().length];
        System.arraycopy(b.realRows(), 0, both, 0, b.realRows().length);
        for (int i = 0; i < fakes.length; i++) {
            both[b.realRows().length + i] = fakes[i] + (b.fakeNoise() == null ? 0f : b.fakeNoise()[i]);
        }
        int n = 2 * rows;
        float[] target = new float[n];
        Arrays.fill(target, 0, rows, b.realTarget());

        List<float[]> saved = d.save();
        int t0 = d.updates();
        int size = d.parameterCount();
        float[][] thetas = new float[steps][];
        float[][] gradients = new float[steps][];
        float[][] moments = new float[steps][];
        for (int k = 0; k < steps; k++) {
            thetas[k] = d.params.clone();
            d.backward(crossEntropy(d.forward(both, n, true), target, null), true, false);
            gradients[k] = d.gradients().clone();
            d.step();
            moments[k] = d.adam.state().clone();
        }
        float[] logits = d.forward(both, n, false);
        double objective = 0;
        float[] dOut = new float[n];
        for (int i = 0; i < n; i++) {
            double p = sigmoid(logits[i]);
            if (minimax) {
                objective -= (softplus(logits[i]) - target[i] * logits[i]) / n;
                dOut[i] = (float) (-(p - target[i]) / n);
            } else if (i >= rows) {
                objective += softplus(-logits[i]) / rows;
                dOut[i] = (float) ((p - 1) / rows);
            }
        }
        float[] input = d.backward(dOut, true, true);
        float[] lambda = d.gradients().clone();
        float[] pointGradient = new float[fakes.length];
        addFakeRows(input, b.realRows().length, pointGradient);

        float[] mu = new float[size];
        float[] nu = new float[size];
        float[] gamma = new float[size];
        float[] hessianTimes = new float[size];
        float[] curvature = new float[n];
        for (int k = steps - 1; k >= 0; k--) {
            int t = t0 + k;
            double a = d.adam.learningRate * Math.sqrt(1 - Math.pow(d.adam.beta2, t + 1))
                    / (1 - Math.pow(d.adam.beta1, t + 1));
            double eps = d.adam.epsilon;
            for (int i = 0; i < size; i++) {
                double m = moments[k][i];
                double v = moments[k][size + i];
                double s = Math.sqrt(v);
                double muI = mu[i] - lambda[i] * a / (s + eps);
                double nuI = nu[i] + (v > 0 ? lambda[i] * a * m / (2 * s * (s + eps) * (s + eps)) : 0);
                gamma[i] = (float) ((1 - d.adam.beta1) * muI + 2 * (1 - d.adam.beta2) * gradients[k][i] * nuI);
                mu[i] = (float) (d.adam.beta1 * muI);
                nu[i] = (float) (d.adam.beta2 * nuI);
            }
            System.arraycopy(thetas[k], 0, d.params, 0, size);
            d.backward(crossEntropy(d.forward(both, n, false), target, curvature), true, false);
            float[] inputTangent = ParameterTangent.along(d, gamma, curvature, hessianTimes);
            for (int i = 0; i < size; i++) {
                lambda[i] += hessianTimes[i];
            }
            addFakeRows(inputTangent, b.realRows().length, pointGradient);
        }
        d.load(saved, t0);
        g.backward(pointGradient, true, false);
        return objective;
    }

    /** D's cross-entropy's gradient in the logits, mean over the rows; its second derivative into {@code curvature}. */
    private static float[] crossEntropy(float[] logits, float[] target, float[] curvature) {
        int n = logits.length;
        float[] gradient = new float[n];
        for (int i = 0; i < n; i++) {
            double p = sigmoid(logits[i]);
            gradient[i] = (float) ((p - target[i]) / n);
            if (curvature != null) {
                curvature[i] = (float) (p * (1 - p) / n);
            }
        }
        return gradient;
    }

    /** Adds the fake rows' part of an input gradient (from {@code from} on) to the points' gradient. */
    private static void addFakeRows(float[] input, int from, float[] points) {
        for (int i = 0; i < points.length; i++) {
            points[i] += input[from + i];
        }
    }

    private static double sigmoid(double a) {
        return 1 / (1 + Math.exp(-a));
    }

    private static double softplus(double a) {
        return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
    }
}
