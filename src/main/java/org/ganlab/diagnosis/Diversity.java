package org.ganlab.diagnosis;

import java.util.ArrayList;
import java.util.List;
import org.ganlab.records.SampleGrid;

/**
 * How different the images of a grid are from each other. The distance of two images is the root-mean-square
 * difference of their pixels (in [-1, 1]); the diversity of a set is the mean distance from each image to its
 * nearest other image. Repeated images have a nearest neighbour at distance near 0, so mode collapse drives the score
 * down even when a few distinct images remain. 100 real MNIST eights score about 0.5.
 */
public final class Diversity {
    /** Two images closer than this are near-duplicates (distinct real eights are never closer than about 0.29). */
    public static final double DUPLICATE_DISTANCE = 0.22;

    private Diversity() {
    }

    /** Pairwise RMS distances, [i][j]. */
    static double[][] distances(SampleGrid grid) {
        int n = grid.count();
        int len = grid.size() * grid.size() * grid.channels();
        float[] px = grid.pixels();
        double[][] d = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double sum = 0;
                int a = i * len;
                int b = j * len;
                for (int k = 0; k < len; k++) {
                    double diff = px[a + k] - px[b + k];
                    sum += diff * diff;
                }
                d[i][j] = d[j][i] = Math.sqrt(sum / len);
            }
        }
        return d;
    }

    /** Mean distance from each image to its nearest other image. */
    public static double score(SampleGrid grid) {
        double[][] d = distances(grid);
        double total = 0;
        for (int i = 0; i < d.length; i++) {
            double nearest = Double.MAX_VALUE;
            for (int j = 0; j < d.length; j++) {
                if (i != j) {
                    nearest = Math.min(nearest, d[i][j]);
                }
            }
            total += nearest;
        }
        return d.length < 2 ? 0 : total / d.length;
    }

    /**
     * Groups of near-duplicate images (two or more members each), largest first, the way one marks repeated samples
     * by hand: the image with the most near-duplicates founds a group with all of them, then the next among the
     * images left, and so on. Each group gathers images within {@link #DUPLICATE_DISTANCE} of its founder.
     */
    public static List<List<Integer>> nearDuplicateGroups(SampleGrid grid) {
        double[][] d = distances(grid);
        int n = d.length;
        boolean[] taken = new boolean[n];
        List<List<Integer>> groups = new ArrayList<>();
        while (true) {
            int founder = -1;
            int best = 0;
            for (int i = 0; i < n; i++) {
                if (taken[i]) {
                    continue;
                }
                int near = 0;
                for (int j = 0; j < n; j++) {
                    if (j != i && !taken[j] && d[i][j] < DUPLICATE_DISTANCE) {
                        near++;
                    }
                }
                if (near > best) {
                    best = near;
                    founder = i;
                }
            }
            if (founder < 0) {
                return groups;
            }
            List<Integer> group = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                if (!taken[j] && (j == founder || d[founder][j] < DUPLICATE_DISTANCE)) {
                    group.add(j);
                    taken[j] = true;
                }
            }
            groups.add(group);
        }
    }
}
