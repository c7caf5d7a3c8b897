package org.ganlab.train;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Differentiable augmentation (DiffAugment, Zhao et al. 2020) with the policy "translation,cutout" that the paper
 * uses for small data: each image is shifted by a whole number of pixels in [-s, s] on each axis (s = 1/8 of its
 * size, rounded; what moves in is 0), then a square of half its size, centred at a random pixel and clipped at the
 * border, is set to 0. Both are linear maps of the pixels, so G's gradient passes back through exactly the same shift
 * and mask ({@link #backward}). NHWC images.
 */
final class Augmentation {
    /** One draw for a batch: per image its shift and the cut-out square's centre. */
    record Draw(int size, int[] shiftY, int[] shiftX, int[] centreY, int[] centreX) {
        int count() {
            return shiftY.length;
        }
    }

    private Augmentation() {
    }

    /** The largest shift for images of {@code size}: 1/8 of it, rounded (4 pixels for 28). */
    static int maxShift(int size) {
        return (int) (size * 0.125 + 0.5);
    }

    /** The side of the cut-out square: half the image, rounded (14 pixels for 28). */
    static int cutout(int size) {
        return (int) (size * 0.5 + 0.5);
    }

    static Draw draw(Lcg48 random, int n, int size) {
        int s = maxShift(size);
        int[] sy = new int[n];
        int[] sx = new int[n];
        int[] cy = new int[n];
        int[] cx = new int[n];
        for (int i = 0; i < n; i++) {
            sy[i] = random.nextInt(2 * s + 1) - s;
            sx[i] = random.nextInt(2 * s + 1) - s;
            cy[i] = random.nextInt(size);
            cx[i] = random.nextInt(size);
        }
        return new Draw(size, sy, sx, cy, cx);
    }

    /** The augmented images: out[y][x] = in[y - dy][x - dx] where that is inside, 0 outside and in the square. */
    static INDArray apply(INDArray images, Draw d) {
        return map(images, d, false);
    }

    /** The adjoint of {@link #apply} for the same draw: the gradient with respect to the images before it. */
    static INDArray backward(INDArray gradient, Draw d) {
        return map(gradient, d, true);
    }

    private static INDArray map(INDArray in, Draw d, boolean adjoint) {
        long[] shape = in.shape();
        int n = (int) shape[0];
        int size = d.size();
        int channels = (int) shape[3];
        if (n != d.count() || shape[1] != size || shape[2] != size) {
            throw new IllegalArgumentException("the draw is for " + d.count() + " images of " + size + "x" + size);
        }
        float[] from = in.dup('c').reshape((long) n * size * size * channels).toFloatVector();
        float[] to = new float[from.length];
        int half = cutout(size) / 2;
        for (int i = 0; i < n; i++) {
            int base = i * size * size * channels;
            int top = d.centreY()[i] - half;
            int left = d.centreX()[i] - half;
            int side = cutout(size);
            for (int y = 0; y < size; y++) {
                int sy = y - d.shiftY()[i];
                if (sy < 0 || sy >= size) {
                    continue;
                }
                boolean rowCut = y >= top && y < top + side;
                for (int x = 0; x < size; x++) {
                    int sx = x - d.shiftX()[i];
                    if (sx < 0 || sx >= size || rowCut && x >= left && x < left + side) {
                        continue;
                    }
                    int out = base + (y * size + x) * channels;
                    int src = base + (sy * size + sx) * channels;
                    for (int c = 0; c < channels; c++) {
                        if (adjoint) {
                            to[src + c] += from[out + c];
                        } else {
                            to[out + c] = from[src + c];
                        }
                    }
                }
            }
        }
        return Nd4j.createFromArray(to).reshape(shape).castTo(in.dataType());
    }
}
