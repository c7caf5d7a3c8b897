package org.ganlab.quality;

import java.util.Arrays;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * The published measures of a generator's samples on digits, computed from a digit classifier's outputs (see
 * ../shared/docs/quality-measures.md): the class histogram, modes covered, reverse KL against the data's class
 * distribution, the Inception-style score, the Frechet distance in the classifier's features, and precision and
 * recall by k-nearest-neighbour balls in the same features. Pure functions of arrays.
 */
public final class QualityMeasures {
    /** A class counts as covered when it gets at least this share of the samples (guards against stray misreads). */
    public static final double MODE_SHARE = 0.01;
    private static final double EPS = 1e-12;

    private QualityMeasures() {
    }

    /** How many samples the classifier gives each of the ten digits (its most probable class). */
    public static int[] histogram(float[][] probabilities) {
        int[] counts = new int[10];
        for (float[] p : probabilities) {
            counts[DigitClassifier.argmax(p)]++;
        }
        return counts;
    }

    /** Classes that get at least {@link #MODE_SHARE} of the samples. */
    public static int modes(int[] histogram) {
        int total = Arrays.stream(histogram).sum();
        int modes = 0;
        for (int c : histogram) {
            if (total > 0 && c >= MODE_SHARE * total && c > 0) {
                modes++;
            }
        }
        return modes;
    }

    /**
     * KL(p_gen || p_data) of the class histogram against the data's class counts. The data's counts get half a sample
     * per class (Jeffreys' prior), so a digit the reference lacks (every digit but 8 for the eights of the reference
     * experiment) gives a large but finite term instead of infinity; with thousands of reference images the shift is
     * below 0.001 otherwise.
     */
    public static double reverseKl(int[] histogram, double[] dataCounts) {
        double total = Arrays.stream(histogram).sum();
        double dataTotal = Arrays.stream(dataCounts).sum() + 0.5 * dataCounts.length;
        double kl = 0;
        for (int k = 0; k < histogram.length; k++) {
            double p = histogram[k] / total;
            if (p > 0) {
                kl += p * Math.log(p / ((dataCounts[k] + 0.5) / dataTotal));
            }
        }
        return kl;
    }

    /** The Inception-style score as the papers report it: the mean and standard deviation over splits. */
    public record SplitScore(double mean, double sd, int splits) { }

    /** How many splits the papers average the score over (Salimans et al. 2016, and the code every paper since uses). */
    public static final int SCORE_SPLITS = 10;

    /**
     * The score of each of {@code splits} consecutive parts of the samples (sizes differing by at most one, as
     * numpy's array_split makes them), as their mean and their standard deviation (numpy's default, over the splits
     * themselves): the figure the papers give as "mean +- sd". It is lower than the one-pass score of all samples,
     * since each part's marginal is estimated from fewer samples.
     */
    public static SplitScore inceptionScore(float[][] probabilities, int splits) {
        if (splits < 1 || splits > probabilities.length) {
            throw new IllegalArgumentException("splits: 1 to " + probabilities.length + ", not " + splits);
        }
        double[] scores = new double[splits];
        int base = probabilities.length / splits;
        int extra = probabilities.length % splits;
        for (int s = 0, from = 0; s < splits; s++) {
            int size = base + (s < extra ? 1 : 0);
            scores[s] = inceptionScore(Arrays.copyOfRange(probabilities, from, from + size));
            from += size;
        }
        double mean = Arrays.stream(scores).average().orElse(Double.NaN);
        double var = Arrays.stream(scores).map(x -> (x - mean) * (x - mean)).sum() / splits;
        return new SplitScore(mean, Math.sqrt(var), splits);
    }

    /** exp(E_x KL(p(y|x) || p(y))) over all samples at once (one pass): between 1 and the number of classes. */
    public static double inceptionScore(float[][] probabilities) {
        int classes = probabilities[0].length;
        double[] marginal = new double[classes];
        for (float[] p : probabilities) {
            for (int k = 0; k < classes; k++) {
                marginal[k] += p[k] / (double) probabilities.length;
            }
        }
        double mean = 0;
        for (float[] p : probabilities) {
            double kl = 0;
            for (int k = 0; k < classes; k++) {
                if (p[k] > 0) {
                    kl += p[k] * Math.log(p[k] / Math.max(marginal[k], EPS));
                }
            }
            mean += kl / probabilities.length;
        }
        return Math.exp(mean);
    }

