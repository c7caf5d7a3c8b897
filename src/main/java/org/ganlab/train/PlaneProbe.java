package org.ganlab.train;

import org.ganlab.backend.Workspaces;
import org.ganlab.config.PlaneSettings;
import org.ganlab.records.PlaneLook;
import org.ganlab.records.PlaneUpdate;
import org.ganlab.records.Player;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What the playground's two networks show of themselves without changing: G's warped latent mesh and D's judgement
 * over the plane (the picture's mesh and colour field). Nothing here updates a network or draws from a training stream.
 */
public final class PlaneProbe {
    /** Points in the probe that {@link #look} reads (its real points, and as many of G's). */
    static final int PROBED = 512;

    private PlaneProbe() {
    }

    /**
     * {@code k} by {@code k} latent points on [-2, 2] in the first two latent dimensions (the rest 0) through G: the
     * warped mesh of the picture, row by row (x0, y0, ...).
     */
    public static float[] mesh(PlaneGan gan, int k) {
        return Workspaces.in(PlaneGan.LOOK, () -> meshOf(gan, k));
    }

    private static float[] meshOf(PlaneGan gan, int k) {
        PlaneSettings settings = gan.settings;
        float[] z = new float[k * k * settings.latentSize()];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                int row = (i * k + j) * settings.latentSize();
                z[row] = (float) (-2 + 4.0 * j / (k - 1));
                if (settings.latentSize() > 1) {
                    z[row + 1] = (float) (-2 + 4.0 * i / (k - 1));
                }
            }
        }
        return gan.generator.forward(z, k * k, false);
    }

    /**
     * D's output (a probability) at each of the given points: the colour field over the plane. A packing D judges a
     * pack of copies of the point; a D that reads the batch's spread is given the spread of G's last batch. A critic's
     * score is taken from the midpoint of its last step ({@link PlaneLosses#line}), so the field's middle colour is
     * its line between real and fake (its raw scores may all lie below zero, which would paint the whole plane
     * "fake").
     */
    static float[] judge(PlaneGan gan, float[] xy) {
        PlaneSettings settings = gan.settings;
        int n = xy.length / 2;
        int pack = settings.pack();
        float[] packs = new float[xy.length * pack];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < pack; c++) {
                packs[2 * (i * pack + c)] = xy[2 * i];
                packs[2 * (i * pack + c) + 1] = xy[2 * i + 1];
            }
        }
        float[] in = packs;
        if (settings.minibatchStd()) {
            // each point as if it came in a batch as spread as G's last one
            int width = 2 * pack;
            in = new float[n * (width + 1)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(packs, i * width, in, i * (width + 1), width);
                in[i * (width + 1) + width] = (float) gan.lastFakeSpread;
            }
        }
        float[] p = gan.discriminator.forward(in, n, false);
        for (int i = 0; i < n; i++) {
            p[i] = (float) (1 / (1 + Math.exp(-(p[i] - gan.lastLine))));
        }
        return p;
    }

    /** The probe's points: real points and latent points of G, drawn once from streams of their own. */
    record Fixed(float[] real, float[] latent) {
    }

    /** Points of a probe for {@code gan}: {@link #PROBED} real points and as many latent points, from its seed. */
    static Fixed probe(PlaneGan gan) {
        PlaneSettings s = gan.settings;
        int n = PROBED / s.pack() * s.pack();
        float[] real = s.data().sample(n, new Lcg48(s.seed() * 31 + 29));
        return new Fixed(real, gan.gaussian(n, Nd4j.getRandomFactory().getNewRandomInstance(s.seed() * 31 + 31)));
    }

    /**
     * What D and G make of {@code gan}'s fixed probe now; nothing is updated and no training stream is drawn from.
     * Taken before and after an update, it tells what the update changed.
     */
    public static PlaneLook look(PlaneGan gan) {
        return Workspaces.in(PlaneGan.LOOK, () -> lookAt(gan));
    }

    private static PlaneLook lookAt(PlaneGan gan) {
        Fixed probe = gan.probe;
        float[] fake = gan.generator.forward(probe.latent(), probe.latent().length / gan.settings.latentSize(), false);
        return new PlaneLook(mean(judge(gan, probe.real())), mean(judge(gan, fake)), fake);
    }

    private static double mean(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x;
        }
        return sum / v.length;
    }

    /**
     * The centres of a {@code side} by {@code side} field's cells, row by row from the top, each row from the left
     * (x, y pairs).
     */
    public static float[] cells(double extent, int side) {
        float[] cells = new float[2 * side * side];
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++) {
                cells[2 * (row * side + col)] = (float) (-extent + (col + 0.5) * 2 * extent / side);
                cells[2 * (row * side + col) + 1] = (float) (extent - (row + 0.5) * 2 * extent / side);
            }
        }
        return cells;
    }

    /**
     * Takes {@code gan}'s next update by {@code update} (of iteration {@code iteration}) and returns what it changed,
     * from the looks before and after it.
     */
    public static PlaneUpdate measured(PlaneGan gan, int iteration, Runnable update) {
        Player network = gan.next();
        int number = gan.takenOfNext() + 1;
        int of = network == Player.D ? gan.settings.discSteps() : gan.settings.genSteps();
        PlaneLook before = look(gan);
        update.run();
        PlaneLook after = look(gan);
        float[] from = before.fakePoints();
        float[] to = after.fakePoints();
        double sum = 0;
        double largest = 0;
        for (int i = 0; i < from.length; i += 2) {
            double d = Math.hypot(to[i] - from[i], to[i + 1] - from[i + 1]);
            sum += d;
            largest = Math.max(largest, d);
        }
        return new PlaneUpdate(network, number, of, iteration, before.real(), after.real(), before.fake(),
                after.fake(), sum / (from.length / 2), largest, from, to);
    }
}
