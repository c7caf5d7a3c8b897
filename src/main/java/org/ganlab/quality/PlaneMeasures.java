package org.ganlab.quality;

import java.util.Arrays;
import org.ganlab.data.PlaneData;

/**
 * How well G's points cover a mixture of Gaussians, the measures of the 2-D literature (VEEGAN, PacGAN): a point is of
 * high quality when it lies within {@value #STDS} standard deviations of a mode; a mode is covered when at least
 * {@link QualityMeasures#MODE_SHARE} of the points are high-quality points of that mode; and the reverse KL between
 * the modes' histogram of G's high-quality points and the data's (uniform) weights.
 *
 * @param covered     modes covered
 * @param highQuality share of all points within {@value #STDS} deviations of a mode
 * @param kl          reverse KL of the mode histogram against uniform weights (0 when G spreads like the data)
 * @param histogram   high-quality points per mode
 */
public record PlaneMeasures(int covered, double highQuality, double kl, int[] histogram) {
    /** How many standard deviations from a centre still count as that mode. */
    public static final double STDS = 3;

    /**
     * The measures of points {@code xy} (x0, y0, ...) against {@code data}: its modes, or for a continuous shape its 8
     * equal stretches (a point counts when it lies within {@value #STDS} deviations of the shape).
     */
    public static PlaneMeasures of(float[] xy, PlaneData data) {
        int n = xy.length / 2;
        int[] histogram = new int[data.regions()];
        int good = 0;
        for (int i = 0; i < n; i++) {
            int r = data.region(xy[2 * i], xy[2 * i + 1], STDS);
            if (r >= 0) {
                histogram[r]++;
                good++;
            }
        }
        return of(histogram, good, n);
    }

    private static PlaneMeasures of(int[] histogram, int good, int n) {
        int covered = 0;
        for (int h : histogram) {
            covered += h >= Math.max(1, QualityMeasures.MODE_SHARE * n) ? 1 : 0;
        }
        double[] uniform = new double[histogram.length];
        Arrays.fill(uniform, 1);
        double kl = good == 0 ? Double.NaN : QualityMeasures.reverseKl(histogram, uniform);
        return new PlaneMeasures(covered, n == 0 ? 0 : (double) good / n, kl, histogram);
    }
}
