package org.ganlab.quality;

import java.util.Arrays;
import org.ganlab.config.PlaneData;
import org.ganlab.records.PlaneMeasures;

/** The coverage measures of G's points in the plane ({@link PlaneMeasures}), computed against the data's modes. */
public final class PlaneCoverage {
    private PlaneCoverage() {
    }

    /**
     * The measures of points {@code xy} (x0, y0, ...) against {@code data}: its modes, or for a continuous shape its 8
     * equal stretches (a point counts when it lies within {@value PlaneMeasures#STDS} deviations of the shape).
     */
    public static PlaneMeasures of(float[] xy, PlaneData data) {
        int n = xy.length / 2;
        int[] histogram = new int[data.regions()];
        int good = 0;
        for (int i = 0; i < n; i++) {
            int r = data.region(xy[2 * i], xy[2 * i + 1], PlaneMeasures.STDS);
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
