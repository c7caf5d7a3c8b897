package org.ganlab.train;

import org.ganlab.data.ImageDataset;
import org.ganlab.model.Discriminator;
import org.ganlab.model.Generator;
import org.ganlab.model.Mode;
import org.ganlab.model.NetworkSpec;
import org.ganlab.records.HeldOutCheck;
import org.ganlab.records.SampleGrid;
import org.nd4j.linalg.factory.Nd4j;

/** Whether D memorises: its verdict on images it trains on against real images it never sees (capped data only). */
final class HeldOutProbe {
    private final ImageDataset data;
    private final Discriminator discriminator;
    private final int[] classes;
    /** Images D judges at once (PacGAN): the sets are cut to a multiple of it, and each pack counts once. */
    private final int packing;

    HeldOutProbe(ImageDataset data, Discriminator discriminator, int[] classes, int packing) {
        this.data = data;
        this.discriminator = discriminator;
        this.classes = classes;
        this.packing = packing;
    }

    /**
     * D's accuracy on up to 100 of its training images against the unseen images of the data, or null when there are
     * none. D judges each set as one batch with batch statistics, as in its own real update, and changes nothing.
     */
    HeldOutCheck check() {
        ImageDataset unseen = data.unseen();
        if (unseen == null) {
            return null;
        }
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            return new HeldOutCheck(realAccuracy(data, Math.min(SampleGrid.GRID_IMAGES, data.size())),
                    realAccuracy(unseen, unseen.size()));
        }
    }

    private double realAccuracy(ImageDataset images, int count) {
        int n = Math.max(packing, count - count % packing);
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = i;
        }
        if (classes != null) {
            discriminator.condition(Generator.oneHot(images.labels(index), NetworkSpec.DIGIT_CLASSES));
        }
        float[] logits = discriminator.forward(images.images(index), Mode.TRAIN_FROZEN).toFloatVector();
        int right = 0;
        for (float logit : logits) {
            right += logit > 0 ? 1 : 0;
        }
        return right / (double) logits.length;
    }
}
