package org.ganlab.train;

import org.ganlab.config.PlaneSettings;
import org.ganlab.model.Mode;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * What the playground's two networks show of themselves without changing: G's warped latent mesh and D's judgement
 * over the plane (the picture's mesh and colour field). Nothing here updates a network or draws from a training stream.
 */
final class PlaneProbe {
    private PlaneProbe() {
    }

    /**
     * {@code k} by {@code k} latent points on [-2, 2] in the first two latent dimensions (the rest 0) through G: the
     * warped mesh of the picture, row by row (x0, y0, ...).
     */
    static float[] mesh(PlaneGan gan, int k) {
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
        INDArray latent = Nd4j.createFromArray(z).reshape(k * k, settings.latentSize());
        return gan.generator.forward(latent, Mode.INFER).reshape(2L * k * k).toFloatVector();
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
        INDArray in = Nd4j.createFromArray(packs).reshape(n, 2L * pack);
        if (settings.minibatchStd()) {
            // each point as if it came in a batch as spread as G's last one
            in = Nd4j.concat(1, in, Nd4j.valueArrayOf(new long[] {n, 1}, (float) gan.lastFakeSpread));
        }
        INDArray p = gan.discriminator.forward(in, Mode.INFER).subi(gan.lastLine);
        return Transforms.sigmoid(p, false).reshape(p.length()).toFloatVector();
    }
}
