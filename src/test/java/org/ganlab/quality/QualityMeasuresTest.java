package org.ganlab.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import java.util.function.IntUnaryOperator;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The published measures on cases whose answers are known. */
class QualityMeasuresTest {
    private static final double[] UNIFORM = {1, 1, 1, 1, 1, 1, 1, 1, 1, 1};

    private static float[][] oneHot(int n, IntUnaryOperator classOf) {
        float[][] p = new float[n][10];
        for (int i = 0; i < n; i++) {
            p[i][classOf.applyAsInt(i)] = 1f;
        }
        return p;
    }

    @Test
    void allSamplesOneDigitIsOneModeWithKlLnTenAndScoreOne() {
        float[][] p = oneHot(1000, i -> 3);
        int[] h = QualityMeasures.histogram(p);
        assertThat(h[3]).isEqualTo(1000);
        assertThat(QualityMeasures.modes(h)).isEqualTo(1);
        assertThat(QualityMeasures.reverseKl(h, UNIFORM)).isCloseTo(Math.log(10), within(1e-9));
        assertThat(QualityMeasures.inceptionScore(p)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void threeEqualDigitsGiveLnTenThirdsAndEveryDigitGivesTenAndZero() {
        float[][] three = oneHot(900, i -> i % 3);
        int[] h = QualityMeasures.histogram(three);
        assertThat(QualityMeasures.modes(h)).isEqualTo(3);
        assertThat(QualityMeasures.reverseKl(h, UNIFORM)).isCloseTo(Math.log(10.0 / 3), within(1e-9));
        assertThat(QualityMeasures.inceptionScore(three)).isCloseTo(3.0, within(1e-6));

        float[][] all = oneHot(1000, i -> i % 10);
        int[] every = QualityMeasures.histogram(all);
        assertThat(QualityMeasures.modes(every)).isEqualTo(10);
        assertThat(QualityMeasures.reverseKl(every, UNIFORM)).isCloseTo(0, within(1e-9));
        assertThat(QualityMeasures.inceptionScore(all)).isCloseTo(10.0, within(1e-6));
    }

    @Test
    void againstTheEightsAloneKlCountsTheSamplesThatAreNotEights() {
        double[] eights = new double[10];
        eights[8] = 974; // the eights of the MNIST test set
        int[] allEights = new int[10];
        allEights[8] = 1000;
        assertThat(QualityMeasures.reverseKl(allEights, eights)).isCloseTo(0, within(0.01));
        int[] someThrees = allEights.clone();
        someThrees[8] = 900;
        someThrees[3] = 100;
        double kl = QualityMeasures.reverseKl(someThrees, eights);
        assertThat(kl).as("finite, and larger than for eights alone").isFinite().isGreaterThan(0.3);
        someThrees[8] = 500;
        someThrees[3] = 500;
        assertThat(QualityMeasures.reverseKl(someThrees, eights)).isGreaterThan(kl);
    }

    @Test
    void aStrayMisreadIsNotAMode() {
        int[] h = new int[10];
        h[1] = 995;
        h[7] = 5; // 0.5% of the samples: below the 1% share
        assertThat(QualityMeasures.modes(h)).isEqualTo(1);
    }

    private static float[][] gaussian(int n, int d, double shift, long seed) {
        Random r = new Random(seed);
        float[][] x = new float[n][d];
        for (float[] row : x) {
            for (int i = 0; i < d; i++) {
                row[i] = (float) (r.nextGaussian() + shift);
            }
        }
        return x;
    }

    @Test
    void frechetDistanceIsZeroForTheSameSetAndTheSquaredShiftBetweenShiftedGaussians() {
        float[][] a = gaussian(4000, 8, 0, 1);
        assertThat(QualityMeasures.frechetDistance(a, a)).isCloseTo(0, within(1e-6));
        float[][] b = gaussian(4000, 8, 1, 2); // mean shifted by 1 in each of 8 dimensions: ||mu||^2 = 8
        assertThat(QualityMeasures.frechetDistance(a, b)).isCloseTo(8, within(0.3));
        float[][] c = gaussian(4000, 8, 0, 3);
        assertThat(QualityMeasures.frechetDistance(a, c)).as("two samples of one distribution").isLessThan(0.1);
    }

    @Test
    void precisionAndRecallSeeCollapse() {
        float[][] real = gaussian(400, 4, 0, 4);
        var same = QualityMeasures.precisionRecall(real, real, 3);
        assertThat(same.precision()).isEqualTo(1.0);
        assertThat(same.recall()).isEqualTo(1.0);

        // a collapsed generator: every sample near one real image; precise, but it covers almost none of the data
        float[][] collapsed = new float[400][];
        Random r = new Random(5);
        for (int i = 0; i < collapsed.length; i++) {
            collapsed[i] = real[0].clone();
            collapsed[i][0] += (float) (1e-3 * r.nextGaussian());
        }
        var c = QualityMeasures.precisionRecall(real, collapsed, 3);
        assertThat(c.precision()).isGreaterThan(0.95);
        assertThat(c.recall()).isLessThan(0.05);

        float[][] far = gaussian(400, 4, 50, 6);
        var f = QualityMeasures.precisionRecall(real, far, 3);
        assertThat(f.precision()).isZero();
        assertThat(f.recall()).isZero();
        assertThat(Arrays.stream(QualityMeasures.histogram(oneHot(5, i -> 9))).sum()).isEqualTo(5);
    }

    @Test
    void theSplitScoreIsTheMeanAndSpreadOfTheScoresOfItsParts() {
        // four samples, two splits: [certain 0, certain 1] scores 2 (its marginal is even), [certain 0, certain 0]
        // scores 1; the papers' figure is their mean 1.5 with a standard deviation of 0.5
        float[][] p = {{1, 0}, {0, 1}, {1, 0}, {1, 0}};
        var split = QualityMeasures.inceptionScore(p, 2);
        Assertions.assertThat(split.mean()).isCloseTo(1.5, Offset.offset(1e-9));
        Assertions.assertThat(split.sd()).isCloseTo(0.5, Offset.offset(1e-9));
        // one pass over all four: the marginal is (3/4, 1/4); exp(3/4 ln(4/3) + 1/4 ln 4)
        double onePass = Math.exp(0.75 * Math.log(4 / 3.0) + 0.25 * Math.log(4));
        Assertions.assertThat(QualityMeasures.inceptionScore(p))
                .isCloseTo(onePass, Offset.offset(1e-6));
        // uneven parts as numpy's array_split makes them: 5 samples in 2 splits are 3 and 2
        float[][] five = {{1, 0}, {0, 1}, {1, 0}, {0, 1}, {0, 1}};
        double first = QualityMeasures.inceptionScore(Arrays.copyOfRange(five, 0, 3));
        double second = QualityMeasures.inceptionScore(Arrays.copyOfRange(five, 3, 5));
        Assertions.assertThat(QualityMeasures.inceptionScore(five, 2).mean())
                .isCloseTo((first + second) / 2, Offset.offset(1e-9));
    }

    @Test
    void aReferenceComputedOnceGivesTheSameFrechetDistance() {
        Random r = new Random(3);
        float[][] a = new float[300][6];
        float[][] b = new float[200][6];
        for (float[] row : a) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (float) r.nextGaussian();
            }
        }
        for (float[] row : b) {
            for (int i = 0; i < row.length; i++) {
                row[i] = (float) (1.5 * r.nextGaussian() + 0.3);
            }
        }
        var reference = new QualityMeasures.FrechetReference(a);
        Assertions.assertThat(reference.distanceTo(b))
                .isCloseTo(QualityMeasures.frechetDistance(a, b), Offset.offset(1e-9))
                .isPositive();
        Assertions.assertThat(reference.distanceTo(a)).isCloseTo(0, Offset.offset(1e-6));
    }

    @Test
    void theKthNearestNeighbourIsTheKthSmallestDistanceToAnotherPoint() {
        Random r = new Random(9);
        float[][] points = new float[60][5];
        for (float[] p : points) {
            for (int i = 0; i < p.length; i++) {
                p[i] = (float) r.nextGaussian();
            }
        }
        for (int k : new int[] {1, 3, 59, 60}) {
            double[] radius = QualityMeasures.kthNearest(points, k);
            for (int i = 0; i < points.length; i++) {
                double[] d = new double[points.length];
                for (int j = 0; j < points.length; j++) {
                    double s2 = 0;
                    for (int c = 0; c < 5; c++) {
                        double t = points[i][c] - points[j][c];
                        s2 += t * t;
                    }
                    d[j] = i == j ? Double.POSITIVE_INFINITY : s2;
                }
                Arrays.sort(d);
                Assertions.assertThat(radius[i]).as("k %d, point %d", k, i).isEqualTo(d[k - 1]);
            }
        }
    }
}
