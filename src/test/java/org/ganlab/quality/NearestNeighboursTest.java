package org.ganlab.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast neighbour search gives the figures of the plain definition to the last bit, also where a decision is a
 * tie: copies of one image (distance 0, a k-th nearest of 0) and samples that are copies of real images.
 */
class NearestNeighboursTest {
    /** Non-negative features as the classifier's ReLU layer gives them: about half are 0. */
    private static float[][] features(int n, int d, long seed, double shift) {
        Random r = new Random(seed);
        float[][] x = new float[n][d];
        for (float[] row : x) {
            for (int i = 0; i < d; i++) {
                row[i] = (float) Math.max(0, 3 * r.nextGaussian() + shift);
            }
        }
        return x;
    }

    /** The k-th smallest plain distance to another point, by sorting every distance. */
    private static double[] plainKth(float[][] points, int k) {
        double[] radius = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double[] d = new double[points.length];
            for (int j = 0; j < points.length; j++) {
                d[j] = i == j ? Double.POSITIVE_INFINITY : NearestNeighbours.distance2(points[i], points[j]);
            }
            Arrays.sort(d);
            radius[i] = d[k - 1];
        }
        return radius;
    }

    private static double plainCovered(float[][] points, float[][] centres, double[] radius) {
        int inside = 0;
        for (float[] p : points) {
            for (int j = 0; j < centres.length; j++) {
                if (NearestNeighbours.distance2(p, centres[j]) <= radius[j]) {
                    inside++;
                    break;
                }
            }
        }
        return (double) inside / points.length;
    }

    private static void assertPlain(float[][] real, float[][] generated, int k) {
        double[] realRadius = plainKth(real, k);
        double[] genRadius = plainKth(generated, k);
        assertThat(NearestNeighbours.kthNearest(real, k)).containsExactly(realRadius);
        assertThat(NearestNeighbours.kthNearest(generated, k)).containsExactly(genRadius);
        var pr = NearestNeighbours.precisionRecall(real, realRadius, generated, k);
        assertThat(pr.precision()).isEqualTo(plainCovered(generated, real, realRadius));
        assertThat(pr.recall()).isEqualTo(plainCovered(real, generated, genRadius));
    }

    @Test
    void twoDifferentSetsGiveThePlainFigures() {
        for (int k : new int[] {1, 3, 5}) {
            assertPlain(features(300, 128, 1, 0), features(320, 128, 2, 0.5), k);
            assertPlain(features(200, 7, 3, 0), features(210, 7, 4, 0), k);
        }
    }

    @Test
    void copiesOfOneImageAndCopiesOfRealImagesGiveThePlainFigures() {
        float[][] real = features(250, 128, 5, 0);
        real[3] = real[4].clone();
        real[5] = real[4].clone(); // three equal real images: radius 0 at k = 2 for each of them
        float[][] collapsed = new float[260][];
        for (int i = 0; i < collapsed.length; i++) {
            collapsed[i] = i % 2 == 0 ? real[i % 5].clone() : real[4].clone();
        }
        for (int k : new int[] {1, 2, 3}) {
            assertPlain(real, collapsed, k);
        }
        double[] radius = NearestNeighbours.kthNearest(collapsed, 3);
        assertThat(radius[1]).as("a copy among many copies").isZero();
    }

    @Test
    void aSampleExactlyOnABallsEdgeIsInside() {
        // each sample on the edge of its own real image's ball (radius its plain distance), every other ball empty:
        // the estimate from the matrix product misses the edge by a rounding error on some of them (sample 0 here)
        float[][] real = features(300, 128, 7, 0);
        float[][] generated = features(300, 128, 8, 0.3);
        double[] radius = new double[real.length];
        for (int i = 0; i < real.length; i++) {
            radius[i] = NearestNeighbours.distance2(generated[i], real[i]);
        }
        double[] others = radius.clone();
        Arrays.fill(others, -1);
        for (int i = 0; i < real.length; i++) {
            double[] one = others.clone();
            one[i] = radius[i];
            assertThat(NearestNeighbours.precisionRecall(real, one, new float[][] {generated[i]}, 1).precision())
                    .as("sample %d", i).isEqualTo(1.0);
        }
    }

    @Test
    void withFewerThanKOthersTheBallIsInfinite() {
        assertThat(NearestNeighbours.kthNearest(features(3, 4, 6, 0), 3)).containsOnly(Double.POSITIVE_INFINITY);
    }
}
