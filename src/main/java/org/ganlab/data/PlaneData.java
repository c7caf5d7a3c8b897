package org.ganlab.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The two-dimensional data of the plane playground (issue: show what D sees), the mixtures the GAN literature uses to
 * make mode collapse visible in seconds: a ring of 8 Gaussians (radius 2, standard deviation 0.02, as in Metz et
 * al.'s unrolled GAN), a 5x5 grid of 25 (spacing 2, deviation 0.05), two moons, a line and a ring. Points come as
 * x, y pairs in one array.
 */
public enum PlaneData {
    RING_8(0.02), GRID_25(0.05), MOONS(0.05), LINE(0.02), RING(0.02);

    private final double std;
    /** {@link #modes()}, once built (building it twice by a race does no harm). */
    private volatile List<double[]> centres;

    PlaneData(double std) {
        this.std = std;
    }

    /** The deviation of each mode (and of the noise on the continuous shapes). */
    public double std() {
        return std;
    }

    /** Half the side of the square the picture shows, centred on the origin: the data and a margin around it. */
    public double extent() {
        return this == GRID_25 ? 5.5 : 3;
    }

    /**
     * The centres of the modes, built once (every point measured asks for them; callers only read them); none for the
     * continuous shapes (moons, line, ring).
     */
    public List<double[]> modes() {
        List<double[]> built = centres;
        if (built == null) {
            built = List.copyOf(centres());
            centres = built;
        }
        return built;
    }

    private List<double[]> centres() {
        List<double[]> centres = new ArrayList<>();
        if (this == RING_8) {
            for (int k = 0; k < 8; k++) {
                centres.add(new double[] {2 * Math.cos(2 * Math.PI * k / 8), 2 * Math.sin(2 * Math.PI * k / 8)});
            }
        } else if (this == GRID_25) {
            for (int i = -2; i <= 2; i++) {
                for (int j = -2; j <= 2; j++) {
                    centres.add(new double[] {2.0 * i, 2.0 * j});
                }
            }
        }
        return centres;
    }

    /** Parts of the data counted for coverage: its modes, or 8 equal stretches of a continuous shape. */
    public int regions() {
        return this == RING_8 || this == GRID_25 ? modes().size() : 8;
    }

    /**
     * The part of the data a point belongs to, or -1 when it lies more than {@code stds} deviations from the data:
     * the nearest mode of a mixture; for a shape, the stretch of it nearest the point (a ring and a line in 8 equal
     * stretches, each moon in 4).
     */
    public int region(double x, double y, double stds) {
        double limit = stds * std;
        switch (this) {
            case RING_8, GRID_25 -> {
                List<double[]> centres = modes();
                int nearest = -1;
                double best = Double.MAX_VALUE;
                for (int m = 0; m < centres.size(); m++) {
                    double d = Math.hypot(x - centres.get(m)[0], y - centres.get(m)[1]);
                    if (d < best) {
                        best = d;
                        nearest = m;
                    }
                }
                return best <= limit ? nearest : -1;
            }
            case RING -> {
                double a = Math.atan2(y, x) + Math.PI;
                return Math.abs(Math.hypot(x, y) - 2) <= limit ? Math.min(7, (int) (a / (2 * Math.PI) * 8)) : -1;
            }
            case LINE -> {
                double cx = Math.max(-2, Math.min(2, x));
                return Math.hypot(x - cx, y) <= limit ? Math.min(7, (int) ((cx + 2) / 4 * 8)) : -1;
            }
            default -> {
                int upper = halfCircle(x, y, -0.75, -0.4, true, limit);
                if (upper >= 0) {
                    return upper;
                }
                int lower = halfCircle(x, y, 0.75, 0.4, false, limit);
                return lower >= 0 ? 4 + lower : -1;
            }
        }
    }

    /** The quarter (0-3) of a half circle of radius 1.5 a point lies on within {@code limit}, or -1. */
    private static int halfCircle(double x, double y, double cx, double cy, boolean upper, double limit) {
        double a = Math.atan2(upper ? y - cy : cy - y, upper ? x - cx : cx - x); // 0 to pi on the half
        double clamped = Math.max(0, Math.min(Math.PI, a));
        double px = cx + (upper ? 1 : -1) * 1.5 * Math.cos(clamped);
        double py = cy + (upper ? 1 : -1) * 1.5 * Math.sin(clamped);
        return Math.hypot(x - px, y - py) <= limit ? Math.min(3, (int) (clamped / Math.PI * 4)) : -1;
    }

    /** {@code n} points drawn with {@code random}: x0, y0, x1, y1, ... */
    public float[] sample(int n, Random random) {
        float[] xy = new float[2 * n];
        List<double[]> centres = modes();
        for (int i = 0; i < n; i++) {
            double x;
            double y;
            switch (this) {
                case RING_8, GRID_25 -> {
                    double[] c = centres.get(random.nextInt(centres.size()));
                    x = c[0];
                    y = c[1];
                }
                case MOONS -> { // two interleaved half circles of radius 1.5, centred on the origin
                    double a = Math.PI * random.nextDouble();
                    boolean upper = random.nextBoolean();
                    x = upper ? 1.5 * Math.cos(a) - 0.75 : 0.75 - 1.5 * Math.cos(a);
                    y = upper ? 1.5 * Math.sin(a) - 0.4 : 0.4 - 1.5 * Math.sin(a);
                }
                case LINE -> {
                    x = 4 * random.nextDouble() - 2;
                    y = 0;
                }
                default -> {
                    double a = 2 * Math.PI * random.nextDouble();
                    x = 2 * Math.cos(a);
                    y = 2 * Math.sin(a);
                }
            }
            xy[2 * i] = (float) (x + std * random.nextGaussian());
            xy[2 * i + 1] = (float) (y + std * random.nextGaussian());
        }
        return xy;
    }
}
