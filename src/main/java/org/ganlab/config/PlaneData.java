package org.ganlab.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The two-dimensional data of the plane playground (issue: show what D sees), the mixtures the GAN literature uses to
 * make mode collapse visible in seconds: a ring of 8 Gaussians (radius 2, standard deviation 0.02, as in Metz et
 * al.'s unrolled GAN), a 5x5 grid of 25 (spacing 2, deviation 0.05), two moons, a line and a ring; and a mixture of
 * Gaussians a student places with the mouse ({@link #drawn}). Points come as x, y pairs in one array.
 *
 * <p>In settings files a named shape is its name ({@code "GRID_25"}); a drawn mixture is
 * {@code {"drawn": [[x, y], ...]}}.
 */
public final class PlaneData {
    private enum Kind { MIXTURE, MOONS, LINE, RING }

    public static final PlaneData RING_8 = new PlaneData("RING_8", Kind.MIXTURE, 0.02, 3, ring8());
    public static final PlaneData GRID_25 = new PlaneData("GRID_25", Kind.MIXTURE, 0.05, 5.5, grid25());
    public static final PlaneData MOONS = new PlaneData("MOONS", Kind.MOONS, 0.05, 3, List.of());
    public static final PlaneData LINE = new PlaneData("LINE", Kind.LINE, 0.02, 3, List.of());
    public static final PlaneData RING = new PlaneData("RING", Kind.RING, 0.02, 3, List.of());
    private static final List<PlaneData> NAMED = List.of(RING_8, GRID_25, MOONS, LINE, RING);

    /** The name of a drawn mixture. */
    public static final String DRAWN = "DRAWN";
    /** The most modes a drawn mixture holds, as many as the grid's. */
    public static final int MAX_DRAWN = 25;
    /** Half the side of the square a drawn mixture is placed in, and the deviation of each of its modes. */
    public static final double DRAWN_EXTENT = 3;
    public static final double DRAWN_STD = 0.05;
    /** How far inside the picture's edge a drawn mode must lie, so all of its points are shown. */
    private static final double DRAWN_MARGIN = 0.25;

    private final String name;
    private final Kind kind;
    private final double std;
    private final double extent;
    private final List<double[]> centres;

    private PlaneData(String name, Kind kind, double std, double extent, List<double[]> centres) {
        this.name = name;
        this.kind = kind;
        this.std = std;
        this.extent = extent;
        this.centres = centres;
    }

    /** The named shapes, in the order a student is offered them (a drawn mixture is not among them). */
    public static List<PlaneData> values() {
        return NAMED;
    }

    /** The named shape called {@code name}; otherwise an exception that lists the names. */
    public static PlaneData valueOf(String name) {
        for (PlaneData d : NAMED) {
            if (d.name.equals(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("data: one of " + NAMED + ", or {\"drawn\": [[x, y], ...]}, not " + name);
    }

    /**
     * A mixture of equal Gaussians (deviation {@value #DRAWN_STD}) at the given centres, as a student places them: 1
     * to {@value #MAX_DRAWN} of them, each within {@code DRAWN_EXTENT - 0.25} of the origin on both axes.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static PlaneData drawn(List<double[]> centres) {
        if (centres == null || centres.isEmpty() || centres.size() > MAX_DRAWN) {
            throw new IllegalArgumentException("data: a drawn mixture has 1 to " + MAX_DRAWN + " modes, not "
                    + (centres == null ? 0 : centres.size()));
        }
        List<double[]> copy = new ArrayList<>();
        double limit = DRAWN_EXTENT - DRAWN_MARGIN;
        for (double[] c : centres) {
            if (c == null || c.length != 2 || !(Math.abs(c[0]) <= limit && Math.abs(c[1]) <= limit)) {
                throw new IllegalArgumentException("data: each drawn mode is a point [x, y] with x and y between -"
                        + limit + " and " + limit);
            }
            copy.add(new double[] {c[0], c[1]});
        }
        return new PlaneData(DRAWN, Kind.MIXTURE, DRAWN_STD, DRAWN_EXTENT, List.copyOf(copy));
    }

    /** A named shape, or a drawn mixture, as settings files hold them. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static PlaneData fromJson(Object value) {
        if (value instanceof String s && (s.strip().startsWith("{"))) {
            try { // the drawn mixture written out, as the CLI's --set data={"drawn": [[x, y], ...]} gives it
                return fromJson(new ObjectMapper().readValue(s, Object.class));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("data: not JSON: " + e.getOriginalMessage());
            }
        }
        if (value instanceof String s) {
            return valueOf(s.strip());
        }
        if (value instanceof Map<?, ?> m && m.size() == 1 && m.get("drawn") instanceof List<?> points) {
            List<double[]> centres = new ArrayList<>();
            for (Object p : points) {
                if (!(p instanceof List<?> xy) || xy.size() != 2 || !(xy.get(0) instanceof Number x)
                        || !(xy.get(1) instanceof Number y)) {
                    throw new IllegalArgumentException("data: each drawn mode is a point [x, y], not " + p);
                }
                centres.add(new double[] {x.doubleValue(), y.doubleValue()});
            }
            return drawn(centres);
        }
        throw new IllegalArgumentException("data: one of " + NAMED + ", or {\"drawn\": [[x, y], ...]}");
    }

    @JsonValue
    Object toJson() {
        if (!isDrawn()) {
            return name;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("drawn", centres.stream().map(c -> List.of(c[0], c[1])).toList());
        return m;
    }

    /** RING_8, GRID_25, MOONS, LINE, RING or DRAWN. */
    public String name() {
        return name;
    }

    /** True for a mixture a student placed. */
    public boolean isDrawn() {
        return DRAWN.equals(name);
    }

    /** The deviation of each mode (and of the noise on the continuous shapes). */
    public double std() {
        return std;
    }

    /** Half the side of the square the picture shows, centred on the origin: the data and a margin around it. */
    public double extent() {
        return extent;
    }

    /**
     * The centres of the modes (callers only read them); none for the continuous shapes (moons, line, ring).
     */
    public List<double[]> modes() {
        return centres;
    }

    private static List<double[]> ring8() {
        List<double[]> centres = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            centres.add(new double[] {2 * Math.cos(2 * Math.PI * k / 8), 2 * Math.sin(2 * Math.PI * k / 8)});
        }
        return List.copyOf(centres);
    }

    private static List<double[]> grid25() {
        List<double[]> centres = new ArrayList<>();
        for (int i = -2; i <= 2; i++) {
            for (int j = -2; j <= 2; j++) {
                centres.add(new double[] {2.0 * i, 2.0 * j});
            }
        }
        return List.copyOf(centres);
    }

    /** Parts of the data counted for coverage: its modes, or 8 equal stretches of a continuous shape. */
    public int regions() {
        return kind == Kind.MIXTURE ? centres.size() : 8;
    }

    /**
     * The part of the data a point belongs to, or -1 when it lies more than {@code stds} deviations from the data:
     * the nearest mode of a mixture; for a shape, the stretch of it nearest the point (a ring and a line in 8 equal
     * stretches, each moon in 4).
     */
    public int region(double x, double y, double stds) {
        double limit = stds * std;
        switch (kind) {
            case MIXTURE -> {
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
        for (int i = 0; i < n; i++) {
            double x;
            double y;
            switch (kind) {
                case MIXTURE -> {
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

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PlaneData d) || !name.equals(d.name) || centres.size() != d.centres.size()) {
            return false;
        }
        for (int i = 0; i < centres.size(); i++) {
            if (!Arrays.equals(centres.get(i), d.centres.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int h = name.hashCode();
        for (double[] c : centres) {
            h = 31 * h + Arrays.hashCode(c);
        }
        return h;
    }

    /** The name, as the settings and the CLI spell it. */
    @Override
    public String toString() {
        return name;
    }
}
