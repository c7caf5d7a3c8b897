package org.ganlab.quality;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The k-nearest-neighbour balls of precision and recall (Kynkaanniemi et al. 2019) in the classifier's features,
 * fast and exact.
 *
 * <p>The figures are those of the plain definition: the squared distance of two feature vectors summed term by term
 * ({@link #distance2}), the k-th smallest of a point's distances to the others, a point inside a ball when its
 * distance is at most the radius. Computed that way for every pair, 1,000 samples against 1,000 references took about
 * 140 ms after every epoch. Here every pair's distance is first estimated as |a|^2 + |b|^2 - 2 a.b from products in
 * double precision (about 24 ms for all of precision and recall), within {@link #TOLERANCE} (|a|^2 + |b|^2) of the
 * plain sum: that bound covers the plain sum's own rounding, whose differences are taken in single precision. Each
 * decision the estimate leaves open by less than that, a neighbour that might be the k-th or a distance that might
 * equal a radius, is settled by the plain sum, so the results are the plain definition's to the last bit.
 */
final class NearestNeighbours {
    /**
     * How far the estimate may be from the plain sum, relative to |a|^2 + |b|^2. The plain sum rounds each
     * difference to single precision (2^-24 relative, so its total is within about 1.2e-7 (|a|^2 + |b|^2)); the
     * matrix product in double precision adds about 1e-14; this is several times both.
     */
    static final double TOLERANCE = 1e-6;

    private NearestNeighbours() {
    }

    /** The squared distance, summed term by term (the definition the estimates are held to). */
    static double distance2(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            double t = a[i] - b[i];
            s += t * t;
        }
        return s;
    }

    /** The squared distance from each point to its k-th nearest other point; infinite with fewer than k others. */
    static double[] kthNearest(float[][] points, int k) {
        return kthNearest(points, k, new Estimates(points));
    }

    /** The same, with the estimates from any point to {@code points} made before. */
    private static double[] kthNearest(float[][] points, int k, Estimates others) {
        int n = points.length;
        if (k < 1) {
            throw new IllegalArgumentException("k: at least 1, not " + k);
        }
        double[] radius = new double[n];
        if (n - 1 < k) {
            Arrays.fill(radius, Double.POSITIVE_INFINITY);
            return radius;
        }
        IntStream.range(0, n).parallel().forEach(i -> {
            Estimates.Row d = others.from(points[i]);
            // the k-th smallest upper bound is at least the k-th smallest distance: only points whose lower bound
            // is under it can be among the k nearest
            double[] smallest = new double[k];
            Arrays.fill(smallest, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    offer(smallest, d.upper(j));
                }
            }
            double bound = smallest[k - 1];
            Arrays.fill(smallest, Double.POSITIVE_INFINITY);
            for (int j = 0; j < n; j++) {
                if (j != i && d.lower(j) <= bound) {
                    offer(smallest, distance2(points[i], points[j]));
                }
            }
            radius[i] = smallest[k - 1];
        });
        return radius;
    }

    /**
     * Precision and recall: the share of {@code generated} inside the balls of {@code real} (radii {@code realRadius},
     * squared) and the share of {@code real} inside the balls of {@code generated} (k-th nearest among themselves).
     */
    static QualityMeasures.PrecisionRecall precisionRecall(float[][] real, double[] realRadius, float[][] generated,
                                                           int k) {
        Estimates toGenerated = new Estimates(generated);
        return new QualityMeasures.PrecisionRecall(coveredShare(generated, new Estimates(real), realRadius),
                coveredShare(real, toGenerated, kthNearest(generated, k, toGenerated)));
    }

    /**
     * The share of {@code points} within the ball (squared radius {@code radius[j]}) of some member j of the centres
     * that {@code toCentres} estimates distances to.
     */
    private static double coveredShare(float[][] points, Estimates toCentres, double[] radius) {
        float[][] centres = toCentres.set;
        long inside = IntStream.range(0, points.length).parallel().filter(i -> {
            Estimates.Row d = toCentres.from(points[i]);
            for (int j = 0; j < centres.length; j++) {
                if (d.upper(j) <= radius[j]
                        || d.lower(j) <= radius[j] && distance2(points[i], centres[j]) <= radius[j]) {
                    return true;
                }
            }
            return false;
        }).count();
        return (double) inside / points.length;
    }

    /** Puts {@code d} into the ascending {@code smallest} if it is smaller than its largest. */
    private static void offer(double[] smallest, double d) {
        int last = smallest.length - 1;
        if (d >= smallest[last]) {
            return;
        }
        int at = last;
        while (at > 0 && smallest[at - 1] > d) {
            smallest[at] = smallest[at - 1];
            at--;
        }
        smallest[at] = d;
    }

    /**
     * Estimated squared distances from a point to every one of a set of points, with the bounds that hold them. The
     * products run in double precision along the set's transposed rows, which the JIT compiles to vector
     * instructions, one point per task and no matrix of every pair: ND4J's product of the same matrices took ten
     * times as long here, most of it in fresh memory for the result.
     */
    private static final class Estimates {
        private final float[][] set;
        private final double[][] transposed;
        private final double[] norms;

        Estimates(float[][] set) {
            this.set = set;
            int m = set.length;
            int d = m == 0 ? 0 : set[0].length;
            transposed = new double[d][m];
            norms = squaredNorms(set);
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < d; k++) {
                    transposed[k][j] = set[j][k];
                }
            }
        }

        /** The estimates from {@code a} to every point of the set. */
        Row from(float[] a) {
            double[] product = new double[norms.length];
            for (int k = 0; k < transposed.length; k++) {
                double x = a[k];
                if (x == 0) {
                    continue; // the features are ReLU outputs: many are 0
                }
                double[] row = transposed[k];
                for (int j = 0; j < product.length; j++) {
                    product[j] += x * row[j];
                }
            }
            return new Row(squaredNorm(a), product);
        }

        /** One point's estimates: {@code value(j)} within {@code slack(j)} of the plain sum. */
        final class Row {
            private final double norm;
            private final double[] product;

            private Row(double norm, double[] product) {
                this.norm = norm;
                this.product = product;
            }

            double upper(int j) {
                return value(j) + slack(j);
            }

            double lower(int j) {
                return value(j) - slack(j);
            }

            private double value(int j) {
                return norm + norms[j] - 2 * product[j];
            }

            private double slack(int j) {
                return TOLERANCE * (norm + norms[j]) + Double.MIN_NORMAL;
            }
        }

        private static double[] squaredNorms(float[][] rows) {
            double[] out = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                out[i] = squaredNorm(rows[i]);
            }
            return out;
        }

        private static double squaredNorm(float[] v) {
            double s = 0;
            for (float x : v) {
                s += (double) x * x;
            }
            return s;
        }
    }
}
