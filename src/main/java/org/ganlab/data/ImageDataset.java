package org.ganlab.data;

import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The real images of a run, held once in memory as floats in [-1, 1], one row per image (row-major pixels,
 * channels last). Batches are drawn at random with replacement, as the reference does.
 */
public final class ImageDataset {
    private final String description;
    private final int height;
    private final int width;
    private final int channels;
    private final INDArray rows;
    private final ImageDataset unseen;
    private final String note;
    /** Each image's class (0-9), or null for unlabelled pictures. */
    private final byte[] labels;

    public ImageDataset(String description, float[] pixels, int count, int height, int width, int channels) {
        this(description, pixels, null, count, height, width, channels, null);
    }

    /**
     * @param labels each image's class 0-9 (for conditional training), or null when the images have none
     * @param unseen images of the same selection that training never draws (see {@link #unseen()}), or null
     */
    ImageDataset(String description, float[] pixels, byte[] labels, int count, int height, int width, int channels,
                 ImageDataset unseen) {
        if ((long) count * height * width * channels != pixels.length) {
            throw new IllegalArgumentException("pixel count does not match " + count + " images of " + height + "x"
                    + width + "x" + channels);
        }
        if (labels != null && labels.length != count) {
            throw new IllegalArgumentException(labels.length + " labels for " + count + " images");
        }
        this.labels = labels;
        this.description = description;
        this.height = height;
        this.width = width;
        this.channels = channels;
        this.unseen = unseen;
        this.note = "";
        try (var ignored = Nd4j.getWorkspaceManager().scopeOutOfWorkspaces()) {
            this.rows = Nd4j.createFromArray(pixels).reshape(count, (long) height * width * channels);
        }
    }

    /** The same images (shared, not copied) with what loading them had to say. */
    private ImageDataset(ImageDataset images, String note) {
        this.description = images.description;
        this.height = images.height;
        this.width = images.width;
        this.channels = images.channels;
        this.unseen = images.unseen;
        this.rows = images.rows;
        this.labels = images.labels;
        this.note = note;
    }

    /** These images with a note about their loading, for example which files were skipped. */
    public ImageDataset withNote(String text) {
        return new ImageDataset(this, text == null ? "" : text);
    }

    /** What loading had to say about the data (files skipped), or empty. */
    public String note() {
        return note;
    }

    public String description() {
        return description;
    }

    public int size() {
        return (int) rows.size(0);
    }

    public int height() {
        return height;
    }

    public int width() {
        return width;
    }

    public int channels() {
        return channels;
    }

    /** A batch of {@code n} images drawn uniformly with replacement, shape [n, height, width, channels]. */
    public INDArray sample(Random random, int n) {
        return images(indexes(random, n));
    }

    /** {@code n} image indexes drawn uniformly with replacement: the draw {@link #sample} makes. */
    public int[] indexes(Random random, int n) {
        int[] index = new int[n];
        for (int i = 0; i < n; i++) {
            index[i] = random.nextInt(size());
        }
        return index;
    }

    /** Whether every image has a class label (MNIST digits do; picture folders do not). */
    public boolean labelled() {
        return labels != null;
    }

    /** The class labels of the images at the given indexes. */
    public int[] labels(int[] index) {
        if (labels == null) {
            throw new IllegalStateException(description + " has no labels");
        }
        int[] out = new int[index.length];
        for (int i = 0; i < index.length; i++) {
            out[i] = labels[index[i]];
        }
        return out;
    }

    /** The classes that occur among the images, in increasing order (empty when unlabelled). */
    public int[] classes() {
        if (labels == null) {
            return new int[0];
        }
        boolean[] seen = new boolean[256];
        for (byte b : labels) {
            seen[b & 0xff] = true;
        }
        return java.util.stream.IntStream.range(0, 256).filter(c -> seen[c]).toArray();
    }

    /** The images at the given indexes, shape [n, height, width, channels]. */
    public INDArray images(int[] index) {
        return Nd4j.pullRows(rows, 1, index).reshape(index.length, height, width, channels);
    }

    /** One image's pixels in [-1, 1], row-major, channels last. */
    public float[] image(int index) {
        return rows.getRow(index).dup().castTo(DataType.FLOAT).toFloatVector();
    }

    /**
     * Real images of the same selection that training never draws (those beyond a cap on the number of images), to
     * check whether D recognises the data or memorises it; null when every selected image is trained on.
     */
    public ImageDataset unseen() {
        return unseen;
    }

    @Override
    public String toString() {
        return description + " (" + size() + " images, " + height + "x" + width + "x" + channels + ")";
    }
}
