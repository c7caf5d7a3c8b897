package org.ganlab.records;

import java.util.Locale;

/**
 * One network's update of a run on images, taken alone by a student stepping a paused run, and what it changed, read
 * on the run's fixed probe: the first images of the epoch's grid (G's images from the grid's fixed latent points) and
 * the first real images shown beside it. D judges the whole grid and the whole real set as at the end of an epoch,
 * before the update and after it; nothing of the probe draws from a training stream.
 *
 * @param player      which network was updated
 * @param number      which of its updates in the iteration this was (from 1)
 * @param of          how many updates that network takes per iteration
 * @param iteration   the iteration the update belongs to (from 1)
 * @param real        the probe's real images
 * @param fakeBefore  G's probe images before the update
 * @param fakeAfter   the same latent points' images after it (the same images after a D update)
 * @param before      D's probability of "real" for each probe image (fakes, then reals) before the update
 * @param after       the same after the update
 */
public record ImageUpdate(Player player, int number, int of, int iteration, SampleGrid real, SampleGrid fakeBefore,
                          SampleGrid fakeAfter, GridScores before, GridScores after) implements SingleUpdate {
    /** Images of each kind the probe shows: the grid's first row, and as many real images. */
    public static final int SHOWN = 10;

    /** D's mean probability of "real" for the probe's real images before the update and after. */
    public double[] realMeans() {
        return new double[] {GridScores.mean(before.real()), GridScores.mean(after.real())};
    }

    /** The same for G's probe images. */
    public double[] fakeMeans() {
        return new double[] {GridScores.mean(before.fake()), GridScores.mean(after.fake())};
    }

    /** How much each pixel of fake {@code i} changed (after minus before), channel by channel. */
    public float[] change(int i) {
        int n = fakeBefore.size() * fakeBefore.size() * fakeBefore.channels();
        float[] d = new float[n];
        for (int k = 0; k < n; k++) {
            d[k] = fakeAfter.pixels()[i * n + k] - fakeBefore.pixels()[i * n + k];
        }
        return d;
    }

    /** The mean absolute change of fake {@code i}'s pixels. */
    public double meanChange(int i) {
        double sum = 0;
        float[] d = change(i);
        for (float v : d) {
            sum += Math.abs(v);
        }
        return sum / d.length;
    }

    /** The probe image G's update changed most (the first after a D update, which changes none). */
    public int mostChanged() {
        int best = 0;
        double most = meanChange(0);
        for (int i = 1; i < fakeBefore.count(); i++) {
            double change = meanChange(i);
            if (change > most) {
                best = i;
                most = change;
            }
        }
        return best;
    }

    @Override
    public String describe() {
        double[] r = realMeans();
        double[] f = fakeMeans();
        if (player == Player.D) {
            return which() + " (iteration " + iteration + String.format(Locale.ROOT, "): D(real) %.2f \u2192 %.2f, "
                    + "D(fake) %.2f \u2192 %.2f", r[0], r[1], f[0], f[1]);
        }
        double mean = 0;
        for (int i = 0; i < fakeBefore.count(); i++) {
            mean += meanChange(i) / fakeBefore.count();
        }
        return which() + " (iteration " + iteration + String.format(Locale.ROOT, "): G's images changed %.3f a pixel "
                + "on average, D(fake) %.2f \u2192 %.2f", mean, f[0], f[1]);
    }
}
