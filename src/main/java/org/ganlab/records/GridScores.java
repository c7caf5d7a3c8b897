package org.ganlab.records;

import java.util.Arrays;

/**
 * What D made of an epoch's grid and of the real images shown beside it: for each image, D's probability that it is
 * real (the sigmoid of its output; with the hinge loss, of its raw score), NaN where D did not judge it (a grid not a
 * multiple of a packed D's pack size).
 *
 * @param fake D on each image of the fixed grid, in grid order
 * @param real D on each of the data's first images (those shown beside the grid), in the same order
 */
public record GridScores(float[] fake, float[] real) {
    /** The scores of the first {@code n} fakes and the first {@code n} real images. */
    public GridScores first(int n) {
        return new GridScores(Arrays.copyOf(fake, Math.min(n, fake.length)), Arrays.copyOf(real, Math.min(n,
                real.length)));
    }

    /** How many of the scores call their image real (above one half), of those judged. */
    public static int calledReal(float[] scores) {
        int n = 0;
        for (float s : scores) {
            n += s > 0.5f ? 1 : 0;
        }
        return n;
    }

    /** How many images D judged. */
    public static int judged(float[] scores) {
        int n = 0;
        for (float s : scores) {
            n += Float.isFinite(s) ? 1 : 0;
        }
        return n;
    }

    /** The mean score of the judged images, NaN when none was judged. */
    public static double mean(float[] scores) {
        double sum = 0;
        int n = 0;
        for (float s : scores) {
            if (Float.isFinite(s)) {
                sum += s;
                n++;
            }
        }
        return n == 0 ? Double.NaN : sum / n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GridScores g && Arrays.equals(fake, g.fake) && Arrays.equals(real, g.real);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(fake) + Arrays.hashCode(real);
    }

    @Override
    public String toString() {
        return "GridScores[fake mean " + mean(fake) + ", real mean " + mean(real) + "]";
    }
}
