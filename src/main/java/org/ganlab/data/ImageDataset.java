package org.ganlab.data;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The real images of a run, held once in memory as their 8-bit pixel values (row-major, channels last: a quarter of
 * the memory floats would take, so 100,000 colour pictures at 64x64 fit the default heap) and turned into floats in
 * [-1, 1] batch by batch. Batches are drawn at random with replacement, as the reference does.
 */
public final class ImageDataset {
    private final String description;
    private final int height;
    private final int width;
    private final int channels;
    /** Pixel values 0-255 (as unsigned bytes), image after image. */
    private final byte[] pixels;
    private final int count;
    private final int pixelsPerImage;
    private final ImageDataset unseen;
    private final String note;
    /** Each image's class (0-9), or null for unlabelled pictures. */
    private final byte[] labels;

    public ImageDataset(String description, byte[] pixels, int count, int height, int width, int channels) {
        this(description, pixels, null, count, height, width, channels, null);
    }

    /**
     * @param labels each image's class 0-9 (for conditional training), or null when the images have none
     * @param unseen images of the same selection that training never draws (see {@link #unseen()}), or null
     */
    ImageDataset(String description, byte[] pixels, byte[] labels, int count, int height, int width, int channels,
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
        this.pixels = pixels;
        this.count = count;
        this.pixelsPerImage = height * width * channels;
    }

    /** The same images (shared, not copied) with what loading them had to say. */
    private ImageDataset(ImageDataset images, String note) {
        this.description = images.description;
        this.height = images.height;
        this.width = images.width;
        this.channels = images.channels;
        this.unseen = images.unseen;
        this.pixels = images.pixels;
        this.count = images.count;
        this.pixelsPerImage = images.pixelsPerImage;
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
        return count;
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
        return IntStream.range(0, 256).filter(c -> seen[c]).toArray();
    }

    /** The images at the given indexes, shape [n, height, width, channels], in [-1, 1]. */
    public INDArray images(int[] index) {
        float[] batch = new float[index.length * pixelsPerImage];
        for (int i = 0; i < index.length; i++) {
            toFloats(index[i], batch, i * pixelsPerImage);
        }
        return Nd4j.createFromArray(batch).reshape(index.length, height, width, channels);
    }

    /** One image's pixels in [-1, 1], row-major, channels last. */
    public float[] image(int index) {
        float[] one = new float[pixelsPerImage];
        toFloats(index, one, 0);
        return one;
    }

    /** Writes the 8-bit pixels, image after image (what {@link PictureCache} keeps). */
    void writePixels(OutputStream out) throws IOException {
        out.write(pixels);
    }

    private void toFloats(int image, float[] into, int at) {
        if (image < 0 || image >= count) {
            throw new IndexOutOfBoundsException("image " + image + " of " + count);
        }
        toUnitRange(pixels, image * pixelsPerImage, into, at, pixelsPerImage);
    }

    /** {@code n} 8-bit pixel values from {@code from} on, as floats in [-1, 1] (b / 127.5 - 1) from {@code at} on. */
    static void toUnitRange(byte[] pixels, int from, float[] into, int at, int n) {
        for (int p = 0; p < n; p++) {
            into[at + p] = (pixels[from + p] & 0xff) / 127.5f - 1f;
        }
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
