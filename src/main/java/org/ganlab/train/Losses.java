package org.ganlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The losses of the experiment, computed from D's logits in double precision (the arrays are one value per image,
 * so this costs nothing). Cross-entropy uses the stable form max(a, 0) - a*t + log(1 + exp(-|a|)).
 */
final class Losses {
    /**
     * A loss over a slice of a batch.
     *
     * @param gradient d(loss over the whole batch)/d(logit) for the slice's rows
     */
    record Bce(double loss, double accuracy, double meanProbability, float[] gradient) { }

    record FeatureMatch(double loss, INDArray gradient) { }

    private Losses() {
    }

    private static double softplus(double a) {
        return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
    }

    private static double sigmoid(double a) {
        return a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
    }

    /**
     * Binary cross-entropy of rows [from, from + n) against one target; the gradient is scaled for a mean over
     * {@code batch} rows. Accuracy counts a row as right when D's probability is on the target's side of 0.5.
     */
    static Bce bce(float[] logits, int from, int n, float target, int batch) {
        double loss = 0, correct = 0, prob = 0;
        float[] grad = new float[n];
        boolean positive = target > 0.5f;
        for (int i = 0; i < n; i++) {
            double a = logits[from + i];
            double p = sigmoid(a);
            loss += softplus(a) - a * target;
            prob += p;
            if ((p > 0.5) == positive) {
                correct++;
            }
            grad[i] = (float) ((p - target) / batch);
        }
        return new Bce(loss / n, correct / n, prob / n, grad);
    }

    /**
     * The hinge loss of D (Lim & Ye 2017) on rows [from, from + n): mean max(0, 1 - a) for real images, mean
     * max(0, 1 + a) for fakes; gradient scaled for a mean over {@code batch} rows. Accuracy counts the sign of the
     * score; the mean "probability" reports sigmoid(a), so the charts keep one scale.
     */
    static Bce hinge(float[] logits, int from, int n, boolean real, int batch) {
        double loss = 0, correct = 0, prob = 0;
        float[] grad = new float[n];
        for (int i = 0; i < n; i++) {
            double a = logits[from + i];
            double margin = real ? 1 - a : 1 + a;
            if (margin > 0) {
                loss += margin;
                grad[i] = (float) ((real ? -1.0 : 1.0) / batch);
            }
            prob += sigmoid(a);
            if ((a > 0) == real) {
                correct++;
            }
        }
        return new Bce(loss / n, correct / n, prob / n, grad);
    }

    /** G's hinge loss: minus the mean score D gives its images. "Accuracy" is the share D calls real. */
    static Bce hingeGenerator(float[] logits) {
        int n = logits.length;
        double loss = 0, prob = 0, fooled = 0;
        float[] grad = new float[n];
        for (int i = 0; i < n; i++) {
            loss -= logits[i];
            prob += sigmoid(logits[i]);
            fooled += logits[i] > 0 ? 1 : 0;
            grad[i] = -1f / n;
        }
        return new Bce(loss / n, fooled / n, prob / n, grad);
    }

    /** The saturating generator loss: mean log(1 - D(G(z))), which G minimises. */
    static Bce saturating(float[] logits) {
        int n = logits.length;
        double loss = 0, prob = 0, fooled = 0;
        float[] grad = new float[n];
        for (int i = 0; i < n; i++) {
            double a = logits[i];
            double p = sigmoid(a);
            loss -= softplus(a);
            prob += p;
            if (p > 0.5) {
                fooled++;
            }
            grad[i] = (float) (-p / n);
        }
        return new Bce(loss / n, fooled / n, prob / n, grad);
    }

    /**
     * Feature matching: weight * mean over features of (mean real feature - mean fake feature)^2, and its gradient
     * with respect to each fake image's features.
     */
    static FeatureMatch featureMatching(INDArray real, INDArray fake, double weight) {
        long n = fake.size(0);
        long features = fake.size(1);
        INDArray diff = fake.mean(0).subi(real.mean(0));
        double loss = weight * diff.mul(diff).sumNumber().doubleValue() / features;
        INDArray rowGrad = diff.muli(2 * weight / (features * (double) n)).reshape(1, features);
        INDArray grad = Nd4j.zeros(fake.dataType(), n, features).addiRowVector(rowGrad);
        return new FeatureMatch(loss, grad);
    }
}
