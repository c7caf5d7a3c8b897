package org.ganlab.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * MNIST images with their labels, for the digit classifier: the 60,000 training images or the 10,000 test images
 * ({@code t10k-*}) of an IDX folder, gzipped or not.
 *
 * @param pixels unsigned bytes, one image of {@code rows x cols} after another
 */
public record MnistDigits(String what, byte[] pixels, byte[] labels, int count, int rows, int cols) {
    public enum Part {
        TRAIN("train"), TEST("t10k");

        private final String prefix;

        Part(String prefix) {
            this.prefix = prefix;
        }
    }

    /**
     * Reads one part of an IDX folder; a missing or damaged file is named in the exception. The training part is
     * found under any of the names {@link Datasets#find} accepts, the test part as {@code t10k-*-ubyte[.gz]}.
     */
    public static MnistDigits read(Path folder, Part part) throws IOException {
        Path images = part == Part.TRAIN ? Datasets.find(folder, "images", "idx3") : file(folder, "t10k-images-idx3-ubyte");
        Path labels = part == Part.TRAIN ? Datasets.find(folder, "labels", "idx1") : file(folder, "t10k-labels-idx1-ubyte");
        IdxReader.Images img = IdxReader.readImages(images);
        byte[] lab = IdxReader.readLabels(labels);
        if (lab.length != img.count()) {
            throw new DataException(labels, "has " + lab.length + " labels but " + images.getFileName() + " has "
                    + img.count() + " images; they must agree");
        }
        return new MnistDigits(folder.getFileName() + " " + part.prefix, img.pixels(), lab, img.count(), img.rows(),
                img.cols());
    }

    private static Path file(Path folder, String name) throws DataException {
        for (Path p : new Path[] {folder.resolve(name + ".gz"), folder.resolve(name)}) {
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new DataException(folder, "no " + name + "[.gz]");
    }

    /** The label of image {@code i} (0-9). */
    public int label(int i) {
        return labels[i] & 0xff;
    }

    /** Image {@code i} scaled to [-1, 1], as the generator draws them. */
    public float[] image(int i) {
        int size = rows * cols;
        float[] out = new float[size];
        ImageDataset.toUnitRange(pixels, i * size, out, 0, size);
        return out;
    }
}
