package org.ganlab.train;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.ganlab.data.ImageDataset;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.model.Mode;
import org.ganlab.model.NetworkSpec;
import org.ganlab.records.GridScores;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.SampleGrid;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * D asked about images at the end of an epoch, changing nothing: whether it memorises (its verdict on images it trains
 * on against real images it never sees, capped data only), and what it makes of the epoch's grid and of the real
 * images shown beside it. D judges each set as one batch with batch statistics, as in its own update, without
 * instance noise or augmentation, and draws no random numbers, so asking does not change the run.
 */
final class DiscriminatorProbe {
    private final ImageDataset data;
    private final Discriminator discriminator;
    private final int[] classes;
    /** Images D judges at once (PacGAN): the sets are cut to a multiple of it, and each pack counts once. */
    private final int packing;

    DiscriminatorProbe(ImageDataset data, Discriminator discriminator, int[] classes, int packing) {
        this.data = data;
        this.discriminator = discriminator;
        this.classes = classes;
        this.packing = packing;
    }

    /**
     * D's accuracy on up to 100 of its training images against the unseen images of the data, or null when there are
     * none.
     */
    HeldOutCheck heldOut() {
        ImageDataset unseen = data.unseen();
        if (unseen == null) {
            return null;
        }
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new HeldOutCheck(realAccuracy(data, Math.min(SampleGrid.GRID_IMAGES, data.size())),
                    realAccuracy(unseen, unseen.size()));
        }
    }

    /**
     * D's probability of "real" for each image of the grid G drew (with the classes {@code fakeClasses} for a
     * conditional run, else null) and for each of the data's first 100 images. A packed D's score of a pack is the
     * score of each of its images; images beyond the last whole pack are NaN.
     */
    GridScores grid(INDArray fakes, int[] fakeClasses) {
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            int[] index = firstImages(Math.min(SampleGrid.GRID_IMAGES, data.size()));
            return new GridScores(probabilities(fakes, fakeClasses),
                    probabilities(data.images(index), classes == null ? null : data.labels(index)));
        }
    }

    /** D's probability for each image (a pack's for each of its images); NaN beyond the last whole pack. */
    private float[] probabilities(INDArray images, int[] labels) {
        int count = (int) images.size(0);
        int whole = count - count % packing;
        float[] out = new float[count];
        Arrays.fill(out, Float.NaN);
        if (whole == 0) {
            return out;
        }
        float[] logits = whole == count ? logits(images, labels) : logits(images.get(NDArrayIndex.interval(0, whole)),
                labels == null ? null : Arrays.copyOf(labels, whole));
        for (int i = 0; i < logits.length * packing; i++) {
            out[i] = (float) (1 / (1 + Math.exp(-logits[i / packing])));
        }
        return out;
    }

    private float[] logits(INDArray images, int[] labels) {
        if (classes != null && labels != null) {
            discriminator.condition(Generator.oneHot(labels, NetworkSpec.DIGIT_CLASSES));
        }
        return discriminator.forward(images, Mode.TRAIN_FROZEN).toFloatVector();
    }

    private double realAccuracy(ImageDataset images, int count) {
        int n = Math.max(packing, count - count % packing);
        int[] index = firstImages(n);
        float[] logits = logits(images.images(index), classes == null ? null : images.labels(index));
        int right = 0;
        for (float logit : logits) {
            right += logit > 0 ? 1 : 0;
        }
        return right / (double) logits.length;
    }

    private static int[] firstImages(int n) {
        return IntStream.range(0, n).toArray();
    }
}