    /**
     * ||mu_a - mu_b||^2 + Tr(S_a + S_b - 2 (S_a S_b)^(1/2)), with the trace of the square root taken as the sum of
     * the square roots of the eigenvalues of S_a^(1/2) S_b S_a^(1/2) (symmetric, so its eigendecomposition is stable).
     */
    public static double frechetDistance(float[][] a, float[][] b) {
        return new FrechetReference(a).distanceTo(b);
    }

    /**
     * One side of the Frechet distance computed once: the reference's mean, covariance, its square root and trace, so
     * that scoring every epoch against the same real images costs one covariance and one eigendecomposition, not
     * three of each.
     */
    public static final class FrechetReference {
        private final double[] mu;
        private final double trace;
        private final RealMatrix root;

        public FrechetReference(float[][] real) {
            mu = mean(real);
            RealMatrix s = covariance(real, mu);
            trace = s.getTrace();
            root = sqrt(s);
        }

        /** The Frechet distance between the reference and {@code b}. */
        public double distanceTo(float[][] b) {
            double[] muB = mean(b);
            RealMatrix sB = covariance(b, muB);
            RealMatrix inner = root.multiply(sB).multiply(root);
            inner = inner.add(inner.transpose()).scalarMultiply(0.5);
            double traceRoot = 0;
            for (double e : new EigenDecomposition(inner).getRealEigenvalues()) {
                traceRoot += Math.sqrt(Math.max(e, 0));
            }
            double d = 0;
            for (int i = 0; i < mu.length; i++) {
                d += (mu[i] - muB[i]) * (mu[i] - muB[i]);
            }
            return Math.max(0, d + trace + sB.getTrace() - 2 * traceRoot);
        }
    }

    /** Precision and recall (Kynkaanniemi et al. 2019): the share of each set inside the other's k-NN balls. */
    public record PrecisionRecall(double precision, double recall) { }

    public static PrecisionRecall precisionRecall(float[][] real, float[][] generated, int k) {
        return precisionRecall(real, kthNearest(real, k), generated, k);
    }

    /**
     * The same with the real points' radii computed before ({@link #kthNearest}), as a run does once for the epochs
     * it scores against one reference.
     */
    public static PrecisionRecall precisionRecall(float[][] real, double[] realRadius, float[][] generated, int k) {
        return NearestNeighbours.precisionRecall(real, realRadius, generated, k);
    }

    /**
     * The squared distance from each point to its k-th nearest other point of the same set (infinite with fewer than
     * k others); see {@link NearestNeighbours} for how it is found fast and exactly.
     */
    public static double[] kthNearest(float[][] points, int k) {
        return NearestNeighbours.kthNearest(points, k);
    }

    private static double[] mean(float[][] x) {
        double[] mu = new double[x[0].length];
        for (float[] row : x) {
            for (int i = 0; i < mu.length; i++) {
                mu[i] += row[i] / (double) x.length;
            }
        }
        return mu;
    }

    private static RealMatrix covariance(float[][] x, double[] mu) {
        int d = mu.length;
        double[][] c = new double[d][d];
        for (float[] row : x) {
            for (int i = 0; i < d; i++) {
                double a = row[i] - mu[i];
                for (int j = i; j < d; j++) {
                    c[i][j] += a * (row[j] - mu[j]);
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                c[i][j] /= Math.max(1, x.length - 1);
                c[j][i] = c[i][j];
            }
        }
        return new Array2DRowRealMatrix(c, false);
    }

    /** The square root of a symmetric positive semi-definite matrix. */
    private static RealMatrix sqrt(RealMatrix s) {
        EigenDecomposition e = new EigenDecomposition(s);
        RealMatrix v = e.getV();
        double[] values = e.getRealEigenvalues();
        RealMatrix root = new Array2DRowRealMatrix(values.length, values.length);
        for (int i = 0; i < values.length; i++) {
            root.setEntry(i, i, Math.sqrt(Math.max(values[i], 0)));
        }
        return v.multiply(root).multiply(e.getVT());
    }
}
