package org.ganlab.train;

import java.util.Arrays;
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
     * @param accuracy        share of rows D judges right (for G's losses: the share D calls real)
     * @param meanProbability mean sigmoid(a), D's probability; with the hinge loss only a squashed score, so that
     *                        the charts keep one scale
     * @param meanScore       mean raw output a: a logit, or the hinge loss's score, whose margin the diagnosis reads
     * @param gradient        d(loss over the whole batch)/d(logit) for the slice's rows
     */
    record Bce(double loss, double accuracy, double meanProbability, double meanScore, float[] gradient) { }

    record FeatureMatch(double loss, INDArray gradient) { }

    /** One loss term of a row, written as a function of D's raw output a. */
    private interface Term {
        double loss(double a);

        double gradient(double a);

        /** Whether the row counts for accuracy. */
        boolean counts(double a);
    }

    private Losses() {
    }

    private static double softplus(double a) {
        return Math.max(a, 0) + Math.log1p(Math.exp(-Math.abs(a)));
    }

    private static double sigmoid(double a) {
        return a >= 0 ? 1 / (1 + Math.exp(-a)) : Math.exp(a) / (1 + Math.exp(a));
    }

    /** Sums a term over rows [from, from + n); the gradient is scaled for a mean over {@code batch} rows. */
    private static Bce over(float[] logits, int from, int n, int batch, Term term) {
        double loss = 0, counted = 0, prob = 0, score = 0;
        float[] grad = new float[n];
        for (int i = 0; i < n; i++) {
            double a = logits[from + i];
            loss += term.loss(a);
            prob += sigmoid(a);
            score += a;
            counted += term.counts(a) ? 1 : 0;
            grad[i] = (float) (term.gradient(a) / batch);
        }
        return new Bce(loss / n, counted / n, prob / n, score / n, grad);
    }

    /** The gradient of a batch of real rows followed by fake rows: the two halves' gradients, one after the other. */
    static float[] joined(Bce real, Bce fake) {
        float[] both = Arrays.copyOf(real.gradient(), real.gradient().length + fake.gradient().length);
        System.arraycopy(fake.gradient(), 0, both, real.gradient().length, fake.gradient().length);
        return both;
    }

    /** A gradient with respect to D's outputs as the column D's backward pass takes. */
    static INDArray column(float[] gradient) {
        return Nd4j.createFromArray(gradient).reshape(gradient.length, 1);
    }

    /**
     * Binary cross-entropy of rows [from, from + n) against one target; the gradient is scaled for a mean over
     * {@code batch} rows. Accuracy counts a row as right when D's probability is on the target's side of 0.5.
     */
    static Bce bce(float[] logits, int from, int n, float target, int batch) {
        boolean positive = target > 0.5f;
        return over(logits, from, n, batch, new Term() {
            public double loss(double a) {
                return softplus(a) - a * target;
            }

            public double gradient(double a) {
                return sigmoid(a) - target;
            }

            public boolean counts(double a) {
                return (sigmoid(a) > 0.5) == positive;
            }
        });
    }

    /**
     * The hinge loss of D (Lim & Ye 2017) on rows [from, from + n): mean max(0, 1 - a) for real images, mean
     * max(0, 1 + a) for fakes; gradient scaled for a mean over {@code batch} rows. Accuracy counts the sign of the
     * score.
     */
    static Bce hinge(float[] logits, int from, int n, boolean real, int batch) {
        double sign = real ? 1 : -1;
        return over(logits, from, n, batch, new Term() {
            public double loss(double a) {
                return Math.max(0, 1 - sign * a);
            }

            public double gradient(double a) {
                return 1 - sign * a > 0 ? -sign : 0;
            }

            public boolean counts(double a) {
                return (a > 0) == real;
            }
        });
    }

    /**
     * The Wasserstein critic's loss on rows [from, from + n): -a for real rows, a for fakes (the mean over
     * {@code batch} rows), so D raises the scores of real points and lowers those of fakes. A critic's scores carry an
     * offset nothing fixes (adding a constant changes no loss), so accuracy counts the side of {@code threshold}, the
     * midpoint between the batch's mean real and mean fake score, not the sign.
     */
    static Bce critic(float[] logits, int from, int n, boolean real, int batch, double threshold) {
        double sign = real ? 1 : -1;
        return over(logits, from, n, batch, new Term() {
            public double loss(double a) {
                return -sign * a;
            }

            public double gradient(double a) {
                return -sign;
            }

            public boolean counts(double a) {
                return (a > threshold) == real;
            }
        });
    }

    /** G's hinge loss: minus the mean score D gives its images. "Accuracy" is the share D calls real. */
    static Bce hingeGenerator(float[] logits) {
        return over(logits, 0, logits.length, logits.length, new Term() {
            public double loss(double a) {
                return -a;
            }

            public double gradient(double a) {
                return -1;
            }

            public boolean counts(double a) {
                return a > 0;
            }
        });
    }

    /** The saturating generator loss: mean log(1 - D(G(z))), which G minimises. */
    static Bce saturating(float[] logits) {
        return over(logits, 0, logits.length, logits.length, new Term() {
            public double loss(double a) {
                return -softplus(a);
            }

            public double gradient(double a) {
                return -sigmoid(a);
            }

            public boolean counts(double a) {
                return sigmoid(a) > 0.5;
            }
        });
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
