package org.ganlab.records;


/**
 * How well G's points cover a mixture of Gaussians, the measures of the 2-D literature (VEEGAN, PacGAN): a point is of
 * high quality when it lies within {@value #STDS} standard deviations of a mode; a mode is covered when at least
 * a share of the points (the quality measures' MODE_SHARE) are high-quality points of that mode; and the reverse KL between
 * the modes' histogram of G's high-quality points and the data's (uniform) weights. Computed by
 * {@code org.ganlab.quality.PlaneCoverage}.
 *
 * @param covered     modes covered
 * @param highQuality share of all points within {@value #STDS} deviations of a mode
 * @param kl          reverse KL of the mode histogram against uniform weights (0 when G spreads like the data)
 * @param histogram   high-quality points per mode
 */
public record PlaneMeasures(int covered, double highQuality, double kl, int[] histogram) {
    /** How many standard deviations from a centre still count as that mode. */
    public static final double STDS = 3;
}
